import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageBaseOf, imagesNoLongerShown, imageState, imageTally } from './imageState.ts';

describe('imageBaseOf', () => {
  it('names the image an Astro image file was made from: the copy and each size and format share it', () => {
    expect(imageBaseOf('_astro/gom-do-mang-thit.gpAMaLiI.jpg')).toBe('gom-do-mang-thit.gpAMaLiI');
    expect(imageBaseOf('_astro/gom-do-mang-thit.gpAMaLiI_289iWg.avif')).toBe('gom-do-mang-thit.gpAMaLiI');
    expect(imageBaseOf('_astro/gom-do-mang-thit.gpAMaLiI_Z26gt49.jpg')).toBe('gom-do-mang-thit.gpAMaLiI');
    expect(imageBaseOf('_astro/pool-21.Co84msId_ZKhpYr.jpg')).toBe('pool-21.Co84msId');
    // A hash may hold "_" or "-".
    expect(imageBaseOf('_astro/tra.a_b-cdef.webp')).toBe('tra.a_b-cdef');
    expect(imageBaseOf('_astro/tra.a_b-cdef_Zx2W6j.webp')).toBe('tra.a_b-cdef');
  });

  it('leaves out every other file', () => {
    expect(imageBaseOf('_astro/BaseLayout.CRYNrROq.css')).toBeUndefined();
    expect(imageBaseOf('_astro/search.Dk3kfJ2a.js')).toBeUndefined();
    expect(imageBaseOf('t/0009SDPV/qr.svg')).toBeUndefined();
    expect(imageBaseOf('icons/180.png')).toBeUndefined();
    expect(imageBaseOf('_astro/nested/x.gpAMaLiI.jpg')).toBeUndefined();
    expect(imageBaseOf('_astro/photo.jpg')).toBeUndefined();
  });
});

describe('imageState', () => {
  const tallyOf = (files: Record<string, string[]>) => {
    const { tally, add } = imageTally();
    for (const [file, bases] of Object.entries(files)) add(file, bases);
    return tally;
  };
  const shownBy = (state: ReturnType<typeof imageState>) =>
    Object.fromEntries(
      Object.entries(state.files).map(([file, indexes]) => [file, indexes.map((at) => state.bases[at])]),
    );

  it('keeps the files a partial check did not read, takes those it read, and drops those that show nothing now', () => {
    const before = imageState([
      tallyOf({ 'a/index.html': ['a.11111111', 'shared.22222222'] }),
      tallyOf({ 'b/index.html': ['b.33333333', 'shared.22222222'], 'c/index.html': ['c.44444444'] }),
    ]);
    const reread = tallyOf({ 'b/index.html': ['b.55555555', 'b.55555555'] });
    const after = imageState([reread], before, (file) => !['b/index.html', 'c/index.html'].includes(file));
    expect(shownBy(after)).toEqual({
      'a/index.html': ['a.11111111', 'shared.22222222'],
      'b/index.html': ['b.55555555'],
    });
  });

  describe('imagesNoLongerShown', () => {
    const dist = mkdtempSync(join(tmpdir(), 'ocop-images-'));
    afterAll(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, '_astro'));
    for (const name of [
      'b.33333333.jpg',
      'b.33333333_Zx2W6j.avif',
      'b.33333333_iIoGd.jpg',
      'b.55555555_289iWg.avif',
      'shared.22222222_Z4YeIp.webp',
      'c.44444444_uA4BG.webp',
      'never.66666666.jpg',
      'BaseLayout.33333333.css',
    ])
      writeFileSync(join(dist, '_astro', name), '');

    it('lists the files of the images that some page showed and none shows now, and only those', () => {
      const before = imageState([
        tallyOf({ 'a/index.html': ['shared.22222222'], 'b/index.html': ['b.33333333', 'shared.22222222'] }),
        tallyOf({ 'c/index.html': ['c.44444444'] }),
      ]);
      const after = imageState([tallyOf({ 'b/index.html': ['b.55555555', 'shared.22222222'] })], before, (file) =>
        ['a/index.html', 'c/index.html'].includes(file),
      );
      // b's photo replaced (b.3… → b.5…); c still shows its own; "never" was shown by no page and stays.
      expect(imagesNoLongerShown(dist, before, after)).toEqual([
        '_astro/b.33333333.jpg',
        '_astro/b.33333333_Zx2W6j.avif',
        '_astro/b.33333333_iIoGd.jpg',
      ]);
      const withoutC = imageState([], after, (file) => file !== 'c/index.html');
      expect(imagesNoLongerShown(dist, after, withoutC)).toEqual(['_astro/c.44444444_uA4BG.webp']);
      expect(imagesNoLongerShown(dist, after, after)).toEqual([]);
    });
  });
});
