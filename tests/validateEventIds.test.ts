import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/records/formatIssues.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';

describe('validator on event file names', () => {
  it('refuses an event named like an events listing page, which would hide it', () => {
    const { files } = readContentTree('tests/fixtures/events');
    const text = readFileSync('tests/fixtures/events/events/le-hoi-lang-nghe-hue-2025.md', 'utf8');
    const renamed = {
      file: 'content/events/calendar.md',
      collection: 'events' as const,
      id: 'calendar',
      folder: undefined,
      text,
    };
    const { errors } = validateCatalog([...files, renamed], { today: '2026-11-23', imageExists: () => true });
    expect(errors.map(formatProblem)).toEqual([
      'content/events/calendar.md: file name "calendar" is reserved for listing pages; choose another',
    ]);
  });
});
