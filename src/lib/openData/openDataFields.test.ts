import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { OPEN_DATA_KINDS } from '../../schemas/openData.ts';
import { openDataFields } from './openDataFields.ts';

describe('openDataFields', () => {
  it('lists the fields of each published schema', () => {
    expect(openDataFields('product').map((f) => f.name)).toContain('certificate');
    expect(openDataFields('producer').find((f) => f.name === 'leadTimeDays')).toEqual({
      name: 'leadTimeDays',
      required: false,
    });
  });

  it('has a description in both languages for every field of every file, so the data page documents them all', () => {
    const missing = OPEN_DATA_KINDS.flatMap((kind) =>
      openDataFields(kind)
        .map((field) => `data.field.${kind}.${field.name}`)
        .filter((key) => !(key in vi) || !(key in en)),
    );
    expect(missing).toEqual([]);
  });
});
