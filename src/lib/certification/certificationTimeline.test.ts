import { describe, expect, it } from 'vitest';
import { decision } from '../../../tests/support/decision.ts';
import type { Certification } from '../../schemas/product.ts';
import { certificateState } from './certificateState.ts';
import { certificationTimeline, scorePartMaxima } from './certificationTimeline.ts';

const cert = decision;

const timeline = (certs: Certification[], today: string) =>
  certificationTimeline(certificateState(certs, today), today).map((e) => `${e.date} ${e.type}`);

describe('certificationTimeline', () => {
  it('tells a certificate that ran out with no re-evaluation as expired on its last valid day', () => {
    expect(timeline([cert()], '2026-01-01')).toEqual(['2020-11-16 new', '2023-11-16 expired']);
  });

  it('shows no lapse while the certificate is in force', () => {
    expect(timeline([cert()], '2022-01-01')).toEqual(['2020-11-16 new']);
  });

  it('shows a gap between a lapsed certificate and a later renewal', () => {
    const certs = [cert(), cert({ signed: '2024-03-01', kind: 'renewed', decision: '101/QĐ-UBND' })];
    expect(timeline(certs, '2026-01-01')).toEqual(['2020-11-16 new', '2023-11-16 expired', '2024-03-01 renewed']);
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

describe('scorePartMaxima', () => {
  it('uses 40/25/35 from Decision 148 (24 Feb 2023) and 35/25/40 before', () => {
    expect(scorePartMaxima('2023-02-24')).toEqual({ a: 40, b: 25, c: 35 });
    expect(scorePartMaxima('2023-02-23')).toEqual({ a: 35, b: 25, c: 40 });
  });
});
