import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { IsoDate } from '../../core/isoDate.ts';
import { readContentTree } from '../readContentTree.ts';
import { formatPlan } from './formatPlan.ts';
import { planImport, type ImportPlan } from './planImport.ts';
import { readAnnex } from './readAnnex.ts';
import { ImportFileError, readSheetFile, type Sheet } from './readSheet.ts';
import { readDate } from './values.ts';

export const USAGE = `npm run import -- <annex.xlsx|annex.csv> --province <id> [--decision 2919/QĐ-UBND --signed 16/11/2020] [--authority "UBND tỉnh …"] [--sheet <name>] [--write]

Reads a decision's annex and prints, per row, what it would create, update, leave unchanged or refuse.
Nothing is written without --write.`;

export interface ImportRun {
  /** Lines to print. */
  lines: string[];
  /** Problems with the command or the file as a whole (nothing imported). */
  problems: string[];
  plan?: ImportPlan;
  exitCode: number;
}

/**
 * Trace codes must be unpredictable from the product name, yet the dry run must show the codes --write will write.
 * So the codes are drawn from SHA-256 of the annex's bytes and the command (counter mode): the same file and
 * command give the same plan, a different file gives unrelated codes; codes already in the tree are skipped.
 */
export function hashRandom(seed: string): () => number {
  let block = Buffer.alloc(0);
  let offset = 0;
  let counter = 0;
  return () => {
    if (offset + 4 > block.length) {
      block = createHash('sha256').update(`${seed}#${counter}`).digest();
      counter += 1;
      offset = 0;
    }
    const value = block.readUInt32BE(offset) / 2 ** 32;
    offset += 4;
    return value;
  };
}

/** Writes exactly the planned files. */
export function writePlan(plan: ImportPlan): void {
  for (const [path, text] of plan.writes) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** The import command without process.argv / process.exit, so tests run it as the office does. */
export async function runImport(
  argv: readonly string[],
  context: { root: string; today: IsoDate; random?: () => number },
): Promise<ImportRun> {
  const fail = (...problems: string[]): ImportRun => ({ lines: [], problems, exitCode: 2 });
  const parse = () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        decision: { type: 'string' },
        signed: { type: 'string' },
        authority: { type: 'string' },
        sheet: { type: 'string' },
        write: { type: 'boolean', default: false },
      },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`give one annex file (got ${positionals.length})`);
  if (values.province === undefined) problems.push('--province is required: the province id, like hue or thai-nguyen');
  let signed: IsoDate | undefined;
  if (values.signed !== undefined) {
    const read = readDate(values.signed);
    if ('value' in read) signed = read.value;
    else problems.push(`--signed: ${read.problem}`);
  }
  if ((values.decision === undefined) !== (values.signed === undefined)) {
    problems.push('--decision and --signed go together: give both, or neither to read them from the title rows');
  }
  if (problems.length > 0 || values.province === undefined || positionals[0] === undefined) {
    return fail(...problems, '', USAGE);
  }

  let sheet: Sheet;
  try {
    sheet = await readSheetFile(positionals[0], values.sheet);
  } catch (error) {
    if (error instanceof ImportFileError) return fail(error.message);
    throw error;
  }
  const annex = readAnnex(sheet);
  if ('problems' in annex) return { lines: [], problems: annex.problems, exitCode: 2 };
  const tree = readContentTree(context.root);
  if (tree.problems.length > 0 && tree.files.length === 0) {
    return fail(...tree.problems.map((p) => `${p.file}: ${p.message}`));
  }
  let plan: ImportPlan;
  try {
    plan = planImport(annex.annex, tree.files, {
      root: context.root,
      province: values.province,
      ...(values.decision !== undefined ? { decision: values.decision } : {}),
      ...(signed !== undefined ? { signed } : {}),
      ...(values.authority !== undefined ? { authority: values.authority } : {}),
      today: context.today,
      random:
        context.random ??
        hashRandom(
          // Everything that shapes the plan except --write, so the dry run and the write draw the same codes.
          [
            sheet.digest ?? sheet.source,
            values.province,
            values.decision,
            values.signed,
            values.authority,
            values.sheet,
          ].join('|'),
        ),
      imageExists: (file, src) => existsSync(resolve(dirname(file), src)),
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('--province')) return fail(error.message);
    throw error;
  }
  if (values.write) writePlan(plan);
  const refused = plan.outcomes.some((outcome) => outcome.action === 'refuse');
  return { lines: formatPlan(plan, values.write), problems: [], plan, exitCode: refused ? 1 : 0 };
}
