import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadUrlQuery } from './modules.js';
import { ControllerHost, pause } from './testing/controller-host.js';
import { readUrlState, writeUrlState } from './url-query.js';
import {
  NO_FILTERS,
  UrlSync,
  workshopIdFromHash,
  type Filters,
  type UrlState,
} from './url-state.js';

let start = '';
beforeEach(() => {
  start = location.href;
  history.replaceState(history.state, '', `${location.pathname}?host=1`);
});
afterEach(() => history.replaceState(history.state, '', start));

const filters: Filters = {
  themes: ['climat', 'finance'],
  format: 'panel',
  language: 'pt-BR',
  day: '2023-05-16',
  room: 'Grande salle',
  query: 'économie sociale',
};

describe('the page address', () => {
  it('reads back what it wrote, and keeps the host’s own parameters', () => {
    writeUrlState(filters, 'grid', undefined);
    const url = new URL(location.href);
    expect(url.searchParams.get('host')).toBe('1');
    expect(url.searchParams.get('theme')).toBe('climat,finance');
    expect(url.searchParams.get('q')).toBe('économie sociale');
    expect(readUrlState(location.search)).toEqual({ filters, view: 'grid' });
  });

  it('leaves out what is not set, the list view included', () => {
    writeUrlState(filters, 'grid', undefined);
    writeUrlState({ ...NO_FILTERS, query: '  ' }, 'list', undefined);
    expect(location.search).toBe('?host=1');
    expect(readUrlState(location.search)).toEqual({ filters: NO_FILTERS, view: undefined });
  });

  it('ignores a view or a format it does not know', () => {
    const read = readUrlState('?view=calendar&format=concert&language=de');
    expect(read.view).toBeUndefined();
    expect(read.filters.format).toBe('');
    expect(read.filters.language).toBe('de');
  });

  it('writes the open workshop in the fragment, clears it, or leaves it alone', () => {
    writeUrlState(NO_FILTERS, 'list', 'atelier 1/2');
    expect(location.hash).toBe('#workshop-atelier%201%2F2');
    expect(workshopIdFromHash(location.hash)).toBe('atelier 1/2');
    writeUrlState(NO_FILTERS, 'mine', null);
    expect(location.hash).toBe('#workshop-atelier%201%2F2');
    writeUrlState(NO_FILTERS, 'list', undefined);
    expect(location.hash).toBe('');
    expect(location.href.endsWith('#')).toBe(false);
  });

  it('reads no workshop from another fragment or a broken escape', () => {
    expect(workshopIdFromHash('#top')).toBeUndefined();
    expect(workshopIdFromHash('#workshop-%E0%A4%A')).toBeUndefined();
  });
});

describe('UrlSync', () => {
  // An agenda with `sync-url` has the query string's module before it shows a summit.
  beforeAll(() => loadUrlQuery());

  it('writes after an update only what changed, and nothing while told to wait', () => {
    const host = new ControllerHost();
    let state: UrlState | undefined;
    new UrlSync(
      host,
      () => state,
      () => {},
    );
    host.update();
    expect(location.search).toBe('?host=1');
    state = { filters, view: 'list', openId: undefined };
    host.update();
    expect(readUrlState(location.search).filters).toEqual(filters);
    // The host changes the address itself: an update with the same state does not write again.
    history.replaceState(history.state, '', `${location.pathname}?host=2`);
    host.update();
    expect(location.search).toBe('?host=2');
    state = undefined;
    host.update();
    expect(location.search).toBe('?host=2');
    state = { filters: NO_FILTERS, view: 'mine', openId: undefined };
    host.update();
    expect(location.search).toBe('?host=2&view=mine');
  });

  it('keeps a deep link’s fragment until the open workshop changes', () => {
    history.replaceState(history.state, '', `${location.pathname}#workshop-w1`);
    const host = new ControllerHost();
    let state: UrlState = { filters: NO_FILTERS, view: 'list', openId: undefined };
    new UrlSync(
      host,
      () => state,
      () => {},
    );
    host.update();
    expect(location.hash).toBe('#workshop-w1');
    state = { ...state, openId: 'w1' };
    host.update();
    expect(location.hash).toBe('#workshop-w1');
    state = { ...state, openId: undefined };
    host.update();
    expect(location.hash).toBe('');
  });

  it('reports the workshop of a fragment the page navigates to, while connected', async () => {
    const host = new ControllerHost();
    const linked: string[] = [];
    new UrlSync(
      host,
      () => undefined,
      (id) => linked.push(id),
    );
    host.connect();
    location.hash = 'workshop-w2';
    await pause(20);
    location.hash = 'elsewhere';
    await pause(20);
    host.disconnect();
    location.hash = 'workshop-w3';
    await pause(20);
    expect(linked).toEqual(['w2']);
  });
});
