/**
 * Measures what a browser downloads, the same way everywhere (benchmarks and the size budgets
 * checked by `npm test`): minified, then gzipped at level 9.
 *
 * - `measureBundle`: bundles an entry with esbuild the way an app's bundler would (ESM,
 *   tree-shaken, browser conditions). Modules loaded with `import()` stay out of the figure,
 *   as an app's bundler splits them into chunks fetched only when needed.
 * - `measureFirstLoad`: a built file (the CDN build) plus every file it imports statically,
 *   that is, everything a page fetches before the module runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface BundleSize {
  /** Minified bytes. */
  minified: number;
  /** Minified then gzipped (level 9) bytes. */
  gzip: number;
}

/** Leaves every `import()` out of the bundle, as code splitting would. */
const dynamicImportsApart: Plugin = {
  name: 'dynamic-imports-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * @param contents Source of the entry module, e.g. `export { parseSummit } from '@gics/core'`.
 * @param resolveDir Folder whose `node_modules` resolve the entry's imports.
 */
export async function measureBundle(contents: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [dynamicImportsApart],
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** Static `import … from './x.js'` and `import './x.js'` of minified ESM; not `import()`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(['"])(\.{1,2}\/[^'"]+)\1/g;

/** `file` and the files it imports statically, each gzipped on its own, as a browser fetches them. */
export function measureFirstLoad(file: string): BundleSize & { files: string[] } {
  return measureFiles([file]);
}

/**
 * What a page fetches before its modules run: each of `entries` and the files they import
 * statically, each file counted once (a chunk two entries share is fetched once).
 */
export function measureFiles(entries: readonly string[]): BundleSize & { files: string[] } {
  const files: string[] = [];
  const visit = (current: string) => {
    if (files.includes(current)) return;
    files.push(current);
    const code = readFileSync(current, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      visit(path.resolve(path.dirname(current), match[2]!));
    }
  };
  for (const entry of entries) visit(path.resolve(entry));
  let minified = 0;
  let gzip = 0;
  for (const each of files) {
    const code = readFileSync(each);
    minified += code.byteLength;
    gzip += gzipSync(code, { level: 9 }).byteLength;
  }
  return { minified, gzip, files };
}

/** `12 345 B (12.1 KiB)`: exact bytes for comparisons, KiB for people. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-CA')} B (${(bytes / 1024).toFixed(1)} KiB)`;
}
