/**
 * A page that preloads the agenda's feed (`<link rel="preload" as="fetch" crossorigin>`, as the
 * "Fast, indexable, live" guide advises for a large programme) starts the download before the
 * agenda's module has run; the agenda's own request must then take the preloaded answer, not
 * fetch the feed a second time. The browser matches the two only while the agenda asks as a
 * preload does (same mode and credentials): these tests fail if the agenda's request changes so
 * that it no longer does.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import { cleanupFixtures } from '../testing/helpers.js';
import { loadSummit } from './load.js';
import { cardTitles, mountAgenda } from './testing/helpers.js';

const server = inject('agendaServer');

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

/** Adds the preload a page's `<head>` would hold for `href`; resolves once its answer is in. */
async function preload(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`the preload of ${href} failed`)), {
      once: true,
    });
  });
  document.head.append(link);
  await loaded;
  return link;
}

const links: HTMLLinkElement[] = [];
afterEach(() => {
  cleanupFixtures();
  links.splice(0).forEach((link) => link.remove());
});

describe('a feed the page preloads', () => {
  it('is fetched once: the agenda shows the preloaded answer', async () => {
    const path = '/preloaded/summit.json';
    const before = await hits(path);
    links.push(await preload(`${server}${path}`));
    expect(await hits(path)).toBe(before + 1);

    const { agenda } = await mountAgenda(`src="${server}${path}"`);

    expect(agenda.loadedSummit?.workshops).toHaveLength(montreal2023.workshops.length);
    expect(cardTitles(agenda)).toContain(montreal2023.workshops[0]!.title.en);
    expect(await hits(path)).toBe(before + 1);
  });

  it('is fetched once when it is large enough for the load worker, which reads the preloaded bytes', async () => {
    const path = '/preloaded/congress.json';
    const before = await hits(path);
    links.push(await preload(`${server}${path}`));

    // The congress feed is read in the worker from this size on.
    const outcome = await loadSummit(`${server}${path}`, { workerFrom: 100_000 });

    expect(outcome.ok).toBe(true);
    expect(outcome.ok === true && outcome.summit.workshops.length).toBeGreaterThan(1000);
    expect(await hits(path)).toBe(before + 1);
  });
});
