/**
 * Writes the JSON Schemas of a summit data file and of a community document (see
 * `src/summit/json-schema.ts`):
 *
 *   tsx scripts/write-json-schema.ts dist/summit.schema.json [dist/community.schema.json]
 *
 * The build runs it after tsup (which empties `dist`), so the schema ships in the package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCommunityJsonSchema, buildSummitJsonSchema } from '../src/summit/json-schema.js';

function writeJson(outFile: string, json: unknown): void {
  const path = resolve(outFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

/** Writes the summit's schema to `outFile`, creating its folder if needed. */
export function writeSummitJsonSchema(outFile: string): void {
  writeJson(outFile, buildSummitJsonSchema());
}

/** Writes the community document's schema to `outFile`, creating its folder if needed. */
export function writeCommunityJsonSchema(outFile: string): void {
  writeJson(outFile, buildCommunityJsonSchema());
}

const isEntryPoint = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const [outFile, communityFile] = process.argv.slice(2);
  if (outFile) {
    writeSummitJsonSchema(outFile);
    if (communityFile) writeCommunityJsonSchema(communityFile);
  } else {
    process.stdout.write(`${JSON.stringify(buildSummitJsonSchema(), null, 2)}\n`);
  }
}
