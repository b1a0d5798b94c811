/**
 * How fast `<gics-agenda>` is in a real browser, measured the way a visitor meets it: the built
 * `dist/define/gics-agenda.js` bundled with esbuild (production Lit, as an app ships it), run in
 * headless Chromium, on synthetic summits of 1,000 and 10,000 workshops.
 *
 *   first render        `.summit` set → `gics-agenda-load` → `updateComplete` → layout forced
 *   every card rendered the same, until the background rendering has drawn every card
 *   search keystroke    input event → `updateComplete` → layout forced, for each letter typed
 *                       and erased of a word
 *   grid first render   as first render, in the grid view (one day, a fifth of the programme)
 *   merged congress     `src` set to a 1,400-session, 90-room frab schedule of four
 *                       sub-conferences (served to the page) → imported, first screen laid out;
 *                       and its grid view's first day
 *
 * Writes `.bench/timings.json` in Vitest's bench shape; `tooling/write-benchmarks.ts` turns it
 * into BENCHMARKS.md. Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeSyntheticSummit } from '../../core/bench/synthetic-summit.js';
import { makeCongress } from '../../core/src/importers/testing/congress.js';
import { bundleElement, launchBrowser, packageDir, stats, type Stats } from './support.js';

const RENDER_RUNS = Number(process.env.BENCH_RUNS ?? 10);

const { file: bundle, remove: removeBundle } = await bundleElement('gics-agenda');

const browser = await launchBrowser();
const groups: Array<{ fullName: string; benchmarks: Stats[] }> = [];
try {
  for (const count of [1000, 10_000]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('crash', () => console.error('page crashed'));
    page.on('pageerror', (error) => console.error(error));
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ path: bundle, type: 'module' });
    await page.waitForFunction(() => customElements.get('gics-agenda') !== undefined);
    await page.evaluate((summit) => Object.assign(window, { __summit: summit }), {
      ...makeSyntheticSummit(count),
    });

    /**
     * `.summit` set → first screen laid out, and → every card rendered (the list only: a
     * programme of up to 2,000 workshops renders the rest in the background; a longer one as
     * the visitor scrolls, so its "full" figure is its first one).
     */
    const measureRender = (view: 'list' | 'grid') =>
      page.evaluate(async (view) => {
        document.body.replaceChildren();
        const summit = structuredClone((window as unknown as { __summit: unknown }).__summit);
        const agenda = document.createElement('gics-agenda');
        agenda.setAttribute('view', view);
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
        const first = performance.now() - start;
        if (view !== 'list') return [first, first];
        const root = agenda.shadowRoot!;
        const expected = Math.min(
          agenda.loadedSummit?.workshops.length ?? 0,
          root.querySelector('button.more') ? 0 : Infinity,
        );
        while (root.querySelectorAll('.card').length < expected) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        void agenda.offsetHeight;
        return [first, performance.now() - start];
      }, view);

    const firstRenders: number[] = [];
    const fullRenders: number[] = [];
    for (let run = 0; run < RENDER_RUNS; run += 1) {
      const [first, full] = await measureRender('list');
      firstRenders.push(first!);
      fullRenders.push(full!);
    }

    // A visitor typing "cooperative" then erasing it, one keystroke at a time: each figure is
    // from the input event to the list updated and laid out.
    const keystrokes = await page.evaluate(async () => {
      const agenda = document.querySelector('gics-agenda')!;
      const input = agenda.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
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
        await agenda.updateComplete;
        void agenda.offsetHeight;
        samples.push(performance.now() - start);
        // Let the background rendering of the previous answer run, as between real keystrokes.
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
      return samples;
    });

    // The grid view, one day of the programme (a fifth of it: 200 or 2,000 workshops in 20
    // rooms), from `.summit` set to its first cells laid out.
    const gridRenders: number[] = [];
    for (let run = 0; run < RENDER_RUNS; run += 1) {
      gridRenders.push((await measureRender('grid'))[0]!);
    }

    groups.push({
      fullName: `${count.toLocaleString('en-CA')} workshops`,
      benchmarks: [
        stats('first render (first screen, laid out)', firstRenders),
        // Past 2,000 workshops the list renders as the visitor scrolls: the same as first render.
        stats('every card rendered', fullRenders),
        stats('search keystroke (input → list updated and laid out)', keystrokes),
        stats('grid view, first render of one day (a fifth of the workshops)', gridRenders),
      ],
    });
    for (const benchmark of groups.at(-1)!.benchmarks) {
      console.log(
        `${count} workshops, ${benchmark.name}: median ${benchmark.median} ms, p75 ${benchmark.p75} ms (${benchmark.sampleCount} runs)`,
      );
    }
    if (!page.isClosed()) await page.close();
  }

  // A real-world-shaped feed: the agenda fetches it, detects frab, loads the importer and
  // imports it, then renders. The same generator and seed as the core's import benchmark.
  const congress = makeCongress({
    sessions: 1400,
    rooms: 90,
    subConferences: 4,
    days: 4,
    seed: 39,
  });
  const feedUrl = 'https://feeds.bench.invalid/congress.json';
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(error));
  await page.route(feedUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(congress.frab),
    }),
  );
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ path: bundle, type: 'module' });
  await page.waitForFunction(() => customElements.get('gics-agenda') !== undefined);
  const measureFeed = (view: 'list' | 'grid') =>
    page.evaluate(
      async ({ view, feedUrl }) => {
        document.body.replaceChildren();
        const agenda = document.createElement('gics-agenda');
        agenda.setAttribute('view', view);
        const loaded = new Promise((resolve) =>
          agenda.addEventListener('gics-agenda-load', resolve, { once: true }),
        );
        const start = performance.now();
        agenda.setAttribute('src', feedUrl);
        document.body.append(agenda);
        await loaded;
        await agenda.updateComplete;
        void agenda.offsetHeight;
        if (agenda.loadedSummit?.workshops.length !== 1400) throw new Error('not imported whole');
        return performance.now() - start;
      },
      { view, feedUrl },
    );
  const feedRenders: number[] = [];
  const feedGridRenders: number[] = [];
  for (let run = 0; run < RENDER_RUNS; run += 1) {
    feedRenders.push(await measureFeed('list'));
    feedGridRenders.push(await measureFeed('grid'));
  }
  groups.push({
    fullName: '1,400-session merged congress (frab feed, 90 rooms)',
    benchmarks: [
      stats('fetch, import and first render (src set → first screen laid out)', feedRenders),
      stats('the same in the grid view (first day, 90 rooms)', feedGridRenders),
    ],
  });
  for (const benchmark of groups.at(-1)!.benchmarks) {
    console.log(
      `merged congress, ${benchmark.name}: median ${benchmark.median} ms, p75 ${benchmark.p75} ms (${benchmark.sampleCount} runs)`,
    );
  }
  await page.close();
} finally {
  await browser.close();
  removeBundle();
}

mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'timings.json'),
  JSON.stringify({ files: [{ groups }] }, null, 2),
);
