import type { DecisionStatus } from './certificateState.ts';

/**
 * THE markup convention for a certificate state shown anywhere (cards, title blocks, trace headers, history rows,
 * stamps, the shortlist, search results). One element carries the dates of one decision:
 *
 *   <span data-cert data-signed="YYYY-MM-DD" data-valid-until="YYYY-MM-DD" [data-revoked="YYYY-MM-DD"]
 *         [data-next-signed="YYYY-MM-DD"] data-state="valid" data-labels='{"valid":"Còn hiệu lực",…}'>
 *     <span data-cert-label>Còn hiệu lực</span>   (optional: the state in words)
 *     <span class="star-badge">…</span>           (optional: the stars of that decision)
 *   </span>
 *
 * - data-state is the state on the build day (stateOn, or decisionStatusOn for a history row with data-next-signed);
 *   the inline re-check (certificateCheckScript) re-computes it on the visitor's day and puts labels[state] into
 *   the [data-cert-label] child. Islands that render later compute it themselves with the same functions.
 * - Stars inside a [data-cert] whose state is not in force (expired, revoked, pending, superseded) are struck and
 *   greyed by CSS off data-state (src/styles/global.css), and their "not in force" note is read by screen readers;
 *   so they follow the visitor's day with no script of their own.
 * - Do not nest [data-cert] elements: the stars follow the nearest one only by CSS, and CSS cannot tell nearest.
 */
export interface CertificateDates {
  signed: string;
  validUntil: string;
  revokedOn?: string | undefined;
  /** A history row: the next decision's signing day (decisionStatusOn then tells superseded or lapsed). */
  nextSigned?: string | undefined;
}

/** The data-* attributes of a [data-cert] element (undefined ones are left out by Astro and React alike). */
export function certificateDataset(
  dates: CertificateDates,
  state: DecisionStatus,
  labels: Record<string, string>,
): Record<string, string | undefined> {
  return {
    'data-cert': '',
    'data-signed': dates.signed,
    'data-valid-until': dates.validUntil,
    'data-revoked': dates.revokedOn,
    'data-next-signed': dates.nextSigned,
    'data-state': state,
    'data-labels': JSON.stringify(labels),
  };
}

/** States in which a decision's stars may be shown as held: the certificate is in force. */
export function inForce(state: string): boolean {
  return state === 'valid' || state === 'expiring';
}
