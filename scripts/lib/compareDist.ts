import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { GENERATED_AT } from './mergeFolders.ts';

/**
 * Compares two built sites file by file, apart from what a build is free to change without changing what a visitor
 * gets: content-hashed asset names (`/_astro/ProductCard.Bx3f_a9Q.css`), Astro's scoped-style ids (a hash of the
 * component's path, `data-astro-cid-…`), the CSP hashes of inline code that follow from both, the order in which
 * Astro writes the inline `<style>` blocks of scoped component styles (their rules are compared as a set: each rule
 * is scoped to its own component's elements, so their order does not change what applies), and the build time stamp
 * of the open-data files (`"generated"`). Used to show that a restructuring changed no page, and that an incremental
 * or sharded build equals a full one.
 */

const TEXT = /\.(html|css|js|mjs|json|xml|svg|ics|txt|csv|webmanifest)$/;

/** Hashed names Astro and Vite give bundled assets: name.HASH.ext, HASH of 8 URL-safe characters. */
const ASSET_NAME = /([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{8}\.(css|js|mjs|woff2?|svg|png|jpe?g|webp|avif)\b/g;
const SCOPE_ID = /data-astro-cid-[a-z0-9]+/g;
/** A run of CSP source hashes: derived from the inline code, which is compared itself. */
const CSP_HASHES = /'sha(256|384|512)-[A-Za-z0-9+/=]+'( 'sha(256|384|512)-[A-Za-z0-9+/=]+')*/g;

export function normalisePath(path: string): string {
  return path.startsWith('_astro/') ? path.replace(ASSET_NAME, '$1.HASH.$2') : path;
}

const INLINE_STYLE = /<style>([^<]*)<\/style>/g;

/** Top-level CSS rules (an @media block counts as one rule). */
export function cssRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) rules.push(rest);
  return rules;
}

export function normaliseText(text: string, path = ''): string {
  let out = text
    .replace(ASSET_NAME, '$1.HASH.$2')
    .replace(SCOPE_ID, 'data-astro-cid-ID')
    .replace(CSP_HASHES, "'HASHES'");
  if (path.endsWith('.json')) out = out.replace(GENERATED_AT, '$1"TIME"');
  if (path.endsWith('.html')) {
    const rules: string[] = [];
    out = out.replace(INLINE_STYLE, (_whole, css: string) => {
      rules.push(...cssRules(css));
      return '';
    });
    if (rules.length > 0) out += `\n<!-- inline style rules, sorted:\n${rules.sort().join('\n')}\n-->`;
  }
  return out;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * A file's comparable content: normalised text for text files, a hash of the bytes for the rest. A precompressed
 * copy (.br, .gz) is compared by what it unpacks to: two compressors' settings may give other bytes for the same text.
 */
function fingerprint(root: string, path: string): string {
  let bytes = readFileSync(join(root, path));
  const compressed = /\.(br|gz)$/.exec(path);
  if (compressed) {
    bytes = compressed[1] === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
    path = path.slice(0, -compressed[0].length);
  }
  if (TEXT.test(path)) return normaliseText(bytes.toString('utf8'), path);
  return createHash('sha256').update(bytes).digest('hex');
}

export interface DistDifference {
  /** The normalised path of the file. */
  path: string;
  kind: 'only in first' | 'only in second' | 'content differs';
  /** For text files that differ: the first differing stretch of each side. */
  detail?: string;
}

export interface DistComparison {
  files: number;
  differences: DistDifference[];
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `at character ${i}:\n    first:  ${JSON.stringify(a.slice(from, i + 80))}\n    second: ${JSON.stringify(b.slice(from, i + 80))}`;
}

export function compareDist(first: string, second: string): DistComparison {
  const byName = (root: string) => {
    const map = new Map<string, string[]>();
    for (const path of listFiles(root)) {
      const key = normalisePath(path);
      map.set(key, [...(map.get(key) ?? []), path]);
    }
    return map;
  };
  const a = byName(first);
  const b = byName(second);
  const differences: DistDifference[] = [];
  for (const [path, names] of a) {
    const others = b.get(path);
    if (!others) {
      differences.push({ path, kind: 'only in first' });
      continue;
    }
    // Several assets may share a normalised name (two chunks both called index.HASH.js): compare them as sets.
    const left = names.map((name) => fingerprint(first, name)).sort();
    const right = others.map((name) => fingerprint(second, name)).sort();
    const i = left.findIndex((value, index) => value !== right[index]);
    if (left.length !== right.length || i !== -1) {
      const k = i === -1 ? 0 : i;
      differences.push({
        path,
        kind: 'content differs',
        ...(TEXT.test(path) ? { detail: firstDifference(left[k] ?? '', right[k] ?? '') } : {}),
      });
    }
  }
  for (const path of b.keys()) if (!a.has(path)) differences.push({ path, kind: 'only in second' });
  return { files: a.size, differences };
}
