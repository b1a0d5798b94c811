/**
 * What a page pays for each widget: the built define module bundled with Lit and what it uses
 * of @gics/core, minified and gzipped. Writes `.bench/size.json` for BENCHMARKS.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, measureBundle } from '../../../tooling/bundle-size.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Entry, and its budget in bytes (min+gzip) from the issues that introduced it. */
const ENTRIES = [
  {
    file: 'dist/define/gics-newsletter-signup.js',
    label: '<gics-newsletter-signup>',
    budget: 18 * 1024,
  },
  { file: 'dist/define/gics-agenda.js', label: '<gics-agenda>', budget: 32 * 1024 },
  { file: 'dist/define/gics-theme-badge.js', label: '<gics-theme-badge>', budget: 8 * 1024 },
  { file: 'dist/all.js', label: '@gics/widgets/all.js (every element)', budget: 40 * 1024 },
];

const rows = [];
for (const entry of ENTRIES) {
  const absolute = path.join(packageDir, entry.file);
  if (!existsSync(absolute)) continue;
  const size = await measureBundle(`import ${JSON.stringify(absolute)};`, packageDir);
  rows.push({ entry: `@gics/widgets: ${entry.label}`, ...size, budget: entry.budget });
  console.log(`${entry.label}: ${formatBytes(size.gzip)} min+gzip`);
}
mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(path.join(packageDir, '.bench', 'size.json'), JSON.stringify(rows, null, 2));
