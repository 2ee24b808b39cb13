/**
 * npm run import -- <annex.xlsx|annex.csv> --province <id> [--decision N --signed dd/mm/yyyy] [--write]
 * Imports a provincial decision's annex into content/ (or OCOP_CONTENT_DIR). A dry run unless --write is given.
 * Exit code: 0 all rows imported or unchanged, 1 some rows refused (the rest still imported with --write), 2 nothing
 * done (bad command or unreadable file). The logic is in src/lib/records/import/.
 */
import { today } from '../src/lib/core/clock.ts';
import { contentRoot } from '../src/lib/records/contentLayout.ts';
import { runImport } from '../src/lib/records/import/runImport.ts';

const run = await runImport(process.argv.slice(2), { root: contentRoot(), today: today() });
for (const line of run.lines) console.log(line);
for (const problem of run.problems) console.error(problem);
process.exitCode = run.exitCode;
