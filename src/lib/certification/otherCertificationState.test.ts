import { describe, expect, it } from 'vitest';
import { otherCertificationState } from './otherCertificationState.ts';

describe('otherCertificationState', () => {
  it('is expired from the day after its expiry date', () => {
    expect(otherCertificationState('2026-06-30', '2026-07-01')).toBe('expired');
    expect(otherCertificationState('2026-06-30', '2026-06-30')).toBe('expiring');
  });
  it('is valid when more than 90 days remain, expiring within them', () => {
    expect(otherCertificationState('2027-06-30', '2026-11-23')).toBe('valid');
    expect(otherCertificationState('2027-01-31', '2026-11-23')).toBe('expiring');
  });
});
