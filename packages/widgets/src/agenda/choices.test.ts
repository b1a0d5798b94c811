import { afterEach, describe, expect, it } from 'vitest';
import { parseSummit, type Summit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { SearchBox } from '../internal/search-box.js';
import { knownThemes, visitorChoices } from './choices.js';
import { loadUrlQuery } from './modules.js';
import { ControllerHost } from './testing/controller-host.js';
import { NO_FILTERS } from './url-state.js';

const parsed = parseSummit(montreal2023);
if (!parsed.ok) throw new Error('the sample summit does not read');
const summit: Summit = parsed.summit;
const initialUrl = location.href;
afterEach(() => history.replaceState(null, '', initialUrl));

function makeChoices() {
  const host = new ControllerHost();
  const search = new SearchBox(host);
  return { host, search, choices: visitorChoices(host, search) };
}

describe('the visitor’s choices', () => {
  it('select and unselect a theme, keeping the other filters, and render each change', () => {
    const { host, choices } = makeChoices();
    choices.filter({ format: 'panel' });
    choices.toggleTheme('numerisation');
    choices.toggleTheme('economie-circulaire');
    expect(choices.filters).toEqual({
      ...NO_FILTERS,
      format: 'panel',
      themes: ['numerisation', 'economie-circulaire'],
    });
    choices.toggleTheme('numerisation');
    expect(choices.filters.themes).toEqual(['economie-circulaire']);
    expect(host.updates).toBe(4);
  });

  it('hide a room from the grid and show it again, each time in a new set', () => {
    const { choices } = makeChoices();
    const before = choices.hiddenRooms;
    choices.toggleRoom('main-hall');
    const hidden = choices.hiddenRooms;
    expect([...hidden]).toEqual(['main-hall']);
    expect(hidden).not.toBe(before);
    choices.toggleRoom('main-hall');
    expect([...choices.hiddenRooms]).toEqual([]);
  });

  it('follow the search box, and clear it with the filters', () => {
    const { choices, search } = makeChoices();
    choices.type('climat');
    expect(search).toMatchObject({ text: 'climat', typing: true });
    expect(choices.filters.query).toBe('climat');
    choices.toggleTheme('numerisation');
    choices.clear();
    expect(choices.filters).toBe(NO_FILTERS);
    expect(search).toMatchObject({ text: '', typing: false });
  });

  it('start a summit with the themes it has, every room and no day chosen', () => {
    const { choices } = makeChoices();
    choices.set({ gridDay: '2023-05-17', hiddenRooms: new Set(['main-hall']) });
    const view = choices.start(summit, ['numerisation', 'no-such-theme'], false);
    expect(view).toBeUndefined();
    expect(choices.filters).toEqual({ ...NO_FILTERS, themes: ['numerisation'] });
    expect(choices.gridDay).toBe('');
    expect(choices.hiddenRooms.size).toBe(0);
  });

  it('start with the address’s filters and view with sync-url, its words in the search box', async () => {
    await loadUrlQuery();
    const { choices, search } = makeChoices();
    history.replaceState(null, '', '?theme=economie-circulaire,unknown&q=climat&view=grid');
    expect(choices.start(summit, ['numerisation'], true)).toBe('grid');
    expect(choices.filters).toEqual({
      ...NO_FILTERS,
      themes: ['economie-circulaire'],
      query: 'climat',
    });
    expect(search.text).toBe('climat');
    // An address that names no theme keeps the preselected ones.
    history.replaceState(null, '', '?q=climat');
    expect(choices.start(summit, ['numerisation'], true)).toBeUndefined();
    expect(choices.filters.themes).toEqual(['numerisation']);
    // Without sync-url, the address is not read.
    history.replaceState(null, '', '?theme=economie-circulaire');
    choices.start(summit, ['numerisation'], false);
    expect(choices.filters.themes).toEqual(['numerisation']);
  });

  it('know only the themes a summit has', () => {
    expect(knownThemes(summit, ['numerisation', 'x', 'leadership-cooperatif'])).toEqual([
      'numerisation',
      'leadership-cooperatif',
    ]);
    expect(knownThemes(undefined, ['numerisation'])).toEqual([]);
  });
});
