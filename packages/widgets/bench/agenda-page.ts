/**
 * The agenda as a visitor's browser meets it: a page that loads `dist/cdn/agenda.js` and points
 * `<gics-agenda src>` at a pretalx widget feed of N talks (3 days × 6 rooms), at the address
 * pretalx publishes it (`…/schedule/widgets/schedule.json`), from a local
 * server, in headless Chromium at 1,280 × 800, a fresh browser profile each run.
 *
 *   first title       navigation start → the first workshop title painted: the end of the first
 *                     frame that draws a card of the agenda's shadow root (a `user-blocking`
 *                     task posted from that frame's animation callback runs once it is drawn,
 *                     ahead of tasks already queued). The console also prints the next frame's
 *                     start, which counts whatever task runs between the two frames as well.
 *   longest task      the longest main-thread task of the load (PerformanceObserver `longtask`,
 *                     which reports tasks over 50 ms; 0 when there is none)
 *   heap after GC     the page's JavaScript heap once the agenda is shown and garbage collected
 *
 * The bench never runs a script of its own in the page before the title is painted: the page's
 * watch writes the time to the console, and the bench waits for that message (an evaluation
 * from the bench, such as Playwright's `waitForFunction`, compiles Playwright's helper script on
 * the page's main thread, 8–10 ms of its time, while the agenda loads). It reads the figures
 * once the page is done.
 *
 * Each size is measured three times: as browsers meet it, the feed read in the agenda's load
 * worker; on a page where no worker can start (`Worker` taken away before the agenda loads), where
 * the agenda reads the feed on the main thread; and on a page whose `<head>` preloads the feed
 * (`<link rel="preload" as="fetch" crossorigin>`, as the docs advise for a large programme), so
 * the download starts with the page rather than once the agenda's module has run.
 *
 * Two pages measure the floor under any agenda's first title, on this machine: the agenda's
 * first screen (its first `FIRST_PAINT_CARDS` cards, as `gics render` writes them) as HTML without any
 * script; and a page whose own few lines of script fetch the 1,000-talk feed, parse and sort it,
 * then put that same HTML in the element's shadow root (what a script that did nothing else would
 * cost).
 *
 * Three more pages hold the 1,000 talks pre-rendered (`renderAgenda`, as `gics render` writes
 * them): without any script (what HTML alone costs the browser, the floor under any script's
 * first title), and with the autoloader, which hydrates them, in the list view and in the grid
 * view (every day's grid, its positions in the style sheet). (10,000 pre-rendered talks are
 * HTML of tens of megabytes: not a page anyone should serve.)
 *
 * The pre-rendered pages come from the built server renderer (`dist/ssr`), whose templates are
 * minified as the CDN build's are: Lit hydrates only HTML rendered from the very same template
 * strings, and throws on anything else. A page that throws or logs an error stops the bench: the
 * figures of a broken page would measure something else.
 *
 * Writes `.bench/page-timings.json` in Vitest's bench shape for BENCHMARKS.md (the heap, not a
 * time, is printed only). Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import type { renderAgenda as renderAgendaFromSource } from '../src/ssr/index.js';
import { chromiumLaunchOptions } from '../../../tooling/chromium-launch.js';
import { serveStatic } from '../../../tooling/static-server.js';
import { FIRST_PAINT_CARDS } from '../src/internal/progressive.js';
import { packageDir, stats } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOMS = 6;
const DAYS = 3;

/** A pretalx widget feed of `count` talks, 45 minutes each, spread over 3 days and 6 rooms. */
function pretalxFeed(count: number): string {
  const perRoomDay = Math.ceil(count / (ROOMS * DAYS));
  const talks = Array.from({ length: count }, (_, index) => {
    const room = index % ROOMS;
    const day = Math.floor(index / ROOMS) % DAYS;
    const slot = Math.floor(index / (ROOMS * DAYS));
    // Slots follow each other from 8:00; a crowded day runs into the night.
    const minutes = 8 * 60 + (slot * 24 * 60) / Math.max(perRoomDay, 1);
    const start = new Date(Date.UTC(2030, 9, 26 + day, 6, 0) + minutes * 60_000 - 8 * 3_600_000);
    const end = new Date(start.getTime() + 20 * 60_000);
    return {
      code: `T${index.toString(36).toUpperCase().padStart(5, '0')}`,
      id: index + 1,
      title: `Atelier ${index + 1} : coopératives et communs, séance ${slot + 1}`,
      abstract: 'Une séance fictive du banc d’essai, pour mesurer le premier affichage.',
      speakers: [`S${index % 200}`],
      track: 1 + (index % 3),
      start: start.toISOString().replace('Z', '+00:00'),
      end: end.toISOString().replace('Z', '+00:00'),
      room: 1 + room,
      duration: 20,
    };
  });
  return JSON.stringify({
    version: 'bench',
    timezone: 'Europe/Paris',
    event_start: '2030-10-26',
    event_end: '2030-10-28',
    tracks: [1, 2, 3].map((id) => ({ id, name: { en: `Track ${id}` }, color: '#1f5f8b' })),
    rooms: Array.from({ length: ROOMS }, (_, index) => ({
      id: index + 1,
      name: { en: `Room ${index + 1}` },
    })),
    speakers: Array.from({ length: 200 }, (_, index) => ({
      code: `S${index}`,
      name: `Intervenante ${index}`,
    })),
    talks,
  });
}

/** What every page of this bench starts with: the watch for the first title and long tasks. */
const head = (title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">
<script>
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  (function watch() {
    const agenda = document.querySelector('gics-agenda');
    if (agenda && agenda.shadowRoot && agenda.shadowRoot.querySelector('.card-title')) {
      // This frame paints the title: a task of the highest priority posted now runs as soon as
      // the frame is drawn, before any task already waiting (the agenda's background rendering).
      scheduler.postTask(() => {
        window.__firstTitle = performance.now();
        console.log('gics-bench: first title');
      }, { priority: 'user-blocking' });
      requestAnimationFrame(() => { window.__nextFrame = performance.now(); });
      return;
    }
    requestAnimationFrame(watch);
  })();
</script>`;

const feedPath = (count: number) => `/${count}/schedule/widgets/schedule.json`;

const page = (
  count: number,
  workers: boolean,
  preload = false,
) => `${head(`Agenda of ${count} talks`)}
${workers ? '' : '<script>window.Worker = undefined;</script>'}
${preload ? `<link rel="preload" as="fetch" crossorigin href="${feedPath(count)}">` : ''}
<script type="module" src="/cdn/agenda.js"></script></head>
<body><gics-agenda src="${feedPath(count)}"></gics-agenda></body></html>`;

const PRERENDERED = 1000;
// Built, and imported by its path: the source's templates are not the CDN build's (see above).
const { renderAgenda } = (await import(path.join(packageDir, 'dist', 'ssr', 'index.js'))) as {
  renderAgenda: typeof renderAgendaFromSource;
};
const prerendered = async (count: number, script: boolean, view: 'list' | 'grid' = 'list') =>
  `${head(`Agenda of ${count} talks`)}
${script ? '<script type="module" src="/cdn/gics.js"></script>' : ''}</head>
<body>${await renderAgenda(JSON.parse(feeds.get(count)!), { lang: 'en', src: feedPath(count), view })}</body></html>`;

const sizes = [1000, 10_000];
const feeds = new Map(sizes.map((count) => [count, pretalxFeed(count)]));

/** The feed of `count` talks cut to its `first` earliest talks: the agenda's first screen. */
const earliestTalks = (count: number, first: number) => {
  const feed = JSON.parse(feeds.get(count)!) as { talks: { start: string }[] };
  feed.talks = feed.talks.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).slice(0, first);
  return feed;
};

const FLOOR = 1000;
const firstScreen = await renderAgenda(earliestTalks(FLOOR, FIRST_PAINT_CARDS), {
  lang: 'en',
  src: feedPath(FLOOR),
});
/** The first screen as HTML, without any script. */
const floorWithoutScript = `${head('The first screen as HTML')}
</head><body>${firstScreen}</body></html>`;
/**
 * A script that fetches and reads the whole feed, then writes the first screen's HTML (its
 * declarative shadow root included, through `setHTMLUnsafe`).
 */
const floorOfAScript = `${head('The first screen written by a script')}
<script type="module">
  const firstScreen = ${JSON.stringify(firstScreen).replaceAll('<', '\\u003c')};
  const feed = await (await fetch(${JSON.stringify(feedPath(FLOOR))})).json();
  feed.talks.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  document.querySelector('main').setHTMLUnsafe(firstScreen);
</script></head><body><main></main></body></html>`;

const site = await serveStatic({
  folders: { '/cdn/': path.join(packageDir, 'dist', 'cdn') },
  files: Object.fromEntries([
    ...sizes.flatMap((count) => [
      [feedPath(count), feeds.get(count)!],
      [`/page-${count}.html`, page(count, true)],
      [`/page-${count}-no-worker.html`, page(count, false)],
      [`/page-${count}-preloaded.html`, page(count, true, true)],
    ]),
    ['/floor-html.html', floorWithoutScript],
    ['/floor-script.html', floorOfAScript],
    [`/prerendered-${PRERENDERED}.html`, await prerendered(PRERENDERED, false)],
    [`/prerendered-${PRERENDERED}-hydrated.html`, await prerendered(PRERENDERED, true)],
    [`/prerendered-${PRERENDERED}-grid.html`, await prerendered(PRERENDERED, true, 'grid')],
  ]),
});
const browser = await chromium.launch(chromiumLaunchOptions());

const talks = (count: number) =>
  `${count.toLocaleString('en-CA')} talks (pretalx feed, ${DAYS} days × ${ROOMS} rooms)`;
const pages = [
  ...sizes.flatMap((count) => [
    { label: talks(count), address: `/page-${count}.html` },
    {
      label: `${talks(count)}, no worker (main thread)`,
      address: `/page-${count}-no-worker.html`,
    },
    {
      label: `${talks(count)}, feed preloaded by the page`,
      address: `/page-${count}-preloaded.html`,
    },
  ]),
  {
    label: `floor: the first ${FIRST_PAINT_CARDS} cards as HTML, no script`,
    address: '/floor-html.html',
  },
  {
    label: `floor: a script fetches and parses ${talks(FLOOR)}, writes the same HTML`,
    address: '/floor-script.html',
  },
  {
    label: `${talks(PRERENDERED)}, pre-rendered HTML, no script`,
    address: `/prerendered-${PRERENDERED}.html`,
  },
  {
    label: `${talks(PRERENDERED)}, pre-rendered HTML hydrated by gics.js`,
    address: `/prerendered-${PRERENDERED}-hydrated.html`,
  },
  {
    label: `${talks(PRERENDERED)}, pre-rendered grid view hydrated by gics.js`,
    address: `/prerendered-${PRERENDERED}-grid.html`,
  },
];

const groups = [];
try {
  for (const { label, address } of pages) {
    const firstTitles: number[] = [];
    const nextFrames: number[] = [];
    const longest: number[] = [];
    const heaps: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const titled = tab.waitForEvent('console', {
        predicate: (message) => message.text() === 'gics-bench: first title',
        timeout: 60_000,
      });
      await tab.goto(`${site.origin}${address}`, { waitUntil: 'commit' });
      await titled;
      // Let the background rendering finish before reading the longest task and the heap.
      await tab.waitForTimeout(1500);
      if (errors.length > 0) {
        throw new Error(`${address} failed in the browser: ${errors.join('\n')}`);
      }
      const measured = await tab.evaluate(() => ({
        firstTitle: (window as unknown as { __firstTitle: number }).__firstTitle,
        nextFrame: (window as unknown as { __nextFrame: number }).__nextFrame,
        longest: (window as unknown as { __longest: number }).__longest,
      }));
      const cdp = await context.newCDPSession(tab);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      firstTitles.push(measured.firstTitle);
      nextFrames.push(measured.nextFrame);
      longest.push(measured.longest);
      heaps.push(usedSize / 2 ** 20);
      await context.close();
    }
    console.log(
      `${label}: first title ${stats('', firstTitles).median} ms (next frame ${stats('', nextFrames).median} ms), longest task ${stats('', longest).median} ms, heap after GC ${stats('', heaps).median} MB (median of ${RUNS})`,
    );
    groups.push({
      fullName: label,
      benchmarks: [
        stats('navigation → first workshop title painted', firstTitles),
        stats('longest main-thread task (0: none over 50 ms)', longest),
      ],
    });
  }
} finally {
  await browser.close();
  await site.close();
}
mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'page-timings.json'),
  JSON.stringify({ files: [{ groups }] }, null, 2),
);
