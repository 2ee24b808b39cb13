/**
 * Astro writes the rule its islands need (`astro-island,astro-slot,astro-static-slot{display:contents}`) as a
 * `<style>` just before the first island, inside `<body>`, where HTML does not allow a style element (the Nu HTML
 * Checker: "Element style not allowed as child of element div in this context"). The page's policy already carries
 * its hash, so the same element moved to the end of `<head>` keeps working unchanged.
 */
const ISLAND_STYLE = /<style>(astro-island,[^<]*\{display:contents\})<\/style>/g;

/**
 * The pages that hold an island (a `client:` component), as files of dist/: the search page (SearchPage.astro), the
 * shortlist (ShortlistPage.astro) and the supplier directory (SuppliersIndex.astro), in both languages. Only these
 * are read after the build, not all 130,000 pages (27 s a render process at 20,000 products). An island added to
 * another page leaves its style in `<body>`, which the page check (scripts/lib/siteRules.ts) reports with a pointer
 * here, so the list cannot silently fall behind.
 */
export const ISLAND_PAGES: readonly string[] = ['search', 'shortlist', 'suppliers'].flatMap((page) => [
  `${page}/index.html`,
  `en/${page}/index.html`,
]);

/** Whether a page's body holds Astro's island style (an island on a page missing from ISLAND_PAGES). */
export function islandStyleInBody(html: string): boolean {
  const bodyAt = html.indexOf('<body');
  return bodyAt >= 0 && new RegExp(ISLAND_STYLE.source).test(html.slice(bodyAt));
}

/** The page with Astro's island style moved from `<body>` to the end of `<head>`; any other page unchanged. */
export function hoistIslandStyle(html: string): string {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0) return html;
  const body = html.slice(bodyAt);
  const rules = [...body.matchAll(ISLAND_STYLE)].map((match) => match[1]);
  if (rules.length === 0) return html;
  const head = html.slice(0, bodyAt);
  const headEnd = head.lastIndexOf('</head>');
  if (headEnd < 0) return html;
  const style = [...new Set(rules)].map((rule) => `<style>${rule}</style>`).join('');
  const already = head.includes(style);
  return (already ? head : `${head.slice(0, headEnd)}${style}${head.slice(headEnd)}`) + body.replace(ISLAND_STYLE, '');
}

/** Whether a page has a `<style>` element inside its `<body>` (what the fix above removes). */
export function styleInBody(html: string): boolean {
  const bodyAt = html.indexOf('<body');
  if (bodyAt < 0) return false;
  const body = html.slice(bodyAt);
  // Templates (inert: not styles of the page) are cut out only when the body holds a style at all.
  return /<style[\s>]/i.test(body) && /<style[\s>]/i.test(body.replace(/<template[\s\S]*?<\/template>/gi, ''));
}
