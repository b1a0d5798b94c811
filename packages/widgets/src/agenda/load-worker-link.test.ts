/**
 * The page's side of the load worker's messages arrives with the worker (load.ts): a page whose
 * feeds are all read on the page never fetches it. This file imports nothing of it, so whether
 * the page fetched it is the agenda's own doing.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadSummit } from './load.js';

const server = inject('agendaServer');

/** Whether this page has fetched the worker link's module. */
function linkFetched(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/agenda\/load-worker-link\.ts/.test(entry.name));
}

describe('the load worker’s link on demand', () => {
  it('is not fetched for a feed read on the page, and arrives with a worker', async () => {
    const small = await loadSummit(`${server}/fixtures/pretalx-widget.json`);
    expect(small.ok && small.format).toBe('pretalx');
    expect(linkFetched()).toBe(false);

    const large = await loadSummit(`${server}/congress.json`, { workerFrom: 100_000 });
    expect(large.ok && large.summit.workshops.length).toBeGreaterThan(1000);
    expect(linkFetched()).toBe(true);
  });
});
