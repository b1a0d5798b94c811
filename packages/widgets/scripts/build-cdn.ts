/**
 * The CDN build: minified ES modules with Lit and @gics/core inlined, for pages that load GICS
 * Kit from a `<script type="module">` with no build step. Runs after the npm build (see the
 * `build` script), writing into `dist/cdn/`:
 *
 * - `gics.js`: the autoloader (`src/cdn/autoloader.ts`), which loads the module of each element
 *   the page uses from next to itself;
 * - one module per element, named after its tag (`agenda.js` for `<gics-agenda>`, the list is
 *   `src/cdn/elements.ts`): the element's define module. Each works pasted on its own, without
 *   `gics.js`;
 * - `chunks/`: what those modules import. `chunks/lit-*.js` holds Lit and the shared element
 *   layer (`src/internal/`, the design tokens), one file that every element module imports, so
 *   a page with several elements loads Lit once; the other chunks are code that several modules
 *   share, and what only some visits need, imported with `import()` (the feed importers, the
 *   workshop dialog, the grid, my agenda, the calendar export, each newsletter provider).
 *
 * Chunk names carry a hash of their content: a page never mixes an element module of one
 * release with a chunk of another that a cache kept under the same name.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { minifyLitTemplatesTransform } from '../../../tooling/minify-literals.js';
import { CDN_ELEMENTS } from '../src/cdn/elements.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(packageDir, 'dist', 'cdn');

/** Lit's packages and the element layer every element stands on: the one shared chunk. */
const LAYER =
  /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|[\\/]widgets[\\/]src[\\/](?:internal[\\/]|styles[\\/]tokens\.ts$)/;

rmSync(outDir, { recursive: true, force: true });
await build({
  cwd: packageDir,
  input: {
    gics: 'src/cdn/autoloader.ts',
    ...Object.fromEntries(
      Object.entries(CDN_ELEMENTS).map(([tag, file]) => [
        file.replace(/\.js$/, ''),
        `src/define/${tag}.ts`,
      ]),
    ),
  },
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  // Code that element modules share with the modules they load on demand stays in the element
  // module, which exports it to them, rather than moving to one more file every page fetches.
  preserveEntrySignatures: 'allow-extension',
  transform: { target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' } },
  plugins: [minifyLitTemplatesTransform()],
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'es',
    minify: true,
    sourcemap: true,
    comments: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: { groups: [{ name: 'lit', test: LAYER }] },
  },
});
