/**
 * npm run validate — checks every record under the content root (OCOP_CONTENT_DIR, default content/) and prints
 * every problem, one line each, then exits 1 if there was any error. Warnings do not fail.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { today } from '../src/lib/core/clock.ts';
import { contentRoot } from '../src/lib/records/contentLayout.ts';
import { formatProblemForOffice } from '../src/lib/records/formatIssues.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';
import { parseCache } from './lib/parseCache.ts';

const root = contentRoot();
const quiet = process.argv.includes('--quiet');
const { files, problems } = readContentTree(root);
// What the YAML parser made of each record last time, one cache per content folder (scripts/lib/parseCache.ts).
const cache = parseCache(
  join(
    'node_modules/.cache/ocop-validate',
    `${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12)}.json`,
  ),
);
const result = validateCatalog(files, {
  today: today(),
  imageExists: (recordFile, src) => existsSync(resolve(dirname(recordFile), src)),
  parse: cache.parse,
});
cache.save();
// Grouped by file, so all the problems of one record are read together; within a file, in the order found.
const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const errors = [...problems, ...result.errors].sort(byFile);

if (!quiet)
  for (const warning of [...result.warnings].sort(byFile)) console.log(`warning: ${formatProblemForOffice(warning)}`);
for (const error of errors) console.error(formatProblemForOffice(error));

const summary = Object.entries(result.counts)
  .map(([name, count]) => `${count} ${name}`)
  .join(', ');
if (errors.length > 0) {
  console.error(
    `\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${root} (${summary}). Fix them and run npm run validate again.`,
  );
  if (errors.some((error) => error.field.includes('['))) {
    console.error(
      'Items in a list are counted from 0: certifications[0] is the first decision, images[1] the second photo.',
    );
  }
  process.exit(1);
}
console.log(
  `${root}: ${summary} — no errors, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}.`,
);
