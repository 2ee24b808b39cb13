import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';
import { parseCache } from './parseCache.ts';

const good = '---\nname: Mè xửng\nstars: 4\n---\nNgon.\n';
const broken = '---\nname: "Mè xửng\n---\n';

describe('parseCache', () => {
  it('gives what parseRecord gives, from the cache for a file whose text is the same, and parses a changed one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parse-cache-')), 'cache.json');
    const first = parseCache(file);
    expect(first.parse('a.md', good)).toEqual(parseRecord('a.md', good));
    expect(first.parse('b.md', broken)).toEqual(parseRecord('b.md', broken));
    expect(first.stats()).toEqual({ cached: 0, parsed: 2 });
    first.save();

    const second = parseCache(file);
    expect(second.parse('a.md', good)).toEqual(parseRecord('a.md', good));
    expect(second.parse('b.md', broken)).toEqual(parseRecord('b.md', broken));
    const changed = good.replace('stars: 4', 'stars: 5');
    expect(second.parse('a.md', changed)).toEqual(parseRecord('a.md', changed));
    // The same text under another name is another record (its problems name its file).
    expect(second.parse('c.md', broken)).toEqual(parseRecord('c.md', broken));
    expect(second.stats()).toEqual({ cached: 2, parsed: 2 });
  });

  it('keeps what the parser said when the caller changes what it was given, and forgets files not asked for', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parse-cache-')), 'cache.json');
    const first = parseCache(file);
    first.parse('a.md', good);
    first.parse('gone.md', good);
    first.save();
    const second = parseCache(file);
    const result = second.parse('a.md', good);
    if ('record' in result) result.record.data['name'] = 'changed';
    second.save();
    const third = parseCache(file);
    expect(third.parse('a.md', good)).toEqual(parseRecord('a.md', good));
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { entries: object }).entries)).toEqual(['a.md']);
  });

  it('starts afresh from a cache it cannot read or one written by other parsing code', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parse-cache-')), 'cache.json');
    writeFileSync(file, '{ not json');
    expect(parseCache(file).parse('a.md', good)).toEqual(parseRecord('a.md', good));
    const forged = {
      code: 'other code',
      entries: { 'a.md': ['x', JSON.stringify({ record: { data: {}, body: '' } })] },
    };
    writeFileSync(file, JSON.stringify(forged));
    const cache = parseCache(file);
    expect(cache.parse('a.md', good)).toEqual(parseRecord('a.md', good));
    expect(cache.stats()).toEqual({ cached: 0, parsed: 1 });
  });
});
