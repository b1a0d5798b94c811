/**
 * How fast `<gics-members>` is in a real browser, on a synthetic directory of 10,000 members:
 * the built `dist/define/gics-members.js` bundled with esbuild (production Lit), in headless
 * Chromium.
 *
 *   first screen      `.community` set (read and checked leniently) → `gics-members-load` →
 *                     `updateComplete` → layout forced
 *   keystroke         once the search texts are built (idle time after the first screen): input
 *                     event → `updateComplete` → layout, for each letter of a word typed and erased
 *   map interactive   `view="map"` → markers rendered and laid out (the map's module already on
 *                     the page; its first arrival is measured apart)
 *
 * Writes `.bench/members-timings.json` in Vitest's bench shape. Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTRY_CENTROIDS } from '../src/members/world.generated.js';
import { bundleElement, launchBrowser, packageDir, stats, type Stats } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const COUNT = 10_000;

/** A directory of `count` invented members across every country the map knows. */
function syntheticCommunity(count: number) {
  const countries = Object.keys(COUNTRY_CENTROIDS);
  const kinds = ['cooperative', 'mutual', 'academic', 'individual', 'other'] as const;
  const words = ['habitat', 'énergie', 'agriculture', 'finance', 'numérique', 'recyclage', 'santé'];
  const languages = ['fr', 'en', 'es', 'pt', 'de', 'wo', 'sw', 'ar'];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return {
    id: 'bench',
    name: 'Banc d’essai',
    themes: [],
    practices: [],
    members: Array.from({ length: count }, (_, index) => {
      const kind = pick(kinds);
      const member: Record<string, unknown> = {
        id: `member-${index}`,
        name: `${kind === 'individual' ? 'Personne' : 'Coopérative'} ${pick(words)} ${index}`,
        kind,
        country: pick(countries),
        city: `Ville ${index % 500}`,
        languages: [pick(languages), pick(languages)].filter(
          (tag, at, all) => all.indexOf(tag) === at,
        ),
        tags: [pick(words), pick(words)].filter((tag, at, all) => all.indexOf(tag) === at),
        bio: `Membre ${index} : ${pick(words)}, ${pick(words)} et coopération.`,
      };
      if (kind === 'individual') member.listed = true;
      if (random() < 0.5) member.location = { lat: random() * 120 - 55, lon: random() * 340 - 170 };
      return member;
    }),
  };
}

const { file: bundle, remove: removeBundle } = await bundleElement('gics-members');

const browser = await launchBrowser();
const benchmarks: Stats[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(error));
  await page.setContent('<!doctype html><html lang="fr"><body></body></html>');
  await page.addScriptTag({ path: bundle, type: 'module' });
  await page.waitForFunction(() => customElements.get('gics-members') !== undefined);
  await page.evaluate((community) => Object.assign(window, { __community: community }), {
    ...syntheticCommunity(COUNT),
  });

  const firsts: number[] = [];
  const keystrokes: number[] = [];
  const maps: number[] = [];
  let mapArrival = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const [first, typed, map] = await page.evaluate(async (run) => {
      type Members = HTMLElement & { community?: unknown; updateComplete: Promise<unknown> };
      document.body.replaceChildren();
      const community = structuredClone(
        (window as unknown as { __community: unknown }).__community,
      );
      const members = document.createElement('gics-members') as Members;
      document.body.append(members);
      await members.updateComplete;
      const loaded = new Promise((resolve) =>
        members.addEventListener('gics-members-load', resolve, { once: true }),
      );
      let start = performance.now();
      members.community = community;
      await loaded;
      await members.updateComplete;
      void members.offsetHeight;
      const first = performance.now() - start;
      // The search texts are built in idle time: wait for it, as a visitor's first key would.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const input = members.shadowRoot!.querySelector<HTMLInputElement>('#filter-query')!;
      const typed: number[] = [];
      const word = 'coopération';
      const steps = [
        ...[...word].map((_, at) => word.slice(0, at + 1)),
        ...[...word].map((_, at) => word.slice(0, word.length - at - 1)),
      ];
      for (const value of steps) {
        input.value = value;
        start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await members.updateComplete;
        void members.offsetHeight;
        typed.push(performance.now() - start);
      }
      start = performance.now();
      members.setAttribute('view', 'map');
      await members.updateComplete;
      while (!members.shadowRoot!.querySelector('.marker')) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      void members.offsetHeight;
      const map = performance.now() - start;
      return [first, typed, map, run] as const;
    }, run);
    firsts.push(first);
    keystrokes.push(...typed);
    if (run === 0) mapArrival = map;
    else maps.push(map);
  }
  const markers = await page.evaluate(
    () => document.querySelector('gics-members')!.shadowRoot!.querySelectorAll('.marker').length,
  );
  benchmarks.push(
    stats(`first screen, ${COUNT.toLocaleString('en')} members`, firsts),
    stats(`search keystroke, ${COUNT.toLocaleString('en')} members`, keystrokes),
    stats(`map view interactive, ${COUNT.toLocaleString('en')} members (${markers} markers)`, maps),
    stats('map view, its module arriving first', [mapArrival]),
  );
} finally {
  await browser.close();
  removeBundle();
}

for (const { name, median, p75, p99 } of benchmarks) {
  console.log(`${name}: median ${median} ms, p75 ${p75} ms, p99 ${p99} ms`);
}
mkdirSync(path.join(packageDir, '.bench'), { recursive: true });
writeFileSync(
  path.join(packageDir, '.bench', 'members-timings.json'),
  JSON.stringify({ files: [{ groups: [{ fullName: 'members', benchmarks }] }] }, null, 2),
);
