import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The Content Security Policy every page of a build allows, read from the pages themselves.
 *
 * Astro writes the policy configured in astro.config.mjs into each page's <meta http-equiv> tag, with the hashes of
 * the scripts and styles that page uses (BaseLayout adds its inline script's). One header for the whole site carries
 * the union of those hashes: a browser enforces the header and the page's own <meta> policy together, so each page
 * stays limited to its own hashes, and the header adds frame-ancestors and reporting, which a <meta> policy cannot.
 * The header allows what any page's own policy allows (the web editor's 'unsafe-eval' and inline styles too): the
 * public pages' <meta> policies keep them strict.
 */
export function mergePolicies(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  // Directives in which some page allows any inline code by 'unsafe-inline' alone (the editor at /admin/ styles
  // itself at run time): a hash beside 'unsafe-inline' makes browsers ignore it, so there the union keeps no hashes.
  const inlineAllowed = new Set<string>();
  for (const policy of policies)
    for (const part of policy.split(';')) {
      const [rawName, ...sources] = part.trim().split(/\s+/);
      if (!rawName) continue;
      const name = rawName.toLowerCase();
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
      if (sources.includes("'unsafe-inline'") && !sources.some(isHashOrNonce)) inlineAllowed.add(name);
    }
  return [...directives]
    .map(([name, sources]) =>
      [name, ...[...sources].filter((source) => !inlineAllowed.has(name) || !isHashOrNonce(source))].join(' '),
    )
    .join('; ');
}

const isHashOrNonce = (source: string) => /^'(sha256|sha384|sha512|nonce)-/.test(source);

/** The content of the page's <meta http-equiv="content-security-policy">, if it has one. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The policy sits near the top of <head>: read the first part of a page, the rest only when it is not there. */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(16_384);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      const text = Buffer.concat(chunks).toString('utf8');
      if (/<\/head>/i.test(text)) return text;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A copy of a string that holds on to nothing: a string cut out of a page (a policy, a link) can keep the whole page
 * in memory for as long as it is kept.
 */
export const detached = (text: string): string => Buffer.from(text).toString();
