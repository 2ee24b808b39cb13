/**
 * node scripts/bench-import.ts [rows] — times `npm run import` on a generated annex of N rows (default 2,000) against
 * a copy of content/ in a temp folder: the dry run, the --write run and the rerun (a no-op). Sample data only.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/lib/records/import/runImport.ts';
import { benchWorkbook } from './lib/importWorkbooks.ts';

const rows = Number(process.argv[2] ?? 2000);
const work = mkdtempSync(join(tmpdir(), 'ocop-bench-import-'));
try {
  const root = join(work, 'content');
  cpSync('content', root, { recursive: true });
  const file = join(work, `annex-${rows}.xlsx`);
  writeFileSync(file, Buffer.from(await benchWorkbook(rows).xlsx.writeBuffer()));
  const timed = async (label: string, args: string[]) => {
    const start = performance.now();
    const run = await runImport([file, '--province', 'hue', ...args], { root, today: '2026-11-23' });
    const seconds = (performance.now() - start) / 1000;
    const counts: Record<string, number> = {};
    for (const outcome of run.plan?.outcomes ?? []) counts[outcome.action] = (counts[outcome.action] ?? 0) + 1;
    console.log(
      `${label}: ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s ${JSON.stringify(counts)}`,
    );
  };
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  await timed('dry run', []);
  await timed('--write', ['--write']);
  await timed('rerun  ', []);
} finally {
  rmSync(work, { recursive: true, force: true });
}
