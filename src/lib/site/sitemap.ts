import { LANGS, LOCALES, type Lang } from '../core/locale.ts';

/** The protocol allows 50,000 URLs per file; stay below it. */
export const URLS_PER_FILE = 45_000;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page's language and its path without the language prefix: en/products/x/ → en, products/x/. */
function splitLang(path: string): { lang: Lang; neutral: string } {
  return path === 'en/' || path.startsWith('en/')
    ? { lang: 'en', neutral: path.slice(3) }
    : { lang: 'vi', neutral: path };
}

/**
 * The pages a sitemap lists, from the paths of everything the build wrote ("products/x/", "", "404",
 * "feeds/x.xml", with or without a leading slash): not data files, feeds or images, not the offline and not-found
 * pages, not the former /sort/<order>/ addresses (they only point to the search page).
 */
export function sitemapPages(pathnames: readonly string[]): string[] {
  return pathnames
    .map((path) => (path.startsWith('/') ? path.slice(1) : path))
    .filter(
      (path) =>
        !/\.[a-z0-9]+$/i.test(path) &&
        !/(^|\/)(offline|404)\/$/.test(path) &&
        path !== '404' &&
        !/(^|\/)sort\/[a-z]+\/$/.test(path),
    );
}

/**
 * The sitemap files of a built site: sitemap-index.xml and sitemap-0.xml, sitemap-1.xml … with every page and, for a
 * page that exists in both languages, its alternates. Linear in the number of pages (the @astrojs/sitemap
 * integration looked the alternates of each page up by scanning all pages: minutes at 100,000 pages).
 * @param pages page paths as Astro reports them, without leading slash ("products/x/", "" for the home page)
 * @param lastmod the day every page was last written, YYYY-MM-DD: the build day. Each page shows what is true on
 *   that day (certificate states, upcoming events), so every build is a modification of every page.
 */
export function sitemapFiles(pages: readonly string[], site: string, lastmod: string): Map<string, string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastmod)) throw new Error(`sitemap lastmod: expected YYYY-MM-DD (got "${lastmod}")`);
  const modified = `<lastmod>${lastmod}</lastmod>`;
  const paths = [...new Set(pages)].sort(new Intl.Collator('en', { numeric: true }).compare);
  const byNeutral = new Map<string, Partial<Record<Lang, string>>>();
  for (const path of paths) {
    const { lang, neutral } = splitLang(path);
    byNeutral.set(neutral, { ...byNeutral.get(neutral), [lang]: path });
  }
  const origin = new URL(site).href; // with a trailing slash
  const absolute = (path: string) => escapeXml(`${origin}${encodeURI(path)}`);
  const entries = paths.map((path) => {
    const versions = byNeutral.get(splitLang(path).neutral) ?? {};
    const alternates =
      versions.vi !== undefined && versions.en !== undefined
        ? LANGS.map(
            (lang) =>
              `<xhtml:link rel="alternate" hreflang="${LOCALES[lang].tag}" href="${absolute(versions[lang] ?? '')}"/>`,
          ).join('')
        : '';
    return `<url><loc>${absolute(path)}</loc>${modified}${alternates}</url>`;
  });
  const files = new Map<string, string>();
  const chunks = Math.max(1, Math.ceil(entries.length / URLS_PER_FILE));
  for (let i = 0; i < chunks; i++) {
    files.set(
      `sitemap-${i}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries
        .slice(i * URLS_PER_FILE, (i + 1) * URLS_PER_FILE)
        .join('')}</urlset>\n`,
    );
  }
  files.set(
    'sitemap-index.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from(
      { length: chunks },
      (_, i) => `<sitemap><loc>${absolute(`sitemap-${i}.xml`)}</loc>${modified}</sitemap>`,
    ).join('')}</sitemapindex>\n`,
  );
  return files;
}
