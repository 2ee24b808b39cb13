import type { ImportPlan, RowAction } from './planImport.ts';

const VERB: Record<RowAction, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  refuse: 'REFUSE',
};

/** The dry run as the office reads it: one block per row, in sheet order, then a count of each action. */
export function formatPlan(plan: ImportPlan, written: boolean): string[] {
  const lines: string[] = [];
  const { decision, signed, authority, from } = plan.decisionDefaults;
  lines.push(`${plan.source} → province ${plan.province}`);
  lines.push(
    decision !== undefined || signed !== undefined
      ? `decision ${decision ?? '(none)'} signed ${signed ?? '(no date)'}${authority !== undefined ? ` by ${authority}` : ''}, from ${from}`
      : 'no decision in the title rows or on the command line: each row must have its own "Số quyết định" and "Ngày ký"',
  );
  const entries = [
    ...plan.outcomes.map((outcome) => ({ row: outcome.row, outcome })),
    ...plan.skipped.map((skip) => ({ row: skip.row, skip })),
  ].sort((a, b) => a.row - b.row);
  for (const entry of entries) {
    if ('skip' in entry) {
      lines.push(`row ${entry.row}: skipped: ${entry.skip.why}`);
      continue;
    }
    const { outcome } = entry;
    if (outcome.action === 'refuse') {
      lines.push(`row ${outcome.row}: REFUSE (nothing written for this row):`);
      for (const reason of outcome.reasons) lines.push(`    - ${reason}`);
      continue;
    }
    lines.push(`row ${outcome.row}: ${VERB[outcome.action]} ${outcome.file}: ${outcome.detail}`);
    if (outcome.newProducer !== undefined) {
      lines.push(
        `    + create ${outcome.newProducer.file}: ${JSON.stringify(outcome.newProducer.name)}, ${outcome.newProducer.type}`,
      );
    }
  }
  const count = (action: RowAction) => plan.outcomes.filter((outcome) => outcome.action === action).length;
  lines.push('');
  lines.push(
    `${plan.outcomes.length} product rows: ${count('create')} create, ${count('update')} update, ${count('unchanged')} unchanged, ${count('refuse')} refused; ${plan.writes.size} file${plan.writes.size === 1 ? '' : 's'} ${written ? 'written' : 'to write'}.`,
  );
  if (!written) {
    lines.push(
      plan.writes.size > 0
        ? 'Dry run: nothing was written. Check the lines above, then run the same command with --write.'
        : 'Nothing to write.',
    );
  } else {
    lines.push('Next: npm run validate, look at the changes (git diff), then commit them or open a pull request.');
  }
  if (count('refuse') > 0)
    lines.push(
      'Refused rows: correct them in the spreadsheet and run the import again; rows already imported stay unchanged.',
    );
  return lines;
}
