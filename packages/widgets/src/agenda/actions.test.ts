/**
 * The agenda's actions (actions.ts) as a visitor uses them: the grid's day tabs from the
 * keyboard, and the cards' one click listener.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gics-agenda.js';
import type { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import type { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { cleanupFixtures } from '../testing/helpers.js';
import { $, $$, focused, mountAgenda, text, until } from './testing/helpers.js';

const server = inject('agendaServer');
const SUMMIT = `src="${server}/summit.json"`;
const DAYS = ['Tuesday, May 16', 'Wednesday, May 17', 'Thursday, May 18'];

afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

async function mountGrid() {
  const { agenda } = await mountAgenda(`${SUMMIT} view="grid"`, { width: '960px' });
  expect($$(agenda, '[role="tab"]').map(text)).toEqual(DAYS);
  return agenda;
}

describe('the grid’s day tabs', () => {
  it('wrap around with the arrow keys, and go to the ends with Home and End', async () => {
    const agenda = await mountGrid();
    const selected = () => text($(agenda, '[role="tab"][aria-selected="true"]'));
    $$(agenda, '[role="tab"]')[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => text(focused(agenda)) === DAYS[2]);
    expect(selected()).toBe(DAYS[2]);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => text(focused(agenda)) === DAYS[0]);
    expect(selected()).toBe(DAYS[0]);
    await userEvent.keyboard('{End}');
    await until(() => text(focused(agenda)) === DAYS[2]);
    await userEvent.keyboard('{Home}');
    await until(() => text(focused(agenda)) === DAYS[0]);
    expect(selected()).toBe(DAYS[0]);
  });

  it('leave other keys to the page', async () => {
    const agenda = await mountGrid();
    const first = $$(agenda, '[role="tab"]')[0]!;
    first.focus();
    const down = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      bubbles: true,
      cancelable: true,
    });
    first.dispatchEvent(down);
    await agenda.updateComplete;
    expect(down.defaultPrevented).toBe(false);
    expect(focused(agenda)).toBe(first);
    expect(text($(agenda, '[role="tab"][aria-selected="true"]'))).toBe(DAYS[0]);
  });
});

describe('a card', () => {
  it('stars its workshop from its star, and opens it from its title', async () => {
    const { agenda } = await mountAgenda(SUMMIT);
    const starred: GicsFavoriteChangeEvent['detail'][] = [];
    const opened: GicsWorkshopOpenEvent['detail'][] = [];
    agenda.addEventListener('gics-favorite-change', (event) => starred.push(event.detail));
    agenda.addEventListener('gics-workshop-open', (event) => {
      opened.push(event.detail);
      event.preventDefault();
    });
    const star = $(agenda, '[data-favorite]');
    const id = star.dataset.favorite!;
    await userEvent.click(star);
    expect(starred).toEqual([{ workshopId: id, favorite: true, favoriteIds: [id] }]);
    expect(opened).toEqual([]);
    const title = $(agenda, '[data-open]');
    await userEvent.click(title);
    expect(opened.map((detail) => [detail.workshop.id, detail.trigger])).toEqual([
      [title.dataset.open, 'card'],
    ]);
    expect(starred).toHaveLength(1);
  });
});
