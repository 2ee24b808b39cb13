import { describe, expect, it } from 'vitest';
import { hoistIslandStyle, styleInBody } from './islandStyles.ts';

const RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';
// What Astro 7 writes before the first island of a page.
const page = `<!doctype html><html><head><title>x</title><style>.a{color:red}</style></head><body><h1>x</h1><div class="mt-4"><style>${RULE}</style><script>1</script><astro-island>…</astro-island></div></body></html>`;

describe('hoistIslandStyle', () => {
  it('moves the island style from the body to the end of the head, once', () => {
    expect(styleInBody(page)).toBe(true);
    const fixed = hoistIslandStyle(page);
    expect(styleInBody(fixed)).toBe(false);
    expect(fixed).toContain(`<style>.a{color:red}</style><style>${RULE}</style></head>`);
    expect(fixed.match(/display:contents/g)).toHaveLength(1);
    expect(fixed).toContain('<div class="mt-4"><script>1</script><astro-island>');
    expect(hoistIslandStyle(fixed)).toBe(fixed);
  });

  it('leaves a page without islands as it is', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
    expect(styleInBody(plain)).toBe(false);
  });
});
