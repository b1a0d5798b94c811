import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import type { GicsAgendaUpdateEvent } from '../events/agenda-update.js';
import { cleanupFixtures, expectNoAxeViolations } from '../testing/helpers.js';
import { Refresher } from './refresh.js';
import { $, $$, byRole, mountAgenda, text, until } from './testing/helpers.js';

const server = inject('agendaServer');
const [, moved, cancelled, removed] = montreal2023.workshops;
let feeds = 0;

/** A programme of its own for each test, served at version 1. */
async function liveFeed(): Promise<string> {
  const url = `${server}/live/feed-${++feeds}.json`;
  await setVersion(url, 1);
  return url;
}

async function setVersion(url: string, version: number): Promise<void> {
  await fetch(`${url}?version=${version}`, { method: 'PUT' });
}

async function revalidations(url: string): Promise<number> {
  return (await fetch(`${server}/__304${new URL(url).pathname}`)).json();
}

/** The card of workshop `id`, if shown. */
const card = (root: Element, id: string) =>
  root.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`);

afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
  vi.useRealTimers();
});

describe('a refreshed programme', () => {
  it('costs a 304 when unchanged, then shows what changed and keeps what the visitor had', async () => {
    const url = await liveFeed();
    const { agenda } = await mountAgenda(`src="${url}" refresh="60"`, { lang: 'fr' });
    const updates: GicsAgendaUpdateEvent[] = [];
    agenda.addEventListener('gics-agenda-update', (event) => updates.push(event));
    // The visitor starred the workshop about to be cancelled, and chose a theme.
    card(agenda, cancelled!.id)!.querySelector<HTMLButtonElement>('[data-favorite]')!.click();
    const theme = montreal2023.themes.find((each) => cancelled!.themeIds.includes(each.id))!;
    byRole(agenda, 'button', theme.name.fr).click();
    await agenda.updateComplete;

    await agenda.checkForUpdates();
    expect(await revalidations(url)).toBe(1);
    expect(updates).toHaveLength(0);
    expect(text($(agenda, '[part="update"]'))).toBe('');

    await setVersion(url, 2);
    await agenda.checkForUpdates();
    expect(updates).toHaveLength(1);
    const { changes } = updates[0]!.detail;
    expect(changes.moved.map(({ after }) => after.id)).toEqual([moved!.id]);
    expect(changes.cancelled.map(({ after }) => after.id)).toEqual([cancelled!.id]);
    expect(changes.removed.map(({ id }) => id)).toEqual([removed!.id]);
    expect(changes.added.map(({ id }) => id)).toEqual(['atelier-ajoute']);
    expect(text($(agenda, '[part="update"]'))).toBe(
      // `text` reads non-breaking spaces as spaces.
      'Programme mis à jour : 1 atelier déplacé, 1 annulé, 1 ajouté, 1 retiré, dont 1 de vos favoris.',
    );
    // What the visitor had stays: the theme chosen, the favourite.
    expect(byRole(agenda, 'button', theme.name.fr).getAttribute('aria-pressed')).toBe('true');
    expect(agenda.favoriteIds).toEqual([cancelled!.id]);
    // The cards say what changed.
    const cancelledCard = card(agenda, cancelled!.id)!;
    expect(text(cancelledCard.querySelector('.cancelled-tag')!)).toBe('Annulé');
    agenda.themes = [];
    byRole(agenda, 'button', theme.name.fr).click();
    await agenda.updateComplete;
    // The moved card shows its new time; its mark says the one it had.
    const movedCard = card(agenda, moved!.id)!;
    expect(text(movedCard.querySelector('[part="card-time"]')!)).toBe('12 h 30 – 14 h');
    expect(text(movedCard.querySelector('.change-tag')!)).toBe('Déplacé (avant : 10 h 30 – 12 h)');
    expect(text(card(agenda, 'atelier-ajoute')!.querySelector('.change-tag')!)).toBe('Nouveau');
    expect(card(agenda, removed!.id)).toBeNull();
    await expectNoAxeViolations(agenda);
  });

  it('marks a moved favourite in my agenda with the time it had, in English', async () => {
    const url = await liveFeed();
    localStorage.setItem(
      'gics-agenda:favorites:gics-montreal-2023',
      JSON.stringify([montreal2023.workshops[0]!.id, moved!.id]),
    );
    const { agenda } = await mountAgenda(`src="${url}" refresh="60" view="mine"`);
    await until(() => $$(agenda, '.card').length === 2);
    await setVersion(url, 2);
    await agenda.checkForUpdates();
    await agenda.updateComplete;
    const movedCard = card(agenda, moved!.id)!;
    expect(text(movedCard.querySelector('[part="card-time"]')!)).toBe('12:30–2:00 p.m.');
    expect(text(movedCard.querySelector('.change-tag')!)).toBe(
      'Moved (previously 10:30 a.m.–12:00 p.m.)',
    );
    expect(card(agenda, montreal2023.workshops[0]!.id)!.querySelector('.change-tag')).toBeNull();
    expect(text($(agenda, '[part="update"]'))).toBe(
      'Programme updated: 1 workshop moved, 1 cancelled, 1 added, 1 removed, 1 of them is in your agenda.',
    );
    await expectNoAxeViolations(agenda);
  });

  it('keeps an open dialog, and says when its workshop left the programme', async () => {
    const url = await liveFeed();
    const { agenda } = await mountAgenda(`src="${url}" refresh="60"`, { lang: 'en' });
    agenda.open(removed!.id);
    await until(() => $$(agenda, 'dialog[open] h2').length === 1);
    await setVersion(url, 2);
    await agenda.checkForUpdates();
    const dialog = $<HTMLDialogElement>(agenda, 'dialog');
    expect(dialog.open).toBe(true);
    expect(text(dialog.querySelector('.notice')!)).toBe(
      'This workshop is no longer in the programme.',
    );
    expect(text(dialog.querySelector('h2')!)).toBe(removed!.title.en);
  });

  it('keeps the programme shown when a refresh fails, says so quietly, and recovers', async () => {
    const url = await liveFeed();
    const { agenda } = await mountAgenda(`src="${url}" refresh="60"`, { lang: 'en' });
    const cards = $$(agenda, '.card').length;
    await setVersion(url, 0);
    await agenda.checkForUpdates();
    expect($$(agenda, '.card')).toHaveLength(cards);
    expect($$(agenda, '[part="notice"]').map((notice) => text(notice))).toContain(
      'The programme could not be updated. This one stays on screen; trying again shortly.',
    );
    await setVersion(url, 1);
    await agenda.checkForUpdates();
    expect($$(agenda, '[part="notice"]')).toHaveLength(0);
  });
});

describe('Refresher', () => {
  /** Waits a frame at a time (frames are not faked), until `check` holds. */
  async function frames(check: () => boolean): Promise<void> {
    for (let frame = 0; frame < 600 && !check(); frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(check()).toBe(true);
  }

  it('tries every interval, 30 s at least, and waits twice as long after each failure', async () => {
    const url = await liveFeed();
    await setVersion(url, 0);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const failures: boolean[] = [];
    const refresher = new Refresher(
      { shown: () => undefined, apply: () => undefined, failed: (each) => failures.push(each) },
      url,
      {},
      5, // below the minimum: 30 s
    );
    await vi.advanceTimersByTimeAsync(29_000);
    expect(failures).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    await frames(() => failures.length === 1);
    // Next try after 60 s, not 30.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(failures).toHaveLength(1);
    await setVersion(url, 1);
    await vi.advanceTimersByTimeAsync(30_000);
    await frames(() => failures.length === 2);
    expect(failures).toEqual([true, false]);
    refresher.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(failures).toHaveLength(2);
  });
});
