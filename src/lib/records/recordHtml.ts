import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/**
 * What a record's Markdown may contain as raw HTML: a few text-level tags an editor might paste, nothing that runs,
 * styles, embeds or loads. The validator reports anything else as an error; rendering removes it regardless, so a
 * record that slipped past the validator still cannot reach visitors with a script.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'abbr',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
] as const;

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  abbr: ['title'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
};
const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** True when a link target is on another site (gets rel="noopener noreferrer"). */
function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/**
 * Sanitises HTML rendered from a record's Markdown: allow-listed tags and attributes only, no event handlers, no
 * javascript:/data: URLs, and external links marked rel="noopener noreferrer".
 */
export function sanitizeRecordHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs['href'] ?? '';
        const { rel: _ignored, ...rest } = attribs;
        return { tagName, attribs: isExternal(href) ? { ...rest, rel: 'noopener noreferrer' } : rest };
      },
    },
  });
}

export interface UnsafeHtml {
  /** What was found, as an editor can search for it: `<script>`, `onclick=` on <p>, `javascript:` link. */
  found: string;
}

const DANGEROUS_URL = /^\s*(javascript|vbscript|data|file):/i;

/**
 * Raw HTML in a Markdown body that the site would drop: tags outside the allow-list, attributes outside it (event
 * handlers, style), and links to javascript:/data: URLs written as HTML or as Markdown links. Each finding once.
 */
export function findUnsafeHtml(markdown: string): UnsafeHtml[] {
  const found = new Set<string>();
  const allowedTags = new Set<string>(ALLOWED_TAGS);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!allowedTags.has(name)) {
          found.add(`<${name}>`);
          return;
        }
        for (const [attribute, value] of Object.entries(attribs)) {
          if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(attribute)) found.add(`${attribute}= on <${name}>`);
          else if (attribute === 'href' && DANGEROUS_URL.test(value))
            found.add(`${value.trim().split(':')[0]?.toLowerCase()}: link`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Code spans and fenced code show HTML as text; they are not raw HTML.
  parser.write(markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, ''));
  parser.end();
  for (const match of markdown.matchAll(/\]\(\s*<?\s*((?:javascript|vbscript|data|file):)/gi)) {
    found.add(`${(match[1] ?? '').toLowerCase()} link`);
  }
  return [...found].map((text) => ({ found: text }));
}

const TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

/** True when plain text (a front-matter field) contains an HTML tag: those fields are shown as text, never as HTML. */
export function containsHtmlTag(text: string): boolean {
  return TAG.test(text);
}

/** The first HTML tag in plain text, as written ("<b>"), or undefined when there is none. */
export function firstHtmlTag(text: string): string | undefined {
  return TAG.exec(text)?.[0];
}
