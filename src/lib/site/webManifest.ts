import { APP_ICON_SIZES, appIconUrl, homeUrl } from './urls.ts';
import { LOCALES, type Lang } from '../core/locale.ts';

/** The manifest's words, in the manifest's language. */
export interface ManifestStrings {
  name: string;
  shortName: string;
  description: string;
}

/** The web app manifest of one language: installable, opening on that language's home page. */
export function webManifest(lang: Lang, strings: ManifestStrings): object {
  return {
    name: strings.name,
    short_name: strings.shortName,
    description: strings.description,
    lang: LOCALES[lang].tag,
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
