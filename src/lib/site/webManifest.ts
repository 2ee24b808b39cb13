import type { Translate } from '../../i18n/index.ts';
import { APP_ICON_SIZES, appIconUrl, homeUrl, type Lang } from './urls.ts';

/** The web app manifest of one language: installable, opening on that language's home page. */
export function webManifest(lang: Lang, t: Translate): object {
  return {
    name: t('manifest.name'),
    short_name: t('manifest.shortName'),
    description: t('manifest.description'),
    lang: lang === 'vi' ? 'vi-VN' : 'en',
    start_url: homeUrl(lang),
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#14532d',
    icons: APP_ICON_SIZES.flatMap((size) => [
      { src: appIconUrl(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
      { src: appIconUrl(size, 'maskable'), sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' },
    ]),
  };
}
