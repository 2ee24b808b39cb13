import { describe, expect, it } from 'vitest';
import { decision } from '../../../tests/support/decision.ts';
import { addDays } from '../core/isoDate.ts';
import { certificateState } from './certificateState.ts';
import { certificateChanges, DUE_BUCKETS, dueBucket } from './certificateWatch.ts';

// Signed 16 Nov 2020: in force through 16 Nov 2023 (day X); the first day without a certificate is 17 Nov 2023.
const X = '2023-11-16';
const first = decision();
const bucketOn = (day: string, history = [first]) => dueBucket(certificateState(history, day), day);
const changesOn = (day: string, history = [first]) =>
  certificateChanges(history, day).map((change) => `${change.date} ${change.kind} ${change.decision.decision}`);

describe('renewals due', () => {
  it('lists a certificate lapsing on day X in "next 90 days" from X−90 to X, and in "next 180 days" before that', () => {
    expect(bucketOn(addDays(X, -181))).toBeUndefined();
    expect(bucketOn(addDays(X, -180))).toBe('within180');
    expect(bucketOn(addDays(X, -91))).toBe('within180');
    expect(bucketOn(addDays(X, -90))).toBe('within90');
    expect(bucketOn(X)).toBe('within90');
  });

  it('lists it as lapsed from X+1 for twelve months, then no more', () => {
    expect(bucketOn(addDays(X, 1))).toBe('lapsed');
    expect(bucketOn('2024-11-16')).toBe('lapsed');
    expect(bucketOn('2024-11-17')).toBeUndefined();
  });

  it('takes a product off the list once a renewal signed before X is in force', () => {
    const renewal = decision({ decision: '88/QĐ-UBND', signed: '2023-10-01', kind: 'renewed' });
    expect(bucketOn('2023-09-30', [first, renewal])).toBe('within90');
    expect(bucketOn('2023-10-01', [first, renewal])).toBeUndefined();
    expect(bucketOn(addDays(X, 1), [first, renewal])).toBeUndefined();
  });

  it('lists a revoked certificate under revoked, not lapsed', () => {
    const revoked = decision({ revoked: { date: '2022-05-10', decision: '1200/QĐ-UBND', reason: 'vi phạm' } });
    expect(bucketOn('2022-05-09', [revoked])).toBeUndefined();
    expect(bucketOn('2022-05-10', [revoked])).toBe('revoked');
    expect(bucketOn('2023-05-10', [revoked])).toBe('revoked');
    expect(bucketOn('2023-05-11', [revoked])).toBeUndefined();
  });

  it('does not list a product whose only decision is signed after today', () => {
    expect(bucketOn('2020-11-15')).toBeUndefined();
  });
});

describe('renewals due lists', () => {
  it('come in the order offices act on them', () => {
    expect(DUE_BUCKETS).toEqual(['within90', 'within180', 'lapsed', 'revoked']);
  });
});

describe('change feed', () => {
  it('lists an expiry once, even when a later decision with a shorter validity lapsed first', () => {
    const short = decision({ decision: '5/QĐ-UBND', signed: '2021-01-10', kind: 'renewed', validUntil: '2022-01-01' });
    expect(changesOn('2024-06-01', [first, short])).toEqual([
      '2020-11-16 new 2919/QĐ-UBND',
      '2021-01-10 renewed 5/QĐ-UBND',
      '2022-01-02 expired 5/QĐ-UBND',
    ]);
  });

  it('dates a new certificate on its signing day, never before', () => {
    expect(changesOn('2020-11-15')).toEqual([]);
    expect(changesOn('2020-11-16')).toEqual(['2020-11-16 new 2919/QĐ-UBND']);
  });

  it('lists an expiry from the day after the last valid day on, dated that day, and keeps it on later days', () => {
    expect(changesOn(X)).toEqual(['2020-11-16 new 2919/QĐ-UBND']);
    const after = ['2020-11-16 new 2919/QĐ-UBND', '2023-11-17 expired 2919/QĐ-UBND'];
    expect(changesOn(addDays(X, 1))).toEqual(after);
    expect(changesOn('2030-01-01')).toEqual(after);
  });

  it('shows a renewal in time as renewed, with no expiry; a late one after the expiry', () => {
    const onTime = decision({ decision: '88/QĐ-UBND', signed: '2023-10-01', kind: 'renewed' });
    expect(changesOn('2024-01-01', [first, onTime])).toEqual([
      '2020-11-16 new 2919/QĐ-UBND',
      '2023-10-01 renewed 88/QĐ-UBND',
    ]);
    const late = decision({ decision: '90/QĐ-UBND', signed: '2024-02-01', result: 4, kind: 'upgraded' });
    expect(changesOn('2024-03-01', [late, first])).toEqual([
      '2020-11-16 new 2919/QĐ-UBND',
      '2023-11-17 expired 2919/QĐ-UBND',
      '2024-02-01 upgraded 90/QĐ-UBND',
    ]);
  });

  it('lists a revocation on its day', () => {
    const revoked = decision({ revoked: { date: '2022-05-10', decision: '1200/QĐ-UBND', reason: 'vi phạm' } });
    expect(changesOn('2023-12-31', [revoked])).toEqual([
      '2020-11-16 new 2919/QĐ-UBND',
      '2022-05-10 revoked 2919/QĐ-UBND',
    ]);
  });
});
