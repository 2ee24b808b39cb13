import { certificateCheckScript } from '../lib/certification/certificateCheckScript.ts';
import { eventCheckScript } from '../lib/events/eventCheckScript.ts';
import { cspHash } from '../lib/site/cspHash.ts';
import { langSwitchScript } from '../lib/site/langSwitchScript.ts';
import { serviceWorkerScript } from '../lib/site/serviceWorkerScript.ts';
import { shortlistScript } from '../lib/suppliers/shortlistScript.ts';

let memo: { text: string; hash: `sha256-${string}` } | undefined;

/**
 * The inline script every page carries (certificate and event re-check, service worker, shortlist count, language
 * switch) and its Content Security Policy hash. The same text on every page, so it is put together and hashed once
 * per build, not once per page (130,000 times at 20,000 products).
 */
export function pageScript(): { text: string; hash: `sha256-${string}` } {
  if (!memo) {
    const text =
      certificateCheckScript() + eventCheckScript() + serviceWorkerScript() + shortlistScript() + langSwitchScript();
    memo = { text, hash: cspHash(text) };
  }
  return memo;
}
