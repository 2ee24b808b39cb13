import { describe, expect, it } from 'vitest';
import { unsafeExternalLinks } from './externalLinks.ts';

const site = 'https://ocop.example.vn';

describe('unsafeExternalLinks', () => {
  it('reports a link to another site without rel="noopener noreferrer", with or without a target', () => {
    const html = `
      <a href="https://zalo.me/0900000000">Zalo</a>
      <a href="//shop.example.com/x" target="_blank" rel="noopener">shop</a>
      <a href="https://osm.org/" rel="external noopener noreferrer">map</a>`;
    expect(unsafeExternalLinks(html, site)).toEqual(['https://zalo.me/0900000000', '//shop.example.com/x']);
  });

  it('leaves alone links within the site, relative links, mail, phone and fragments', () => {
    const html = `
      <a href="https://ocop.example.vn/en/">en</a><a href="/products/">all</a><a href="../x/">up</a>
      <a href="mailto:a@b.vn">mail</a><a href="tel:+84900000000">call</a><a href="#main">skip</a>`;
    expect(unsafeExternalLinks(html, site)).toEqual([]);
  });
});
