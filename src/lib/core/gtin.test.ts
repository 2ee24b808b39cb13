import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, gtinProblem } from './gtin.ts';

describe('gtinProblem', () => {
  it('accepts real GTINs of every length GS1 defines', () => {
    // GS1's worked examples, a common EAN-13 and one with Vietnam's prefix 893.
    for (const gtin of ['96385074', '036000291452', '8934563138165', '4006381333931', '10614141000415']) {
      expect(gtinProblem(gtin)).toBeUndefined();
    }
  });

  it('names the check digit it expected', () => {
    expect(gtinProblem('8934563138164')).toMatchInlineSnapshot(
      `"check digit is wrong: a GTIN-13 starting 893456313816 ends in 5; check the number on the pack"`,
    );
    expect(gtinCheckDigit('893456313816')).toBe(5);
  });

  it('refuses other lengths and non-digits', () => {
    for (const bad of ['1234567', '12345678901', '123456789012345', '893456313816X', '']) {
      expect(gtinProblem(bad)).toBe('must be a GTIN of 8, 12, 13 or 14 digits, as printed under the barcode');
    }
  });
});
