import { describe, expect, it } from 'vitest';
import { decision } from '../../../tests/support/decision.ts';
import type { Certification } from '../../schemas/product.ts';
import { certificateState } from './certificateState.ts';
import { certificateChanges } from './certificateWatch.ts';
import { certificationTimeline, scorePartMaxima } from './certificationTimeline.ts';

const cert = decision;

const timeline = (certs: Certification[], today: string) =>
  certificationTimeline(certificateState(certs, today), today).map((e) => `${e.date} ${e.type}`);

describe('certificationTimeline', () => {
  it('tells a certificate that ran out with no re-evaluation as expired from the day after its last valid day (as the change feed dates it)', () => {
    expect(timeline([cert()], '2026-01-01')).toEqual(['2020-11-16 new', '2023-11-17 expired']);
  });

  it('shows no lapse while the certificate is in force', () => {
    expect(timeline([cert()], '2022-01-01')).toEqual(['2020-11-16 new']);
  });

  it('shows a gap between a lapsed certificate and a later renewal', () => {
    const certs = [cert(), cert({ signed: '2024-03-01', kind: 'renewed', decision: '101/QĐ-UBND' })];
    expect(timeline(certs, '2026-01-01')).toEqual(['2020-11-16 new', '2023-11-17 expired', '2024-03-01 renewed']);
  });

  it('shows no gap when the renewal came in time, in any record order', () => {
    const certs = [cert({ signed: '2023-06-01', kind: 'upgraded', result: 4 }), cert()];
    expect(timeline(certs, '2024-01-01')).toEqual(['2020-11-16 new', '2023-06-01 upgraded']);
  });

  it('shows a revocation instead of an expiry', () => {
    const certs = [cert({ revoked: { date: '2022-05-01', decision: '55/QĐ-UBND' } })];
    expect(timeline(certs, '2026-01-01')).toEqual(['2020-11-16 new', '2022-05-01 revoked']);
  });

  it('leaves out a decision not signed yet', () => {
    const certs = [cert(), cert({ signed: '2027-01-01', kind: 'renewed' })];
    expect(timeline(certs, '2022-01-01')).toEqual(['2020-11-16 new']);
  });
});

describe('certificationTimeline at the edges', () => {
  it('shows a revocation dated today, and one dated on the last valid day', () => {
    const today = cert({ revoked: { date: '2022-05-01', decision: '55/QĐ-UBND' } });
    expect(timeline([today], '2022-05-01')).toEqual(['2020-11-16 new', '2022-05-01 revoked']);
    const lastDay = cert({ revoked: { date: '2023-11-16', decision: '55/QĐ-UBND' } });
    expect(timeline([lastDay], '2024-01-01')).toEqual(['2020-11-16 new', '2023-11-16 revoked']);
  });

  it('does not show a revocation dated after today, nor one after the certificate had already lapsed', () => {
    const future = cert({ revoked: { date: '2022-05-01', decision: '55/QĐ-UBND' } });
    expect(timeline([future], '2022-04-30')).toEqual(['2020-11-16 new']);
    const late = cert({ revoked: { date: '2024-01-10', decision: '55/QĐ-UBND' } });
    expect(timeline([late], '2024-06-01')).toEqual(['2020-11-16 new', '2023-11-17 expired']);
  });

  it('shows no gap for a renewal signed on the last valid day, a gap for one signed the day after', () => {
    const onTheDay = [cert(), cert({ signed: '2023-11-16', kind: 'renewed', decision: '9/QĐ-UBND' })];
    expect(timeline(onTheDay, '2024-01-01')).toEqual(['2020-11-16 new', '2023-11-16 renewed']);
    const dayAfter = [cert(), cert({ signed: '2023-11-17', kind: 'renewed', decision: '9/QĐ-UBND' })];
    expect(timeline(dayAfter, '2024-01-01')).toEqual(['2020-11-16 new', '2023-11-17 expired', '2023-11-17 renewed']);
  });

  it('shows no lapse on the last valid day itself, and one the day after', () => {
    expect(timeline([cert()], '2023-11-16')).toEqual(['2020-11-16 new']);
    expect(timeline([cert()], '2023-11-17')).toEqual(['2020-11-16 new', '2023-11-17 expired']);
  });

  it('shows a lapse when the next decision is not signed yet', () => {
    const certs = [cert(), cert({ signed: '2027-01-01', kind: 'renewed', decision: '9/QĐ-UBND' })];
    expect(timeline(certs, '2026-01-01')).toEqual(['2020-11-16 new', '2023-11-17 expired']);
  });

  it('tells the events in date order when an earlier decision is revoked after a later one was signed', () => {
    const certs = [
      cert({ revoked: { date: '2022-05-01', decision: '55/QĐ-UBND' } }),
      cert({ signed: '2021-03-01', kind: 'upgraded', result: 4, decision: '9/QĐ-UBND' }),
    ];
    expect(timeline(certs, '2023-01-01')).toEqual(['2020-11-16 new', '2021-03-01 upgraded', '2022-05-01 revoked']);
  });
});

describe('certificationTimeline tells what the history table and the change feed tell', () => {
  const histories: Record<string, Certification[]> = {
    'lapsed before a renewal': [cert(), cert({ signed: '2024-09-20', kind: 'renewed', decision: '9/QĐ-UBND' })],
    'renewed in time': [cert(), cert({ signed: '2023-06-01', kind: 'renewed', decision: '9/QĐ-UBND' })],
    'revoked, then new': [
      cert({ revoked: { date: '2022-05-10', decision: '55/QĐ-UBND' } }),
      cert({ signed: '2023-03-01', kind: 'new', decision: '77/QĐ-UBND' }),
    ],
    'out today': [cert()],
  };
  for (const [name, certs] of Object.entries(histories)) {
    it(`agrees with the history statuses and the feed's dates: ${name}`, () => {
      const today = '2026-01-01';
      const state = certificateState(certs, today);
      const events = certificationTimeline(state, today);
      for (const item of state.history) {
        const own = events.filter((e) => e.entry === item.entry && e.type !== item.entry.kind).map((e) => e.type);
        // superseded: nothing happened to it but its successor; expired/revoked: exactly that event.
        expect(own).toEqual(item.status === 'expired' || item.status === 'revoked' ? [item.status] : []);
      }
      const feed = certificateChanges(certs, today)
        .filter((c) => c.kind === 'expired' || c.kind === 'revoked')
        .map((c) => `${c.date} ${c.kind}`);
      const told = events.filter((e) => e.type === 'expired' || e.type === 'revoked').map((e) => `${e.date} ${e.type}`);
      expect(told).toEqual(feed);
    });
  }
});

describe('scorePartMaxima', () => {
  it('uses 40/25/35 from Decision 148 (24 Feb 2023) and 35/25/40 before', () => {
    expect(scorePartMaxima('2023-02-24')).toEqual({ a: 40, b: 25, c: 35 });
    expect(scorePartMaxima('2023-02-23')).toEqual({ a: 35, b: 25, c: 40 });
  });
});
