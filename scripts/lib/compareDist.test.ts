import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDist, cssRules } from './compareDist.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ocop-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (css: string, style: string, cid: string, extra = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-${cid}AAA=' 'sha256-B=';">` +
  `<link rel="stylesheet" href="/_astro/BaseLayout.${css}.css">${style}</head>` +
  `<body><p data-astro-cid-${cid}>Gạo hữu cơ${extra}</p></body></html>`;

describe('compareDist', () => {
  it('calls two builds the same when only hashed names, scope ids, style order and the export time differ', () => {
    const build = (hash: string, styles: string, cid: string, time: string) =>
      site({
        'index.html': page(hash, styles, cid),
        [`_astro/BaseLayout.${hash}.css`]: 'body{margin:0}',
        'data/products.json': `{\n  "generated": "${time}",\n  "products": []\n}`,
      });
    const first = build(
      'DqypBKu5',
      '<style>.a[x]{color:red}</style><style>.b[y]{color:blue}</style>',
      'abc1',
      '2026-12-03T07:34:15.867Z',
    );
    const second = build(
      'Zz9_-x1Q',
      '<style>.b[y]{color:blue}.a[x]{color:red}</style>',
      'ffe9',
      '2026-12-03T09:00:00.000Z',
    );
    expect(compareDist(first, second)).toEqual({ files: 3, differences: [] });
  });

  it('names every file whose words, rules or bytes differ, and files only one build has', () => {
    const first = site({
      'index.html': page('DqypBKu5', '<style>.a{color:red}</style>', 'abc12345'),
      'products/x/index.html': 'same',
      'products/y/index.html': 'only here',
    });
    const second = site({
      'index.html': page('DqypBKu5', '<style>.a{color:green}</style>', 'abc12345', ' (mẫu)'),
      'products/x/index.html': 'same',
      'products/z/index.html': 'new',
    });
    const { differences } = compareDist(first, second);
    expect(differences.map(({ path, kind }) => `${kind}: ${path}`).sort()).toEqual([
      'content differs: index.html',
      'only in first: products/y/index.html',
      'only in second: products/z/index.html',
    ]);
  });

  it('splits CSS into top-level rules, keeping an @media block whole', () => {
    expect(cssRules('.a{x:1}@media (min-width:40rem){.b{y:2}.c{z:3}}.d{w:4}')).toEqual([
      '.a{x:1}',
      '@media (min-width:40rem){.b{y:2}.c{z:3}}',
      '.d{w:4}',
    ]);
  });
});
