import { certificateDataset, type CertificateDates } from '../lib/certification/certificateMarkup.ts';
import type { DecisionStatus } from '../lib/certification/certificateState.ts';

/** The words of a star result: what shows, what screen readers hear, and the potential 5-star note. */
export interface StarWords {
  shown: string;
  sr: string;
  note?: string;
  national?: string;
}

/** Everything a CertificateLine says, translated by the page (certificateLineWords in src/i18n/certificateWatch.ts). */
export interface CertificateLineWords {
  states: Record<string, string>;
  stars: Record<string, StarWords>;
  /** Read after the stars when the certificate is not in force. */
  notInForce: string;
}

/** The star badge of StarBadge.astro, drawn by an island: same classes, so the same global styles strike it. */
export function StarBadge({ stars, words }: { stars: string; words: CertificateLineWords }) {
  const text = words.stars[stars];
  if (!text) return null;
  const potential = stars === 'potential-5';
  const count = potential ? 0 : Number(stars);
  return (
    <span className={`star-badge sm ${potential ? 'potential' : `s${count}`}`} data-stars={stars}>
      {!potential && (
        <span aria-hidden="true" className="glyphs">
          {'★'.repeat(count)}
        </span>
      )}
      <span className="sr-only">
        {text.sr}
        <span className="stars-lapsed">{words.notInForce}</span>
      </span>
      <span aria-hidden="true">{text.shown}</span>
      {text.note && (
        <span aria-hidden="true" className="potential-note">
          {text.note}
        </span>
      )}
      {text.national && <span className="national">{text.national}</span>}
    </span>
  );
}

/**
 * THE certificate state element (certificateMarkup.ts) for islands: the state in words first, then the stars, in one
 * [data-cert] element. The island passes the state it computed on the visitor's day (stateOn); the stars are struck
 * by CSS when it is not in force, exactly as on the pages.
 */
export function CertificateLine({
  dates,
  state,
  stars,
  words,
}: {
  dates: CertificateDates | undefined;
  state: DecisionStatus;
  stars: string | null | undefined;
  words: CertificateLineWords;
}) {
  const dataset = dates ? certificateDataset(dates, state, words.states) : { 'data-state': state };
  return (
    <span {...dataset} className="cert-line inline-flex flex-wrap items-center gap-2">
      <span className="cert-state inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-bold">
        <span aria-hidden="true" className="cert-icon" />
        <span data-cert-label>{words.states[state] ?? state}</span>
      </span>
      {stars && <StarBadge stars={stars} words={words} />}
    </span>
  );
}
