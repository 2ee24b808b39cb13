import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it('lets every page be crawled but the editor, and names the sitemap index by its absolute URL', () => {
    const text = robotsTxt('https://ocop.example.vn');
    const lines = text.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain('Disallow: /admin/');
    // A bare "Disallow: /" would hide the whole catalogue.
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain('Sitemap: https://ocop.example.vn/sitemap-index.xml');
    expect(text.endsWith('\n')).toBe(true);
  });
});
