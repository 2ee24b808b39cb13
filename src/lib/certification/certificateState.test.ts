import { describe, expect, it } from 'vitest';
import { decision } from '../../../tests/support/decision.ts';
import { certificateState, type stateOn, validUntilOf } from './certificateState.ts';
import { stateOnSource } from './certificateCheckScript.ts';

const cert = decision;

describe('certificateState', () => {
  it('is valid for 36 months from signing, through the last day', () => {
    expect(validUntilOf(cert())).toBe('2023-11-16');
    expect(certificateState([cert()], '2021-01-01').state).toBe('valid');
    expect(certificateState([cert()], '2023-11-16').state).toBe('expiring');
    expect(certificateState([cert()], '2023-11-16').certified).toBe(true);
  });

  it('flips on the day after the last valid day, not before', () => {
    expect(certificateState([cert()], '2023-11-15').state).toBe('expiring');
    expect(certificateState([cert()], '2023-11-16').state).toBe('expiring');
    const after = certificateState([cert()], '2023-11-17');
    expect(after.state).toBe('expired');
    expect(after.certified).toBe(false);
    expect(after.result).toBe(3);
  });

  it('warns 90 days ahead: day 91 is valid, day 90 is expiring', () => {
    expect(certificateState([cert()], '2023-08-17').state).toBe('valid');
    expect(certificateState([cert()], '2023-08-18').state).toBe('expiring');
  });

  it('clamps 29 February to the end of February 36 months later', () => {
    expect(validUntilOf(cert({ signed: '2020-02-29' }))).toBe('2023-02-28');
  });

  it('uses the validity the decision states when it states one', () => {
    const state = certificateState([cert({ validUntil: '2022-12-31' })], '2023-01-01');
    expect(state.state).toBe('expired');
    expect(state.validUntil).toBe('2022-12-31');
  });

  it('takes a renewal as the current decision and marks the old one superseded', () => {
    const renewed = certificateState(
      [cert(), cert({ decision: '88/QĐ-UBND', signed: '2023-10-02', kind: 'renewed' })],
      '2025-01-01',
    );
    expect(renewed.state).toBe('valid');
    expect(renewed.current?.decision).toBe('88/QĐ-UBND');
    expect(renewed.validUntil).toBe('2026-10-02');
    expect(renewed.history.map((h) => h.status)).toEqual(['superseded', 'valid']);
  });

  it('takes an upgrade as the current result, whatever order the history is written in', () => {
    const upgraded = certificateState(
      [
        cert({ decision: '5/QĐ-BNN', signed: '2021-09-01', level: 'central', result: 5, kind: 'upgraded' }),
        cert({ result: 4 }),
      ],
      '2022-01-01',
    );
    expect(upgraded.result).toBe(5);
    expect(upgraded.history.map((h) => h.entry.result)).toEqual([4, 5]);
  });

  it('reports a revocation from its date on, even inside the 36 months', () => {
    const revoked = cert({ revoked: { date: '2022-05-10', decision: '1200/QĐ-UBND' } });
    expect(certificateState([revoked], '2022-05-09').state).toBe('valid');
    const state = certificateState([revoked], '2022-05-10');
    expect(state.state).toBe('revoked');
    expect(state.certified).toBe(false);
    expect(state.revokedOn).toBe('2022-05-10');
  });

  it('does not count a decision signed after today', () => {
    const state = certificateState([cert(), cert({ signed: '2024-01-10', result: 4, kind: 'upgraded' })], '2023-12-01');
    expect(state.result).toBe(3);
    expect(state.history.at(-1)?.status).toBe('pending');
    expect(certificateState([cert({ signed: '2030-01-01' })], '2026-11-23').state).toBe('pending');
  });
});

describe('stateOn (the function the browser re-runs)', () => {
  it('runs from its own source text, as the inline script embeds it', () => {
    const rebuilt = new Function(`return ${stateOnSource}`)() as typeof stateOn;
    expect(stateOnSource).not.toContain('EXPIRING_WITHIN_DAYS');
    // 90 days before the last valid day is the first day of "expiring"; the day before it is still "valid".
    expect(rebuilt('2023-08-18', '2020-11-16', '2023-11-16', null)).toBe('expiring');
    expect(rebuilt('2023-08-17', '2020-11-16', '2023-11-16', null)).toBe('valid');
    expect(rebuilt('2023-11-17', '2020-11-16', '2023-11-16', null)).toBe('expired');
    expect(rebuilt('2023-11-16', '2020-11-16', '2023-11-16', null)).toBe('expiring');
    expect(rebuilt('2021-11-16', '2020-11-16', '2023-11-16', '2021-11-01')).toBe('revoked');
  });
});
