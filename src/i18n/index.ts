import type { Lang } from '../lib/site/urls.ts';
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

/** A record field in the page's language, with a flag when it fell back to Vietnamese. */
export function pick(
  text: { vi: string; en?: string | undefined } | undefined,
  lang: Lang,
): { text: string; fallback: boolean } {
  if (!text) return { text: '', fallback: false };
  if (lang === 'en' && text.en) return { text: text.en, fallback: false };
  return { text: text.vi, fallback: lang === 'en' };
}

// Formatters are built once per language: constructing an Intl formatter per call was a measurable part of a
// national build (tens of thousands of pages, several dates each).
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
};
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** Formatted dates by language and ISO date: a national build formats the same few thousand dates again and again. */
const formattedDates: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() };

/** Dates as people write them: 16/11/2020 in Vietnamese, 16 Nov 2020 in English. */
export function formatDate(iso: string, lang: Lang): string {
  const known = formattedDates[lang].get(iso);
  if (known !== undefined) return known;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const text = dateFormats[lang].format(new Date(Date.UTC(year, month - 1, day)));
  formattedDates[lang].set(iso, text);
  return text;
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

export type { UiKey };
