/**
 * How fast `<gics-practices>` is in a real browser at 5,000 practices, measured the way a visitor
 * meets it: the built `dist/define/gics-practices.js` bundled with esbuild (production Lit), run
 * in headless Chromium, on the core benchmarks' synthetic community (`makeSyntheticCommunity`).
 *
 *   first screen after parse   `.community` set → read (`parseCommunity`, lenient) →
 *                              `gics-practices-load` → first screen laid out: the figure runs
 *                              from the load event (the data parsed) to the layout; the whole
 *                              span from `.community` set is reported beside it
 *   search keystroke           input event → list and count updated → layout, for each letter
 *                              typed and erased of a word, once the search was prepared in idle
 *                              time
 *
 * Writes `.bench/practices-timings.json` in Vitest's bench shape. Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeSyntheticCommunity } from '../../core/bench/synthetic-community.js';
import { bundleElement, launchBrowser, packageDir, stats, type Stats } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const COUNT = 5000;

const { file: bundle, remove: removeBundle } = await bundleElement('gics-practices');

const browser = await launchBrowser();
let group: { fullName: string; benchmarks: Stats[] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(error));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ path: bundle, type: 'module' });
  await page.waitForFunction(() => customElements.get('gics-practices') !== undefined);
  await page.evaluate(
    (community) => Object.assign(window, { __community: community }),
    makeSyntheticCommunity(COUNT),
  );

  const afterParse: number[] = [];
  const fromSet: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const [parsed, whole] = await page.evaluate(async () => {
      document.body.replaceChildren();
      const community = structuredClone(
        (window as unknown as { __community: unknown }).__community,
      );
      const library = document.createElement('gics-practices');
      document.body.append(library);
      await library.updateComplete;
      let loadedAt = 0;
      const loaded = new Promise<void>((resolve) =>
        library.addEventListener(
          'gics-practices-load',
          () => {
            loadedAt = performance.now();
            resolve();
          },
          { once: true },
        ),
      );
      const start = performance.now();
      library.community = community;
      await loaded;
      await library.updateComplete;
      void library.offsetHeight; // layout included
      const end = performance.now();
      return [end - loadedAt, end - start];
    });
    afterParse.push(parsed!);
    fromSet.push(whole!);
  }

  // A visitor typing "cooperative" then erasing it, once the search was prepared while idle.
  const keystrokes = await page.evaluate(async () => {
    const library = document.querySelector('gics-practices')!;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const input = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const word = 'cooperative';
    const queries = [
      ...Array.from(word, (_, index) => word.slice(0, index + 1)),
      ...Array.from(word, (_, index) => word.slice(0, word.length - index - 1)),
    ];
    const samples: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await library.updateComplete;
      void library.offsetHeight;
      samples.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    return samples;
  });

  group = {
    fullName: `${COUNT.toLocaleString('en-CA')} practices`,
    benchmarks: [
      stats('first screen after the data is parsed (load event → laid out)', afterParse),
      stats('first screen from .community set (parse included)', fromSet),
      stats('search keystroke (input → list updated and laid out)', keystrokes),
    ],
  };
  for (const benchmark of group.benchmarks) {
    console.log(
      `${COUNT} practices, ${benchmark.name}: median ${benchmark.median} ms, p75 ${benchmark.p75} ms, p99 ${benchmark.p99} ms (${benchmark.sampleCount} runs)`,
    );
  }
  await page.close();
} finally {
  await browser.close();
  removeBundle();
}

mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'practices-timings.json'),
  JSON.stringify({ files: [{ groups: [group] }] }, null, 2),
);
