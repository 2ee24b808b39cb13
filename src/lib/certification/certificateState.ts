import type { Certification, StarResult } from '../../schemas/product.ts';
import { addMonths, type IsoDate } from '../core/isoDate.ts';

/** A certificate is valid for 36 months from the day its decision is signed (Decision 148/QĐ-TTg). */
export const VALIDITY_MONTHS = 36;
/** Certificates within this many days of their last valid day are flagged as expiring. */
export const EXPIRING_WITHIN_DAYS = 90;

export type CertificateStateName = 'valid' | 'expiring' | 'expired' | 'revoked' | 'pending';

/**
 * The state of one decision on a given day, from its dates alone. Self-contained on purpose (no imports, no closures
 * but the one constant above, which certificateCheckScript() writes into the source): pages embed its source in a tiny
 * inline script that re-checks the state against the visitor's own date, so a page built months ago never shows a
 * lapsed certificate as valid.
 */
export function stateOn(
  today: string,
  signed: string,
  validUntil: string,
  revokedOn: string | null,
): CertificateStateName {
  if (today < signed) return 'pending';
  // Mutation testing, equivalent mutant: null <= "YYYY-MM-DD" is false in JavaScript; the check is there for the type.
  // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
  if (revokedOn !== null && revokedOn <= today) return 'revoked';
  if (today > validUntil) return 'expired';
  const dayMs = 86400000;
  const daysLeft = Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs);
  return daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

export type DecisionStatus = 'superseded' | CertificateStateName;

/**
 * What one decision of a product's history is on a given day, from its own state that day (`own`, by stateOn): the
 * one rule both the history table and the trace timeline tell. Self-contained like stateOn (the inline re-check
 * embeds its source for history rows; it calls nothing, the caller passes stateOn's answer in).
 * - pending: not signed yet;
 * - revoked: revoked on or before that day while it was still in force (whatever came after);
 * - once the next decision is signed: expired if it had lapsed before that (a gap without a certificate),
 *   superseded if the next one followed while it was in force;
 * - otherwise its own state.
 */
export function decisionStatusOn(
  own: CertificateStateName,
  today: string,
  validUntil: string,
  revokedOn: string | null,
  nextSigned: string | null,
): DecisionStatus {
  if (own === 'pending') return own;
  // Stryker disable next-line ConditionalExpression: equivalent mutant, null <= "YYYY-MM-DD" is false
  if (revokedOn !== null && revokedOn <= today && revokedOn <= validUntil) return 'revoked';
  // Stryker disable next-line ConditionalExpression: equivalent mutant, null <= "YYYY-MM-DD" is false
  if (nextSigned !== null && nextSigned <= today) return nextSigned > validUntil ? 'expired' : 'superseded';
  return own;
}

/** Last day a decision is in force: the date it states, or 36 months after signing. */
export function validUntilOf(entry: Pick<Certification, 'signed' | 'validUntil'>): IsoDate {
  return entry.validUntil ?? addMonths(entry.signed, VALIDITY_MONTHS);
}

export interface HistoryEntry {
  entry: Certification;
  validUntil: IsoDate;
  /** The next decision's signing day (any, signed or not), for decisionStatusOn. */
  nextSigned: IsoDate | undefined;
  /** What this decision is today (decisionStatusOn): in force, replaced in time by a later one, lapsed, revoked or not yet signed. */
  status: DecisionStatus;
}

export interface CertificateState {
  /** valid or expiring: the product may be shown as a certified OCOP product today. */
  certified: boolean;
  state: CertificateStateName;
  /** The latest decision signed on or before today (in force, or the last one that was). */
  current: Certification | undefined;
  /** The rating of that decision. */
  result: StarResult | undefined;
  validUntil: IsoDate | undefined;
  revokedOn: IsoDate | undefined;
  /** Every decision, oldest first, with its own status. */
  history: HistoryEntry[];
}

/**
 * The one rule for "is this product certified today, at what level, until when". Every page, feed and export calls
 * it; nothing else reads certification dates.
 */
export function certificateState(certifications: readonly Certification[], today: IsoDate): CertificateState {
  // Oldest first; decisions signed on the same day keep the order they are written in (Array.prototype.sort is
  // stable), so the one written last is the current one.
  // Mutation testing, equivalent mutant on the short lists a product has: V8 sorts them by binary insertion, which only asks whether an
  // element is smaller, so answering 0 or 1 for "not smaller" orders them the same; the order itself is pinned by
  // tests (history order, same-day decisions).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent mutant, see the comment above
  const ordered = [...certifications].sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0));
  const signedSoFar = ordered.filter((entry) => entry.signed <= today);
  const current = signedSoFar.at(-1);

  const history: HistoryEntry[] = ordered.map((entry, index) => {
    const validUntil = validUntilOf(entry);
    const nextSigned = ordered[index + 1]?.signed;
    const revokedOn = entry.revoked?.date ?? null;
    const own = stateOn(today, entry.signed, validUntil, revokedOn);
    const status = decisionStatusOn(own, today, validUntil, revokedOn, nextSigned ?? null);
    return { entry, validUntil, nextSigned, status };
  });

  if (current === undefined) {
    return {
      certified: false,
      state: 'pending',
      current: undefined,
      result: undefined,
      validUntil: undefined,
      revokedOn: undefined,
      history,
    };
  }
  const validUntil = validUntilOf(current);
  const revokedOn = current.revoked?.date;
  const state = stateOn(today, current.signed, validUntil, revokedOn ?? null);
  return {
    certified: state === 'valid' || state === 'expiring',
    state,
    current,
    result: current.result,
    validUntil,
    revokedOn,
    history,
  };
}
