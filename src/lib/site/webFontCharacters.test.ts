import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { coveredCodePoints, toRanges, writeWebFonts } from '../../integrations/webFonts.ts';
import { readContentTree } from '../records/readContentTree.ts';
import { SYSTEM_FONT_SYMBOLS, uncoveredCharacters, unicodeRange, webFontCodePoints } from './webFontCharacters.ts';

describe('the web font cut', () => {
  const covered = coveredCodePoints();
  const drawn = new Set([...covered, ...[...SYSTEM_FONT_SYMBOLS].map((char) => char.codePointAt(0) as number)]);

  it('finds the characters a text has outside the cut, once each, ignoring controls', () => {
    expect(uncoveredCharacters('Mañana\tñ\n Đồng Tháp ₫ – “x”')).toEqual(['ñ']);
    expect(uncoveredCharacters('Phở Hà Nội')).toEqual([]);
  });

  it('draws every Vietnamese letter, precomposed and as NFD, and the currency and punctuation the site prints', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
    const text = `${letters}${letters.toUpperCase()} 1.234.567 ₫ – — … “ ” ‘ ’ · × § ° ≤ ≥ −`;
    expect(uncoveredCharacters(text, covered)).toEqual([]);
    expect(uncoveredCharacters(text.normalize('NFD'), covered)).toEqual([]);
    expect(
      uncoveredCharacters(
        new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(125000),
        covered,
      ),
    ).toEqual([]);
  });

  it('covers every character of the interface strings, in both languages', () => {
    expect(uncoveredCharacters(Object.values(vi).join(' '), drawn)).toEqual([]);
    expect(uncoveredCharacters(Object.values(en).join(' '), drawn)).toEqual([]);
  });

  it('covers every character of the sample records (a new letter must be added to webFontCharacters.ts)', () => {
    const { files } = readContentTree(join(import.meta.dirname, '../../../content'));
    expect(files.length).toBeGreaterThan(50);
    const missing = files.flatMap((file) =>
      uncoveredCharacters(file.text, drawn).map((char) => `${file.file}: ${char}`),
    );
    expect(missing).toEqual([]);
  });

  it('declares exactly what it covers as the unicode-range, and writes one small file per weight', async () => {
    expect(toRanges([0x41, 0x20, 0x42, 0x43, 0x45])).toEqual([
      [0x20, 0x20],
      [0x41, 0x43],
      [0x45, 0x45],
    ]);
    expect(
      unicodeRange([
        [0x20, 0x7e],
        [0xa0, 0xa0],
      ]),
    ).toBe('U+20-7E, U+A0');
    // The font has every character asked for but none of the symbols left to the system font.
    expect([...webFontCodePoints()].filter((cp) => !covered.has(cp))).toEqual([]);
    expect([...SYSTEM_FONT_SYMBOLS].filter((char) => covered.has(char.codePointAt(0) as number))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'ocop-fonts-'));
    try {
      const { files } = await writeWebFonts(dir);
      expect(files).toEqual(['be-vietnam-pro-400.woff2', 'be-vietnam-pro-700.woff2']);
      for (const name of files) {
        const bytes = readFileSync(join(dir, name));
        expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
        expect(bytes.length).toBeLessThan(20_000);
      }
      const css = readFileSync(join(dir, 'be-vietnam-pro.css'), 'utf8');
      expect(css.match(/font-display: swap/g)).toHaveLength(2);
      expect(css).toContain(`unicode-range: ${unicodeRange(toRanges(covered))};`);
      expect(css).toContain('U+1EA0-1EF9');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
