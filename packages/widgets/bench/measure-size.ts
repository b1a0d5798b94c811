/**
 * What a page pays for each widget, minified and gzipped (see tooling/bundle-size.ts):
 * - the CDN files as a page fetches them before they run (the budgets `npm test` checks);
 * - each npm entry bundled by an app, with Lit and what it uses of @gics/core, its on-demand
 *   parts (importers, calendar export and dialog, newsletter providers) left to their chunks.
 * Writes `.bench/size.json` for BENCHMARKS.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, measureBundle } from '../../../tooling/bundle-size.js';
import { BUDGETS } from '../../../tooling/size-budgets.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NPM_ENTRIES = [
  { file: 'dist/define/gics-newsletter-signup.js', label: '@gics/widgets/newsletter-signup.js' },
  { file: 'dist/define/gics-agenda.js', label: '@gics/widgets/agenda.js' },
  { file: 'dist/define/gics-workshop-card.js', label: '@gics/widgets/workshop-card.js' },
  { file: 'dist/define/gics-theme-badge.js', label: '@gics/widgets/theme-badge.js' },
  { file: 'dist/define/gics-practices.js', label: '@gics/widgets/practices.js' },
  { file: 'dist/define/gics-practice-form.js', label: '@gics/widgets/practice-form.js' },
  { file: 'dist/define/gics-members.js', label: '@gics/widgets/members.js' },
  { file: 'dist/all.js', label: '@gics/widgets/all.js (every element)' },
];

const rows = [];
for (const budget of BUDGETS.filter((each) => !each.name.startsWith('@gics/core'))) {
  const size = await budget.measure();
  rows.push({ entry: `@gics/widgets CDN: ${budget.name}`, ...size, budget: budget.budget });
  console.log(`${budget.name}: ${formatBytes(size.gzip)} min+gzip`);
}
for (const entry of NPM_ENTRIES) {
  const absolute = path.join(packageDir, entry.file);
  if (!existsSync(absolute)) continue;
  const size = await measureBundle(`import ${JSON.stringify(absolute)};`, packageDir);
  rows.push({
    entry: `${entry.label}, bundled by an app`,
    minified: size.minified,
    gzip: size.gzip,
  });
  console.log(`${entry.label}: ${formatBytes(size.gzip)} min+gzip`);
}
mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(path.join(packageDir, '.bench', 'size.json'), JSON.stringify(rows, null, 2));
