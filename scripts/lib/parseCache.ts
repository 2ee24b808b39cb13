import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../../src/lib/core/writeFileAtomic.ts';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';

/**
 * What parseRecord made of each record file the last time, kept between runs of the validator: a record whose file
 * name and text are the same gives the same result, so only the records changed since are read again (the YAML
 * parser is two thirds of validating 30,000 records: about 12 of 18 s). The results are JSON (YAML's core schema
 * gives text, numbers, booleans, null, lists and maps). The cache is keyed by the code that parses (parseRecord, the
 * text normalisation, the YAML library's version): a change to any of them starts it afresh.
 */
type Parsed = ReturnType<typeof parseRecord>;

interface CacheFile {
  code: string;
  /** Each file's text hash and its result as JSON text: a caller changing what it got cannot change the cache. */
  entries: Record<string, [hash: string, json: string]>;
}

/** A hash of the code whose results the cache keeps. */
function parserCode(): string {
  const hash = createHash('sha256');
  for (const file of ['../../src/lib/records/parseRecord.ts', '../../src/lib/core/normalizeText.ts'])
    hash.update(readFileSync(new URL(file, import.meta.url)));
  const require = createRequire(import.meta.url);
  hash.update((JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string }).version);
  return hash.digest('hex');
}

export interface ParseCache {
  parse: typeof parseRecord;
  /** How many records were read from the cache and how many parsed. */
  stats: () => { cached: number; parsed: number };
  /** Writes the results of this run (only the files asked for: a removed record leaves the cache). */
  save: () => void;
}

export function parseCache(file: string): ParseCache {
  const code = parserCode();
  let previous: CacheFile['entries'] = {};
  if (existsSync(file)) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (stored.code === code) previous = stored.entries;
    } catch {
      // A cache that cannot be read is a cache that is empty.
    }
  }
  const entries: CacheFile['entries'] = {};
  let cached = 0;
  let parsed = 0;
  return {
    parse(recordFile, text) {
      const hash = createHash('sha1').update(text).digest('base64url');
      const known = previous[recordFile];
      if (known && known[0] === hash) {
        cached++;
        entries[recordFile] = known;
        return JSON.parse(known[1]) as Parsed;
      }
      parsed++;
      const result = parseRecord(recordFile, text);
      entries[recordFile] = [hash, JSON.stringify(result)];
      return result;
    },
    stats: () => ({ cached, parsed }),
    save() {
      if (parsed === 0 && Object.keys(entries).length === Object.keys(previous).length) return;
      writeFileAtomic(file, JSON.stringify({ code, entries } satisfies CacheFile));
    },
  };
}
