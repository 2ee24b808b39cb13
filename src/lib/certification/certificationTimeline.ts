import { SCORING_2023_FROM, type Certification } from '../../schemas/product.ts';
import type { CertificateState } from './certificateState.ts';
import { addDays, type IsoDate } from '../core/isoDate.ts';

/** One dated event in a product's certification history, as the trace page tells it. */
export type TimelineEvent =
  | { type: 'new' | 'renewed' | 'upgraded'; date: IsoDate; entry: Certification; validUntil: IsoDate }
  | { type: 'revoked'; date: IsoDate; entry: Certification }
  | { type: 'expired'; date: IsoDate; entry: Certification; validUntil: IsoDate };

/**
 * The certification history as events, oldest first: every decision (new, renewed, upgraded), every revocation, and
 * every lapse. It tells each decision's status from certificateState (decisionStatusOn, the rule the history table
 * shows), so the two never disagree: a "revoked" decision gets its revocation, an "expired" one (lapsed before the
 * next decision, or out today) its lapse. A lapse is dated the day after the last valid day, the first day without a
 * certificate, as the change feed dates it (certificateChanges); the last valid day travels with it.
 */
export function certificationTimeline(cert: CertificateState, today: IsoDate): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { entry, validUntil, status } of cert.history) {
    if (status === 'pending') continue;
    events.push({ type: entry.kind, date: entry.signed, entry, validUntil });
    const revokedOn = entry.revoked?.date;
    if (status === 'revoked' && revokedOn !== undefined && revokedOn <= validUntil) {
      events.push({ type: 'revoked', date: revokedOn, entry });
    } else if (status === 'expired' || (status === 'revoked' && validUntil < today)) {
      // A revocation dated after the certificate had already lapsed is told as the lapse it was.
      events.push({ type: 'expired', date: addDays(validUntil, 1), entry, validUntil });
    }
  }
  // Mutation testing, equivalent mutant on the short lists a product has: V8 sorts them by binary insertion, which only asks whether an
  // element is smaller, so answering 0 or 1 for "not smaller" orders them the same; the order itself is pinned by
  // tests (history order, same-day decisions).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent mutant, see the comment above
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Maximum points of each score part: Decision 148/QĐ-TTg (2023) moved 5 points from C to A. */
export function scorePartMaxima(signed: IsoDate): { a: number; b: number; c: number } {
  return signed >= SCORING_2023_FROM ? { a: 40, b: 25, c: 35 } : { a: 35, b: 25, c: 40 };
}
