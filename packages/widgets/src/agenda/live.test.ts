/**
 * Live updates arrive on demand (live.ts): an agenda that never refreshes never loads their
 * code, and one with `refresh`, or asked to check, loads it once its summit is shown.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import '../define/gics-agenda.js';
import { cleanupFixtures } from '../testing/helpers.js';
import { mountAgenda } from './testing/helpers.js';

const server = inject('agendaServer');

afterEach(() => cleanupFixtures());

/** Whether this page has fetched the live updates' module (their refresher's, which holds them). */
function liveUpdatesFetched(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => /\/agenda\/(?:live-updates|refresh)\.ts/.test(entry.name));
}

describe('live updates on demand', () => {
  it('are not fetched by an agenda without refresh, and arrive when it is asked to check', async () => {
    const { agenda } = await mountAgenda(`src="${server}/summit.json"`);
    expect(agenda.loadedSummit?.workshops.length).toBeGreaterThan(0);
    expect(liveUpdatesFetched()).toBe(false);

    await agenda.checkForUpdates();

    expect(liveUpdatesFetched()).toBe(true);
  });
});
