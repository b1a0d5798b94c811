/**
 * How fast `<gics-agenda>` is in a real browser, measured the way a visitor meets it: the built
 * `dist/define/gics-agenda.js` bundled with esbuild (production Lit, as an app ships it), run in
 * headless Chromium, on a synthetic summit of 1,000 workshops.
 *
 *   first render       `.summit` set → `gics-agenda-load` → `updateComplete` → layout forced
 *
 * Writes `.bench/timings.json` in Vitest's bench shape; `tooling/write-benchmarks.ts` turns it
 * into BENCHMARKS.md. Needs `npm run build` first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { makeSyntheticSummit } from '../../core/bench/synthetic-summit.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RENDER_RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Stats {
  name: string;
  median: number;
  mean: number;
  p75: number;
  p99: number;
  sampleCount: number;
}

function stats(name: string, samples: number[]): Stats {
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

const temp = mkdtempSync(path.join(os.tmpdir(), 'gics-agenda-bench-'));
const bundle = path.join(temp, 'agenda.js');
await build({
  stdin: {
    contents: `import ${JSON.stringify(path.join(packageDir, 'dist/define/gics-agenda.js'))};`,
    resolveDir: packageDir,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: bundle,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Containers give /dev/shm a few megabytes; a large agenda's renderer outgrows it and the
  // browser closes without a crash report unless shared memory goes to /tmp instead.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const groups: Array<{ fullName: string; benchmarks: Stats[] }> = [];
try {
  // 10,000 workshops is not measured yet: the headless browser closes during that run (see the
  // KNOWN ISSUE below); the figure comes back once the list renders only what is visible.
  for (const count of [1000]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('crash', () => console.error('page crashed'));
    page.on('pageerror', (error) => console.error(error));
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ path: bundle, type: 'module' });
    await page.waitForFunction(() => customElements.get('gics-agenda') !== undefined);
    await page.evaluate((summit) => Object.assign(window, { __summit: summit }), {
      ...makeSyntheticSummit(count),
    });

    const renders: number[] = [];
    for (let run = 0; run < RENDER_RUNS; run += 1) {
      renders.push(
        await page.evaluate(async () => {
          document.body.replaceChildren();
          const summit = structuredClone((window as unknown as { __summit: unknown }).__summit);
          const agenda = document.createElement('gics-agenda');
          document.body.append(agenda);
          await agenda.updateComplete;
          const loaded = new Promise((resolve) =>
            agenda.addEventListener('gics-agenda-load', resolve, { once: true }),
          );
          const start = performance.now();
          agenda.summit = summit;
          await loaded;
          await agenda.updateComplete;
          void agenda.offsetHeight; // layout included
          return performance.now() - start;
        }),
      );
    }

    // Search keystrokes are not measured yet: the measuring page stopped answering during the
    // second keystroke (headless Chromium, no crash report). Tracked in the agenda issue.

    groups.push({
      fullName: `${count.toLocaleString('en-CA')} workshops`,
      benchmarks: [stats('first render', renders)],
    });
    for (const benchmark of groups.at(-1)!.benchmarks) {
      console.log(
        `${count} workshops, ${benchmark.name}: median ${benchmark.median} ms, p75 ${benchmark.p75} ms (${benchmark.sampleCount} runs)`,
      );
    }
    if (!page.isClosed()) await page.close();
  }
} finally {
  await browser.close();
  rmSync(temp, { recursive: true, force: true });
}

mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'timings.json'),
  JSON.stringify({ files: [{ groups }] }, null, 2),
);
