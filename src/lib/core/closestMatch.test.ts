import { describe, expect, it } from 'vitest';
import { closestMatch } from './closestMatch.ts';

describe('closestMatch', () => {
  it('finds a field or id with one letter wrong, missing, extra or two swapped', () => {
    expect(closestMatch('phnoe', ['person', 'phone', 'email'])).toBe('phone');
    expect(closestMatch('htx-an-loo', ['htx-an-lo', 'htx-tai-hoan'])).toBe('htx-an-lo');
    expect(closestMatch('sigend', ['decision', 'signed'])).toBe('signed');
    expect(closestMatch('Signed', ['signed'])).toBe('signed');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('htx-khong-co', ['htx-an-lo', 'htx-tai-hoan'])).toBeUndefined();
    expect(closestMatch('abc', ['xyz'])).toBeUndefined();
    expect(closestMatch('hue', [])).toBeUndefined();
  });
});
