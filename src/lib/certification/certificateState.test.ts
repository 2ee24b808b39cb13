import { describe, expect, it } from 'vitest';
import { decision } from '../../../tests/support/decision.ts';
import { certificateState, type decisionStatusOn, type stateOn, validUntilOf } from './certificateState.ts';
import { certificateCheckScript, decisionStatusOnSource, stateOnSource } from './certificateCheckScript.ts';

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

describe('certificateState at the edges a person would notice', () => {
  it('is certified on the day the decision is signed, and not the day before', () => {
    const onTheDay = certificateState([cert()], '2020-11-16');
    expect(onTheDay.state).toBe('valid');
    expect(onTheDay.certified).toBe(true);
    expect(onTheDay.current?.decision).toBe('2919/QĐ-UBND');
    const dayBefore = certificateState([cert()], '2020-11-15');
    expect(dayBefore.state).toBe('pending');
    expect(dayBefore.certified).toBe(false);
    expect(dayBefore.current).toBeUndefined();
    expect(dayBefore.result).toBeUndefined();
    expect(dayBefore.validUntil).toBeUndefined();
    expect(dayBefore.revokedOn).toBeUndefined();
    expect(dayBefore.history.map((h) => [h.status, h.validUntil])).toEqual([['pending', '2023-11-16']]);
  });

  it('makes a renewal signed today the current decision today', () => {
    const renewal = cert({ decision: '88/QĐ-UBND', signed: '2023-10-02', result: 4, kind: 'renewed' });
    const today = certificateState([cert(), renewal], '2023-10-02');
    expect(today.current?.decision).toBe('88/QĐ-UBND');
    expect(today.result).toBe(4);
    expect(today.certified).toBe(true);
    expect(today.history.map((h) => h.status)).toEqual(['superseded', 'valid']);
    const dayBefore = certificateState([cert(), renewal], '2023-10-01');
    expect(dayBefore.current?.decision).toBe('2919/QĐ-UBND');
    expect(dayBefore.history.map((h) => h.status)).toEqual(['expiring', 'pending']);
  });

  it('is not certified while its only decision is signed after today', () => {
    const state = certificateState([cert({ signed: '2030-01-01' })], '2026-11-23');
    expect(state.certified).toBe(false);
    expect(state.history.map((h) => h.status)).toEqual(['pending']);
  });

  it('shows a revoked decision as revoked in the history, and a later one as current', () => {
    const revoked = cert({ revoked: { date: '2022-05-10', decision: '1200/QĐ-UBND' } });
    const onlyRevoked = certificateState([revoked], '2022-06-01');
    expect(onlyRevoked.history.map((h) => h.status)).toEqual(['revoked']);
    const again = cert({ decision: '77/QĐ-UBND', signed: '2023-03-01', kind: 'new' });
    const state = certificateState([revoked, again], '2023-06-01');
    expect(state.state).toBe('valid');
    expect(state.revokedOn).toBeUndefined();
    expect(state.history.map((h) => h.status)).toEqual(['revoked', 'valid']);
  });

  it('calls a decision that lapsed before its renewal expired, not superseded (as the trace timeline tells it)', () => {
    const late = cert({ decision: '9/QĐ-UBND', signed: '2024-09-20', kind: 'renewed' });
    expect(certificateState([cert(), late], '2025-01-01').history.map((h) => h.status)).toEqual(['expired', 'valid']);
    const onTheLastDay = cert({ decision: '9/QĐ-UBND', signed: '2023-11-16', kind: 'renewed' });
    expect(certificateState([cert(), onTheLastDay], '2024-01-01').history.map((h) => h.status)).toEqual([
      'superseded',
      'valid',
    ]);
    // Before the late renewal is signed the old decision is simply expired; its next signing day is kept for the
    // page's re-check.
    const before = certificateState([cert(), late], '2024-06-01');
    expect(before.history.map((h) => [h.status, h.nextSigned])).toEqual([
      ['expired', '2024-09-20'],
      ['pending', undefined],
    ]);
  });

  it('takes the one written last as current when two decisions are signed on the same day', () => {
    const first = cert({ decision: '1/QĐ-UBND', result: 3 });
    const second = cert({ decision: '2/QĐ-UBND', result: 4, kind: 'upgraded' });
    expect(certificateState([first, second], '2021-01-01').current?.decision).toBe('2/QĐ-UBND');
    expect(certificateState([second, first], '2021-01-01').current?.decision).toBe('1/QĐ-UBND');
    expect(certificateState([second, first], '2021-01-01').history.map((h) => h.entry.decision)).toEqual([
      '2/QĐ-UBND',
      '1/QĐ-UBND',
    ]);
  });

  it('orders the history by signing day whatever order it is written in', () => {
    const a = cert({ decision: 'a', signed: '2018-01-01' });
    const b = cert({ decision: 'b', signed: '2020-11-16' });
    const c = cert({ decision: 'c', signed: '2023-10-01' });
    expect(certificateState([c, a, b], '2024-01-01').history.map((h) => h.entry.decision)).toEqual(['a', 'b', 'c']);
    expect(certificateState([b, c, a], '2024-01-01').history.map((h) => h.entry.decision)).toEqual(['a', 'b', 'c']);
  });
});

// Under mutation testing (OCOP_MUTATION, vitest.mutation.config.ts) the function's source carries Stryker's
// instrumentation, which calls helpers of the instrumented module that a rebuilt function cannot see; the rule itself
// is pinned by the tests above, which call it directly.
const underMutation = process.env['OCOP_MUTATION'] === '1';

describe('stateOn (the function the browser re-runs)', () => {
  it.skipIf(underMutation)('runs from its own source text, as the inline script embeds it', () => {
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

describe('decisionStatusOn (the history row the browser re-runs)', () => {
  it.skipIf(underMutation)('runs from its own source text, as the inline script embeds it', () => {
    const own = new Function(`return ${stateOnSource}`)() as typeof stateOn;
    const status = new Function(`return ${decisionStatusOnSource}`)() as typeof decisionStatusOn;
    const row = (today: string, revoked: string | null, next: string) =>
      status(own(today, '2020-11-16', '2023-11-16', revoked), today, '2023-11-16', revoked, next);
    // The current decision's row: expiring on its last day, expired the day after (as the headline says).
    expect(row('2023-11-16', null, '2024-09-20')).toBe('expiring');
    expect(row('2023-11-17', null, '2024-09-20')).toBe('expired');
    // Once a late renewal is signed, the old one stays "expired" (a gap); an in-time one makes it "superseded".
    expect(row('2024-09-20', null, '2024-09-20')).toBe('expired');
    expect(row('2023-10-02', null, '2023-10-02')).toBe('superseded');
    expect(row('2022-01-01', '2021-06-01', '2023-10-02')).toBe('revoked');
    expect(row('2020-11-15', null, '2023-10-02')).toBe('pending');
  });

  it.skipIf(underMutation)('is part of the page script, which re-checks history rows by it', () => {
    const script = certificateCheckScript();
    expect(script).toContain(decisionStatusOnSource);
    expect(script).toContain('if(d.nextSigned)s=decisionStatusOn(s,');
  });
});
