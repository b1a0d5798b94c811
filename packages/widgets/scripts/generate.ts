/**
 * Writes the files of @gics/widgets that are derived from one hand-written description:
 *
 * - from `custom-elements.json` (the elements' classes and JSDoc, read by `cem analyze`):
 *   `src/define/<tag>.ts`, `src/all.ts`, `src/jsx/elements.ts`, the CDN's element list
 *   `src/cdn/elements.ts` and the define modules' subpath exports in `package.json`
 *   (`surface.ts`);
 * - from the token table `src/styles/design-tokens.ts`: `src/styles/tokens.ts`, and the rules
 *   a server adds to pre-rendered elements, `src/styles/declared-scheme.ts` (`token-styles.ts`);
 * - from Natural Earth's outline (the `world-atlas` package): the member map's
 *   `src/members/world.generated.ts` (`world-map.ts`).
 *
 *   npm run generate                     cem analyze, then write every file
 *   tsx scripts/generate.ts --check      fail, naming the stale files, when one differs
 *
 * The check runs in `npm test` after the build (which writes `custom-elements.json`). Output
 * goes through Prettier with the repository's settings, so generated files pass the format
 * check as they are.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import {
  allModule,
  cdnElementsModule,
  defineModule,
  jsxModule,
  packageExports,
  readElements,
  type Manifest,
} from './surface.js';
import { declaredSchemeModule, tokensModule } from './token-styles.js';
import { worldMapModule } from './world-map.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const manifestFile = path.join(packageDir, 'custom-elements.json');
if (!existsSync(manifestFile)) {
  console.error('custom-elements.json is missing: run `npx cem analyze` (or the build) first.');
  process.exit(1);
}
const elements = readElements(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest);

const packageJsonFile = path.join(packageDir, 'package.json');
const packageJson = JSON.parse(readFileSync(packageJsonFile, 'utf8')) as {
  exports: Record<string, unknown>;
};
packageJson.exports = packageExports(packageJson.exports, elements);

/** Package-relative path → unformatted content. */
const files = new Map<string, string>([
  ...elements.map((element) => [`src/define/${element.tag}.ts`, defineModule(element)] as const),
  ['src/all.ts', allModule(elements)],
  ['src/jsx/elements.ts', jsxModule(elements)],
  ['src/cdn/elements.ts', cdnElementsModule(elements)],
  ['src/styles/tokens.ts', tokensModule()],
  ['src/styles/declared-scheme.ts', declaredSchemeModule()],
  ['src/members/world.generated.ts', worldMapModule()],
  ['package.json', JSON.stringify(packageJson, null, 2)],
]);

const stale: string[] = [];
for (const [file, content] of files) {
  const absolute = path.join(packageDir, file);
  const options = await prettier.resolveConfig(absolute);
  const formatted = await prettier.format(content, { ...options, filepath: absolute });
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (current === formatted) continue;
  stale.push(file);
  if (!check) writeFileSync(absolute, formatted);
}

// A define module whose element is gone.
const defineDir = path.join(packageDir, 'src', 'define');
for (const file of readdirSync(defineDir)) {
  if (files.has(`src/define/${file}`)) continue;
  stale.push(`src/define/${file}`);
  if (!check) rmSync(path.join(defineDir, file));
}

if (check && stale.length > 0) {
  console.error(
    `Generated files differ from what custom-elements.json and the token table give:\n- ${stale.join('\n- ')}\n` +
      'Run `npm run generate` in packages/widgets and commit the result.',
  );
  process.exit(1);
}
console.log(
  stale.length === 0
    ? `Generated files are up to date (${files.size}).`
    : `Wrote ${stale.join(', ')}.`,
);
