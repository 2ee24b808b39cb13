/** One entry of an Atom feed (RFC 4287). */
export interface AtomEntry {
  /** A permanent, unique id (a tag: URI). */
  id: string;
  title: string;
  link: string;
  /** The day the entry's event took effect, YYYY-MM-DD: written as midnight in Vietnam. */
  date: string;
  summary: string;
  category?: string;
}

export interface AtomFeedOptions {
  id: string;
  title: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed belongs to (rel="alternate"). */
  alternate: string;
  lang: string;
  /** The newest entry's day, YYYY-MM-DD. */
  updated: string;
  entries: readonly AtomEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A day as an RFC 3339 time: midnight in Vietnam, where OCOP decisions take effect. */
const vietnamMidnight = (day: string) => `${day}T00:00:00+07:00`;

/**
 * An Atom feed. Entries are dated the day they took effect (`updated` and `published` alike), so a feed reader
 * sorts them by when a certificate changed, not by when the site was built; a rebuild on another day writes the same
 * feed unless something changed.
 */
export function atomFeed(options: AtomFeedOptions): string {
  const entries = options.entries.map(
    (entry) => `<entry>
<id>${escapeXml(entry.id)}</id>
<title>${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
<published>${vietnamMidnight(entry.date)}</published>
<updated>${vietnamMidnight(entry.date)}</updated>
<summary>${escapeXml(entry.summary)}</summary>${entry.category ? `\n<category term="${escapeXml(entry.category)}"/>` : ''}
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(options.lang)}">
<id>${escapeXml(options.id)}</id>
<title>${escapeXml(options.title)}</title>
<link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(options.alternate)}"/>
<updated>${vietnamMidnight(options.updated)}</updated>
<author><name>OCOP Catalogue</name></author>
${entries.join('\n')}
</feed>
`;
}
