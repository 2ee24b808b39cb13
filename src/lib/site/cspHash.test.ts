import { describe, expect, it } from 'vitest';
import { cspHash } from './cspHash.ts';

describe('cspHash', () => {
  it('gives the source a browser computes for an inline script', () => {
    // The value Chromium prints in its CSP error for <script>alert(1)</script>.
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('changes with one character of the script', () => {
    expect(cspHash('alert(1);')).not.toBe(cspHash('alert(1)'));
  });
});
