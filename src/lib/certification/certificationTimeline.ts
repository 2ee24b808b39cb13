import { SCORING_2023_FROM, type Certification } from '../../schemas/product.ts';
import type { CertificateState } from './certificateState.ts';
import type { IsoDate } from '../core/isoDate.ts';

/** One dated event in a product's certification history, as the trace page tells it. */
export type TimelineEvent =
  | { type: 'new' | 'renewed' | 'upgraded'; date: IsoDate; entry: Certification; validUntil: IsoDate }
  | { type: 'revoked'; date: IsoDate; entry: Certification }
  | { type: 'expired'; date: IsoDate; entry: Certification };

/**
 * The certification history as events, oldest first: every decision (new, renewed, upgraded), every revocation, and
 * every lapse — a certificate that ran out before the next decision, or is out today. Dates and statuses come from
 * certificateState; this only tells them in order.
 */
export function certificationTimeline(cert: CertificateState, today: IsoDate): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  cert.history.forEach(({ entry, validUntil, status }, index) => {
    if (status === 'pending') return;
    events.push({ type: entry.kind, date: entry.signed, entry, validUntil });
    const revokedOn = entry.revoked?.date;
    // Mutation testing, equivalent mutant for the undefined check, undefined <= a date is false.
    // Stryker disable next-line ConditionalExpression: equivalent mutant, see the comment above
    if (revokedOn !== undefined && revokedOn <= today && revokedOn <= validUntil) {
      events.push({ type: 'revoked', date: revokedOn, entry });
      return;
    }
    const next = cert.history[index + 1];
    const lapsedBeforeNext = next !== undefined && next.status !== 'pending' && next.entry.signed > validUntil;
    const lapsedToday = (next === undefined || next.status === 'pending') && validUntil < today;
    if (lapsedBeforeNext || lapsedToday) events.push({ type: 'expired', date: validUntil, entry });
  });
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
