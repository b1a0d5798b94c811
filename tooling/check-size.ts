/**
 * `npm test`'s size check: measures every budget in `size-budgets.ts` from the built packages
 * and fails when one is exceeded, saying the budget, the new figure and the figure recorded in
 * `tooling/size-record.json` (the last accepted one), so a reviewer sees what the change cost.
 *
 *   tsx tooling/check-size.ts            check (run after the packages are built)
 *   tsx tooling/check-size.ts --record   check, then record the new figures as accepted
 *
 * `npm test` runs the check as this package's `size` task, after the core and widgets builds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes } from './bundle-size.js';
import { BUDGETS } from './size-budgets.js';

const recordFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'size-record.json');
const recorded: Record<string, number> = existsSync(recordFile)
  ? (JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, number>)
  : {};

const figures: Record<string, number> = {};
const failures: string[] = [];
for (const budget of BUDGETS) {
  const { gzip } = await budget.measure();
  figures[budget.name] = gzip;
  const before = recorded[budget.name];
  const change =
    before === undefined
      ? 'not recorded before'
      : `was ${formatBytes(before)}, ${gzip - before >= 0 ? '+' : ''}${(gzip - before).toLocaleString('en-CA')} B`;
  const verdict = gzip <= budget.budget ? 'ok' : 'OVER BUDGET';
  console.log(
    `${verdict.padEnd(11)} ${budget.name}: ${formatBytes(gzip)} of ${formatBytes(budget.budget)} (${change})`,
  );
  if (gzip > budget.budget) {
    failures.push(
      `${budget.name} is ${formatBytes(gzip)}, over its budget of ${formatBytes(budget.budget)} ` +
        `(${budget.reason}); ${change}.`,
    );
  }
}

if (failures.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
if (process.argv.includes('--record')) {
  writeFileSync(recordFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Recorded in ${path.relative(process.cwd(), recordFile)}.`);
}
