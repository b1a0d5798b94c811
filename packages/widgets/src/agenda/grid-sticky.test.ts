/**
 * The grid's sticky time column and room row mask what scrolls beneath them: after the grid
 * scrolls sideways and down, every point over the time column (its cells and the seams between
 * them) and over the room row shows a sticky header, never a card passing underneath.
 */
import { afterEach, expect, it } from 'vitest';
import { openHostPage } from '../testing/host-pages/profiles.js';
import type { GicsAgenda } from './agenda.js';
import { crowdedDay } from './testing/long-summit.js';

let remove = () => {};
afterEach(() => remove());

/** What a visitor sees at a point of the agenda: the sticky header, a card, or the grid. */
function seenAt(root: ShadowRoot, x: number, y: number): string {
  const hit = root.elementFromPoint(x, y);
  if (!hit) return 'nothing';
  if (hit.closest('.card')) return `card ${hit.closest('.card')!.getAttribute('data-id')}`;
  return hit.closest('.grid-time, .grid-room, .grid-corner')?.className ?? hit.className;
}

it('shows no card through the sticky time column or room row once the grid has scrolled', async () => {
  const host = await openHostPage('', '<gics-agenda lang="en" view="grid"></gics-agenda>', {
    width: 1024,
    height: 700,
  });
  remove = host.remove;
  const agenda = host.page.querySelector('gics-agenda') as GicsAgenda;
  const loaded = new Promise((resolve) =>
    agenda.addEventListener('gics-agenda-load', resolve, { once: true }),
  );
  // Every other room's workshops last an hour: their cards span two rows and the seam between.
  const summit = crowdedDay(120);
  agenda.summit = {
    ...summit,
    workshops: summit.workshops.map((workshop, index) =>
      index % 2 === 0
        ? workshop
        : { ...workshop, end: new Date(Date.parse(workshop.end) + 30 * 60_000).toISOString() },
    ),
  };
  await loaded;
  await agenda.updateComplete;
  const root = agenda.shadowRoot!;
  // The grid renders a crowded day a part at a time.
  const deadline = Date.now() + 10_000;
  while (root.querySelectorAll('.grid .card').length < 120 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const scroller = root.querySelector<HTMLElement>('.grid-scroll')!;
  expect(scroller.scrollWidth, 'the grid is wider than the screen').toBeGreaterThan(
    scroller.clientWidth * 2,
  );
  scroller.scrollIntoView({ block: 'start' });
  scroller.scrollLeft = 600;
  scroller.scrollTop = 150;
  await new Promise((resolve) => requestAnimationFrame(resolve));

  const area = scroller.getBoundingClientRect();
  // The corner sits where the time column and the room row cross.
  const corner = root.querySelector('.grid-corner')!.getBoundingClientRect();
  const column = { left: corner.left, right: corner.right };
  const header = { top: corner.top, bottom: corner.bottom };
  const seen = new Set<string>();
  // Down the time column, from the room row to the bottom: its cells and the seams between them.
  for (let y = header.top + 1; y < area.bottom - 2; y += 1) {
    for (const x of [column.left + 2, (column.left + column.right) / 2, column.right - 2]) {
      seen.add(seenAt(root, x, y));
    }
  }
  // Along the room row, top to bottom of it.
  for (let x = column.left + 1; x < area.right - 2; x += 1) {
    for (const y of [header.top + 2, (header.top + header.bottom) / 2, header.bottom - 2]) {
      seen.add(seenAt(root, x, y));
    }
  }
  expect([...seen].filter((what) => what.startsWith('card'))).toEqual([]);
  expect(seen).toContain('grid-time');
});
