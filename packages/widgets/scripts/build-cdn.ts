/**
 * The CDN build: minified ES modules with Lit and @gics/core inlined, for pages that load GICS
 * Kit from a `<script type="module">` with no build step. Runs after the npm build (see the
 * `build` script), writing into `dist/cdn/`:
 *
 * - `gics.js`: the autoloader (`src/cdn/autoloader.ts`), which loads the module of each element
 *   the page uses from next to itself;
 * - one module per element, named after its tag (`agenda.js` for `<gics-agenda>`, the list is
 *   `src/cdn/elements.ts`): the element's define module, self-contained but for Lit and the
 *   element layer. Each works pasted on its own, without `gics.js`;
 * - `chunks/lit-<hash>.js`: Lit and the element layer (`GicsElement`, its define helper, the
 *   design tokens), the one file every element module imports, so a page with several elements
 *   loads Lit once. It exports what the element modules and their on-demand modules import and
 *   nothing more: the element modules are bundled once in memory first, to learn those names;
 * - `chunks/<element>-<name>-<hash>.js`: what only some visits of an element need, imported
 *   with `import()`, with the words it shows (the feed importers, the summit parser, which an
 *   agenda reading `src` leaves to its load worker, the filtering, the workshop dialog, the
 *   grid, my agenda, the calendar download, live updates, each newsletter provider, the members
 *   map…);
 *   an `import()` of one starts the chunks it imports at the same moment, rather than once it
 *   has arrived (`preload-chunks.ts`);
 * - `load-worker.js` and its chunks: the agenda's load worker, started when `src` is loaded
 *   (`build-cdn-worker.ts`);
 * - `hydrate-support.js`: Lit's hydration, which the autoloader imports before the elements of a
 *   pre-rendered page and never otherwise (`build-cdn-hydrate.ts`).
 *
 * The size check (`tooling/size-budgets.ts`) fails when a page's first load imports the load
 * worker or the hydration support.
 *
 * Why one build per element rather than one build that splits the code shared between
 * elements: such a split cuts a page's first load into a file per set of elements sharing a
 * piece (ten files for the agenda), and each file boundary costs bytes (its own gzip
 * dictionary, the names it exports and imports) and a request. Grouping the shared code by
 * the set of elements that use it, the rest copied into each element, still adds a file per
 * such set to a page, and makes the agenda's, the members' and the practices' pages larger
 * (the practices' beyond its budget). Here a page fetches the autoloader, its element's module and the
 * Lit chunk; a page with several elements carries their common code once per element.
 *
 * Chunk names carry a hash of their content: a page never mixes an element module of one
 * release with a chunk of another that a cache kept under the same name.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'rolldown';
import MagicString from 'magic-string';
import { minifyLitTemplatesTransform } from '../../../tooling/minify-literals.js';
import { CDN_ELEMENTS } from '../src/cdn/elements.js';
import { buildCdnWorker } from './build-cdn-worker.js';
import { buildCdnHydrateSupport } from './build-cdn-hydrate.js';
import { cdnInput, cdnOutput, packageDir } from './cdn-options.js';
import { preloadChunks } from './preload-chunks.js';

const sourceDir = path.join(packageDir, 'src');
const outDir = path.join(packageDir, 'dist', 'cdn');

/** The Lit modules the elements import, as they import them. */
const LIT_MODULES = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directives/guard.js',
  'lit/directives/repeat.js',
];

/**
 * The element layer every element stands on: the base class, its define helper and the design
 * tokens. The other helpers of `src/internal/` go into the elements that use them (the
 * newsletter signup uses none of the agenda's, for instance).
 */
const layerFiles = [
  path.join(sourceDir, 'internal', 'gics-element.ts'),
  path.join(sourceDir, 'internal', 'define-element.ts'),
  path.join(sourceDir, 'styles', 'tokens.ts'),
];

/** Whether an import (`lit/…`, or a layer module by its resolved path) comes from the Lit chunk. */
function isLayerImport(specifier: string, importer: string | undefined): boolean {
  if (/^(?:lit|@lit\/[\w-]+)(?:\/|$)/.test(specifier)) return true;
  if (!specifier.startsWith('.') || !importer) return false;
  const resolved = path.resolve(path.dirname(importer), specifier).replace(/\.js$/, '.ts');
  return layerFiles.includes(resolved);
}

rmSync(outDir, { recursive: true, force: true });

await build({
  ...cdnInput,
  input: { gics: 'src/cdn/autoloader.ts' },
  output: { ...cdnOutput, dir: outDir, entryFileNames: '[name].js' },
});

/** Where element modules import Lit and the layer from while they are bundled. */
const LAYER_IMPORT = 'gics:lit-layer';
/** The Lit chunk's entry: the names the element modules import, out of `LAYER_MODULES`. */
const LAYER_ENTRY = '\0gics-layer';
/** Every export of Lit and of the layer's modules. */
const LAYER_MODULES = '\0gics-layer-modules';
/**
 * Points every import of Lit or of a layer module at the Lit chunk: an external module named
 * `LAYER_IMPORT` while bundling, written as the path of `layerFile` (the Lit chunk, when it is
 * built) relative to each output file (element modules sit above `chunks/`, their on-demand
 * modules in it).
 */
const fromLayer = (layerFile: string | undefined): Plugin => ({
  name: 'gics-from-layer',
  resolveId: (specifier, importer) =>
    isLayerImport(specifier, importer) ? { id: LAYER_IMPORT, external: true } : null,
  renderChunk(code, chunk) {
    if (!layerFile || !code.includes(LAYER_IMPORT)) return null;
    const from = path.dirname(path.join(outDir, chunk.fileName));
    const relative = path.relative(from, layerFile).split(path.sep).join('/');
    const target = relative.startsWith('.') ? relative : `./${relative}`;
    const edited = new MagicString(code);
    for (const match of code.matchAll(new RegExp(`(["'])${LAYER_IMPORT}\\1`, 'g'))) {
      edited.update(match.index + 1, match.index + 1 + LAYER_IMPORT.length, target);
    }
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
});

/** The names of Lit and the layer that `code` (a minified output file) imports. */
function layerNamesIn(code: string): string[] {
  const names: string[] = [];
  const from = new RegExp(
    `import\\{([^}]*)\\}from"(?:${LAYER_IMPORT}|[./]*chunks/lit-[\\w-]+\\.js)"`,
    'g',
  );
  for (const [, bindings] of code.matchAll(from)) {
    names.push(...bindings!.split(',').map((binding) => binding.split(' as ')[0]!.trim()));
  }
  return names;
}

/**
 * Builds every element module (and its on-demand modules), written into `outDir` importing
 * `layerFile`, or in memory only when there is no Lit chunk yet; returns the names of Lit and
 * the layer they import.
 */
async function buildElements(layerFile?: string): Promise<Set<string>> {
  const imported = new Set<string>();
  for (const [tag, file] of Object.entries(CDN_ELEMENTS)) {
    const name = file.replace(/\.js$/, '');
    const result = await build({
      ...cdnInput,
      input: { [name]: `src/define/${tag}.ts` },
      plugins: [minifyLitTemplatesTransform(), fromLayer(layerFile), preloadChunks()],
      // Code an element module shares with its on-demand modules stays in the element module,
      // which exports it to them, rather than moving to one more file every page fetches.
      preserveEntrySignatures: 'allow-extension',
      write: layerFile !== undefined,
      output: {
        ...cdnOutput,
        dir: outDir,
        entryFileNames: '[name].js',
        chunkFileNames: `chunks/${name}-[name]-[hash].js`,
      },
    });
    for (const chunk of result.output) {
      if (chunk.type === 'chunk') for (const each of layerNamesIn(chunk.code)) imported.add(each);
    }
  }
  return imported;
}

// The element modules are bundled once in memory to learn which names of Lit and the layer they
// import: the Lit chunk exports those and nothing else, so no page downloads a part of Lit
// that no element uses.
const wanted = await buildElements();
const layerModulesSource = [...LIT_MODULES, ...layerFiles]
  .map((module) => `export * from ${JSON.stringify(module)};`)
  .join('\n');
const layerSource = `export { ${[...wanted].sort().join(', ')} } from ${JSON.stringify(LAYER_MODULES)};`;
const layerBuild = await build({
  ...cdnInput,
  input: { lit: LAYER_ENTRY },
  plugins: [
    minifyLitTemplatesTransform(),
    {
      name: 'gics-layer-entry',
      resolveId: (id) => (id === LAYER_ENTRY || id === LAYER_MODULES ? id : null),
      load: (id) =>
        id === LAYER_ENTRY ? layerSource : id === LAYER_MODULES ? layerModulesSource : null,
    } satisfies Plugin,
  ],
  // Every export stays: the element modules import them by name.
  preserveEntrySignatures: 'strict',
  output: { ...cdnOutput, dir: path.join(outDir, 'chunks'), entryFileNames: '[name]-[hash].js' },
});
const layerChunk = layerBuild.output[0];
const layerFile = path.join(outDir, 'chunks', layerChunk.fileName);
const layerExports = new Set(layerChunk.type === 'chunk' ? layerChunk.exports : []);

const imported = await buildElements(layerFile);
// A name the Lit chunk does not export would fail only in a browser: fail the build instead.
const missing = [...imported].filter((each) => !layerExports.has(each));
if (missing.length > 0) {
  throw new Error(
    `The element modules import ${missing.join(', ')}, which the Lit chunk does not export.`,
  );
}

await buildCdnWorker(packageDir, outDir);
await buildCdnHydrateSupport(outDir);
