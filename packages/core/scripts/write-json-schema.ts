/**
 * Writes the JSON Schema of a summit data file (see `src/summit/json-schema.ts`):
 *
 *   tsx scripts/write-json-schema.ts dist/summit.schema.json
 *
 * The build runs it after tsup (which empties `dist`), so the schema ships in the package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSummitJsonSchema } from '../src/summit/json-schema.js';

/** Writes the schema to `outFile`, creating its folder if needed. */
export function writeSummitJsonSchema(outFile: string): void {
  const path = resolve(outFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(buildSummitJsonSchema(), null, 2)}\n`);
}

const isEntryPoint = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const [outFile] = process.argv.slice(2);
  if (outFile) {
    writeSummitJsonSchema(outFile);
  } else {
    process.stdout.write(`${JSON.stringify(buildSummitJsonSchema(), null, 2)}\n`);
  }
}
