import type { Lang } from '../lib/core/locale.ts';
import type { ManifestStrings } from '../lib/site/webManifest.ts';
import { en } from './en.ts';
import { vi, type UiKey } from './vi.ts';

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { vi, en };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The UI-string function for a language: t('list.count', { count: 3 }). */
export function useTranslations(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang];
  return (key, params) => {
    const text = dictionary[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** The web app manifest's words in one language. */
export function manifestStrings(lang: Lang): ManifestStrings {
  const words = DICTIONARIES[lang];
  return {
    name: words['manifest.name'],
    shortName: words['manifest.shortName'],
    description: words['manifest.description'],
  };
}

export type { UiKey };
