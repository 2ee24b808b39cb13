import type { Certification } from '../../schemas/product.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../core/isoDate.ts';
import { certificateState, type CertificateState } from './certificateState.ts';

/**
 * Certificate watch: what is about to lapse, and what changed when. Everything here asks `certificateState` (the one
 * rule) about a day; nothing reads certification dates to decide a state itself.
 */

/** Offices plan re-evaluation rounds about six months ahead: the second horizon of "renewals due". */
export const PLANNING_WITHIN_DAYS = 180;
/** "Lapsed" lists certificates that lapsed or were revoked this many months back, without a renewal since. */
export const LAPSED_WITHIN_MONTHS = 12;

export type DueBucket = 'within90' | 'within180' | 'lapsed' | 'revoked';
export const DUE_BUCKETS: readonly DueBucket[] = ['within90', 'within180', 'lapsed', 'revoked'];

/**
 * Which "renewals due" list a product belongs in today, or undefined when none: its certificate is in force for more
 * than 180 days yet, or it lapsed longer ago than 12 months (or has never been certified).
 * - within90: in force and "expiring" by the certificate rule (90 days or fewer left, EXPIRING_WITHIN_DAYS);
 * - within180: in force, last valid day in 91–180 days;
 * - lapsed: expired, the last valid day within the last 12 months, no renewal signed since;
 * - revoked: revoked within the last 12 months.
 */
export function dueBucket(cert: CertificateState, today: IsoDate): DueBucket | undefined {
  const { state, validUntil, revokedOn } = cert;
  // Mutation testing, equivalent mutant: no last valid day means no decision yet ("pending"), which no branch below lists; the check is there
  // for the type.
  // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
  if (validUntil === undefined) return undefined;
  const since = addMonths(today, -LAPSED_WITHIN_MONTHS);
  if (state === 'expiring') return 'within90';
  if (state === 'valid') return daysBetween(today, validUntil) <= PLANNING_WITHIN_DAYS ? 'within180' : undefined;
  if (state === 'expired') return validUntil >= since ? 'lapsed' : undefined;
  // Mutation testing, equivalent mutant: a revoked state always has its day, and "pending" is the only state left after this line.
  // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
  if (state === 'revoked') return revokedOn !== undefined && revokedOn >= since ? 'revoked' : undefined;
  return undefined;
}

export type ChangeKind = 'new' | 'renewed' | 'upgraded' | 'expired' | 'revoked';

/** One change of a product's certificate, on the day it took effect. */
export interface CertificateChange {
  /** The day the change took effect: a decision's signing day, the day after the last valid day, a revocation day. */
  date: IsoDate;
  kind: ChangeKind;
  /** The decision the change is about: the new one, or the one that lapsed or was revoked. */
  decision: Certification;
  /** Last valid day of that decision. */
  validUntil: IsoDate;
}

/**
 * Every change of a product's certificate up to and including `today`, oldest first. The candidate days are the days
 * a state could change (signing days, the day after each last valid day, revocation days); on each, the certificate
 * rule is asked for the state that day and the day before, and a difference is a change:
 * - a different current decision → that decision's kind (new, renewed, upgraded);
 * - the same decision, now expired or revoked → expired or revoked.
 * An expiry is dated the day after the last valid day: the first day the product is no longer certified. Nothing
 * after `today` is listed, and a change once listed stays listed on every later day (the history only grows).
 */
export function certificateChanges(certifications: readonly Certification[], today: IsoDate): CertificateChange[] {
  const days = new Set<IsoDate>();
  for (const entry of certifications) {
    days.add(entry.signed);
    const state = certificateState([entry], entry.signed);
    // Mutation testing, equivalent mutant: a decision on its own signing day always has a last day.
    // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
    if (state.validUntil) days.add(addDays(state.validUntil, 1));
    if (entry.revoked) days.add(entry.revoked.date);
  }
  const changes: CertificateChange[] = [];
  for (const day of [...days].sort()) {
    if (day > today) break;
    const before = certificateState(certifications, addDays(day, -1));
    const after = certificateState(certifications, day);
    // Mutation testing, equivalent mutant: every candidate day is on or after a signing day, so there is a current decision with a last day;
    // the check is there for the type.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent mutant, see the comment above
    if (!after.current || after.validUntil === undefined) continue;
    if (after.current !== before.current) {
      changes.push({ date: day, kind: after.current.kind, decision: after.current, validUntil: after.validUntil });
    } else if (
      after.state !== before.state &&
      // On a candidate day with the same decision the state can only have become expired or revoked.
      // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
      (after.state === 'expired' || after.state === 'revoked')
    ) {
      changes.push({ date: day, kind: after.state, decision: after.current, validUntil: after.validUntil });
    }
  }
  return changes;
}
