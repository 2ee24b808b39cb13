import { describe, expect, inject, it } from 'vitest';
import { ANNEX_COLUMNS } from '../../src/lib/records/import/columns.ts';
import { readAnnex } from '../../src/lib/records/import/readAnnex.ts';
import { readCsv, readXlsx, type Sheet } from '../../src/lib/records/import/readSheet.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const { open } = withBrowser();

describe('blank annex templates on /data/', () => {
  for (const prefix of ['', '/en']) {
    it(`${prefix}/data/ links both templates, and each is a header the import reads as every column`, async () => {
      const page = await open(`${prefix}/data/`);
      const links = page.locator('[data-template] a');
      await expect(links.count()).resolves.toBe(2);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        const response = await fetch(base + href);
        expect(response.status, href).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const sheet: Sheet = href.endsWith('.xlsx')
          ? await readXlsx(bytes, href)
          : readCsv(new TextDecoder().decode(bytes), href);
        const annex = readAnnex(sheet);
        if (!('annex' in annex)) throw new Error(annex.problems.join('\n'));
        expect(Object.keys(annex.annex.letters).sort()).toEqual(ANNEX_COLUMNS.map((column) => column.key).sort());
      }
      await page.context().close();
    });
  }
});
