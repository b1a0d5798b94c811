/**
 * Measures what a browser would download: bundles an entry with esbuild the way an app's
 * bundler would (ESM, minified, tree-shaken, browser conditions), then gzips it at level 9.
 * Used by the benchmarks and the size-budget checks so every figure is measured the same way.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  /** Minified bytes. */
  minified: number;
  /** Minified then gzipped (level 9) bytes. */
  gzip: number;
}

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
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** `12 345 B (12.1 KiB)`: exact bytes for comparisons, KiB for people. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-CA')} B (${(bytes / 1024).toFixed(1)} KiB)`;
}
