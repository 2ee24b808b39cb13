/**
 * GS1 check digit of a GTIN-8, -12, -13 or -14 (GS1 General Specifications §7.9.1): from the right, digits before the
 * check digit are weighted 3, 1, 3, 1…; the check digit brings the sum up to a multiple of ten.
 */
export function gtinCheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i += 1) {
    const digit = Number(digitsWithoutCheck[digitsWithoutCheck.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Lengths GS1 defines for a trade item number. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/**
 * What is wrong with a GTIN as printed under a barcode, or undefined when it is a valid GTIN-8/12/13/14.
 * The message is written for the person who typed it: which digit to expect.
 */
export function gtinProblem(value: string): string | undefined {
  if (!/^\d+$/.test(value) || !(GTIN_LENGTHS as readonly number[]).includes(value.length)) {
    return 'must be a GTIN of 8, 12, 13 or 14 digits, as printed under the barcode';
  }
  const expected = gtinCheckDigit(value.slice(0, -1));
  const written = Number(value.at(-1));
  if (expected !== written) {
    return `check digit is wrong: a GTIN-${value.length} starting ${value.slice(0, -1)} ends in ${expected}; check the number on the pack`;
  }
  return undefined;
}
