/**
 * The site's two languages and everything that depends on which one a page is in: BCP 47 tags, date and number
 * formats, and "the name in this language". The one place a locale tag is written.
 */

export type Lang = 'vi' | 'en';
/** Vietnamese first: it is the default language, served at the root; English pages live under /en. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface Locale {
  /** BCP 47 tag of the pages' language: `<html lang>`, hreflang alternates, the web app manifest. */
  tag: string;
  /**
   * BCP 47 tag for formatting dates and numbers with Intl. English pages use British conventions: day before month
   * ("16 Nov 2020"), as Vietnamese readers of English expect.
   */
  formatTag: string;
}

export const LOCALES: Record<Lang, Locale> = {
  vi: { tag: 'vi', formatTag: 'vi-VN' },
  en: { tag: 'en', formatTag: 'en-GB' },
};

/** Sorting in Vietnamese alphabetical order (ă, â, đ, ê, ô, ơ, ư after their base letters), numbers by value. */
export const vietnameseCollator = /* @__PURE__ */ new Intl.Collator(LOCALES.vi.tag, {
  sensitivity: 'base',
  numeric: true,
});

/** A record's name in the page's language: the English name on English pages when the record has one. */
export function localName(record: { name: string; nameEn?: string | undefined }, lang: Lang): string {
  return lang === 'en' && record.nameEn ? record.nameEn : record.name;
}

/** A bilingual field in the page's language, with a flag when it fell back to Vietnamese. */
export function pick(
  text: { vi: string; en?: string | undefined } | undefined,
  lang: Lang,
): { text: string; fallback: boolean } {
  if (!text) return { text: '', fallback: false };
  if (lang === 'en' && text.en) return { text: text.en, fallback: false };
  return { text: text.vi, fallback: lang === 'en' };
}

// Formatters are built once per language: constructing an Intl formatter per call was a measurable part of a
// national build (tens of thousands of pages, several dates each). The @__PURE__ marks let a bundler drop the
// formatters an island does not use.
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: /* @__PURE__ */ new Intl.DateTimeFormat(LOCALES.vi.formatTag, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }),
  en: /* @__PURE__ */ new Intl.DateTimeFormat(LOCALES.en.formatTag, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
};
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: /* @__PURE__ */ new Intl.NumberFormat(LOCALES.vi.formatTag),
  en: /* @__PURE__ */ new Intl.NumberFormat(LOCALES.en.formatTag),
};
const vndFormats: Record<Lang, Intl.NumberFormat> = {
  vi: /* @__PURE__ */ new Intl.NumberFormat(LOCALES.vi.formatTag, {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }),
  en: /* @__PURE__ */ new Intl.NumberFormat(LOCALES.en.formatTag, {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }),
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

/** Whole numbers and decimals with the language's separators: 20.000 in Vietnamese, 20,000 in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

/** A price in đồng as people read it: "120.000 ₫" in Vietnamese, "₫120,000" in English pages. */
export function formatVnd(amount: number, lang: Lang): string {
  return vndFormats[lang].format(amount);
}
