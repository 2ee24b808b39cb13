import { stateOn, type CertificateStateName } from './certificateState.ts';

/** No signing date is recorded for non-OCOP certifications; only their expiry counts. */
export const UNKNOWN_SIGNING = '0000-01-01';

/**
 * Whether a producer's other certification (VietGAP, HACCP, ISO 22000…) is still in force on a day. It uses the
 * same stateOn() rule as OCOP certificates (valid, expiring within 90 days, expired after the last day), so the
 * pages' inline re-check can update it in the visitor's browser too.
 */
export function otherCertificationState(
  expires: string,
  today: string,
): Extract<CertificateStateName, 'valid' | 'expiring' | 'expired'> {
  const state = stateOn(today, UNKNOWN_SIGNING, expires, null);
  return state === 'valid' || state === 'expiring' ? state : 'expired';
}
