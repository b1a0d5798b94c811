/**
 * Size of what a browser app pays for the core: `parseSummit` plus the agenda functions,
 * imported from the built package the way a bundler would. Budget: 14 KiB min+gzip.
 * Writes `.bench/size.json` for the BENCHMARKS.md report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, measureBundle } from '../../../tooling/bundle-size.js';
import { CORE_AGENDA_ENTRY } from '../../../tooling/size-budgets.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const size = await measureBundle(CORE_AGENDA_ENTRY, packageDir);
mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'size.json'),
  JSON.stringify(
    [{ entry: '@gics/core: parseSummit + agenda functions', ...size, budget: 14 * 1024 }],
    null,
    2,
  ),
);
console.log(`parseSummit + agenda functions: ${formatBytes(size.gzip)} min+gzip`);
