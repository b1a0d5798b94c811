/**
 * What the widgets' browser benchmarks share: the figures of a series of samples (in Vitest's
 * bench shape, which `tooling/write-benchmarks.ts` reads), an element's built define module
 * bundled for a page, and the browser they run in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A series of samples, in milliseconds, as Vitest's bench reports one. */
export interface Stats {
  name: string;
  median: number;
  mean: number;
  p75: number;
  p99: number;
  sampleCount: number;
}

export function stats(name: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    name,
    median: round(at(0.5)),
    mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
    p75: round(at(0.75)),
    p99: round(at(0.99)),
    sampleCount: samples.length,
  };
}

/**
 * `dist/define/<tag>.js` bundled with esbuild as an app ships it (production Lit, minified),
 * into a file of a temporary folder that `remove` deletes.
 */
export async function bundleElement(tag: string): Promise<{ file: string; remove: () => void }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), `${tag}-bench-`));
  const file = path.join(folder, `${tag}.js`);
  await build({
    stdin: {
      contents: `import ${JSON.stringify(path.join(packageDir, `dist/define/${tag}.js`))};`,
      resolveDir: packageDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: file,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Headless Chromium for the benchmarks. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Containers give /dev/shm a few megabytes; a large page's renderer outgrows it and the
    // browser closes without a crash report unless shared memory goes to /tmp instead.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
