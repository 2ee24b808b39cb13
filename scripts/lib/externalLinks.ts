import { Parser } from 'htmlparser2';

/**
 * The links (<a>/<area> href) in a page that lead to another site but lack rel="noopener noreferrer", so the page
 * they open could reach back through window.opener or learn which catalogue page sent the visitor.
 * `siteOrigin` is the catalogue's own origin: links to it are internal. Returns the offending hrefs, in page order.
 */
export function unsafeExternalLinks(html: string, siteOrigin: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (unsafeExternalLink(name, attribs, siteOrigin)) found.push(attribs['href'] ?? '');
    },
  });
  parser.end(html);
  return found;
}

/** Whether one element is a link (<a>/<area>) to another site without rel="noopener noreferrer". */
export function unsafeExternalLink(name: string, attribs: Record<string, string>, siteOrigin: string): boolean {
  if (name !== 'a' && name !== 'area') return false;
  const href = attribs['href'];
  if (!href || !isExternal(href, siteOrigin)) return false;
  const rel = new Set((attribs['rel'] ?? '').toLowerCase().split(/\s+/));
  return !rel.has('noopener') || !rel.has('noreferrer');
}

function isExternal(href: string, siteOrigin: string): boolean {
  if (!/^(https?:)?\/\//i.test(href.trim())) return false;
  return new URL(href.trim(), siteOrigin).origin !== siteOrigin;
}
