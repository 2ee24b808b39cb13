import { createHash } from 'node:crypto';

/**
 * The Content Security Policy source for an inline script or style: 'sha256-' and the base64 SHA-256 of the exact
 * text between the tags. Astro hashes the scripts and styles it bundles but not `is:inline` ones, so a page that
 * writes one passes this to Astro.csp.insertScriptHash — computed from the same string it prints, it cannot drift.
 */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}
