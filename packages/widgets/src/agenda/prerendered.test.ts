/**
 * A pre-rendered agenda's first update in the browser (prerendered.ts): what its data block
 * decides. The server's HTML and its hydration are the server-rendering suite's (src/ssr/).
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { FIRST_CARDS } from '../internal/progressive.js';
import { cleanupFixtures, fixture } from '../testing/helpers.js';
import type { GicsAgenda } from './agenda.js';
import { cardTitles } from './testing/helpers.js';
import { longSummit } from './testing/long-summit.js';

const server = inject('agendaServer');
/** During the summit: 17 May 2023, 10:45 in Montréal. */
const DURING = Date.parse('2023-05-17T10:45:00-04:00');

afterEach(() => cleanupFixtures());

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

/** A data block as a server writes it, `<` escaped so that no text in it can end the block. */
function dataBlock(content: unknown): string {
  const json = typeof content === 'string' ? content : JSON.stringify(content);
  return `<script type="application/json" data-gics-data>${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * Mounts an agenda of `src="…/summit.json"` with `block` among its children; `prepare` runs
 * before it joins the page. Resolves with the agenda once it has loaded, with the cards its
 * first render drew (read as the load event fires, before any later update).
 */
async function mountWithBlock(
  block: string,
  prepare?: (agenda: GicsAgenda) => void,
): Promise<{ agenda: GicsAgenda; event: GicsAgendaLoadEvent; firstCards: number }> {
  let loaded!: Promise<{ event: GicsAgendaLoadEvent; firstCards: number }>;
  const wrapper = await fixture<HTMLElement>(
    `<div lang="en"><gics-agenda src="${server}/summit.json">${block}</gics-agenda></div>`,
    (element) => {
      const agenda = element.querySelector('gics-agenda')!;
      loaded = new Promise((resolve) =>
        agenda.addEventListener(
          'gics-agenda-load',
          (event) => resolve({ event, firstCards: cardTitles(agenda).length }),
          { once: true },
        ),
      );
      prepare?.(agenda);
    },
  );
  const agenda = wrapper.querySelector('gics-agenda')!;
  const { event, firstCards } = await loaded;
  await agenda.updateComplete;
  return { agenda, event, firstCards };
}

describe('a pre-rendered agenda', () => {
  it('shows the summit its data block carries, every card at once, without fetching src', async () => {
    const before = await hits('/summit.json');
    const summit = longSummit(FIRST_CARDS * 3);
    const { agenda, event, firstCards } = await mountWithBlock(
      dataBlock({ data: summit, now: DURING }),
    );
    // The first render draws what the server drew: every card, not the first few.
    expect(firstCards).toBe(summit.workshops.length);
    expect(event.detail.format).toBe('gics');
    expect(event.detail.summit.workshops).toHaveLength(summit.workshops.length);
    // The visitor's state joins and every card stays on show.
    expect(cardTitles(agenda)).toHaveLength(summit.workshops.length);
    expect(agenda.loadedSummit?.id).toBe(summit.id);
    expect(await hits('/summit.json')).toBe(before);
  });

  it.each([
    ['is not JSON', dataBlock('{"data": {"id": "gics"')],
    ['holds no summit', dataBlock({ data: { hello: 'world' }, now: DURING })],
    ['has no instant', dataBlock({ data: montreal2023 })],
  ])('loads src as if nothing were pre-rendered when its data block %s', async (_, block) => {
    const before = await hits('/summit.json');
    const { agenda, event } = await mountWithBlock(block);
    expect(await hits('/summit.json')).toBe(before + 1);
    expect(event.detail.summit.id).toBe(montreal2023.id);
    expect(cardTitles(agenda)).toHaveLength(montreal2023.workshops.length);
  });

  it('shows a summit set as a property rather than its data block', async () => {
    const before = await hits('/summit.json');
    const given = { ...montreal2023, workshops: montreal2023.workshops.slice(0, 2) };
    const block = dataBlock({ data: longSummit(FIRST_CARDS * 3), now: DURING });
    const { agenda, event } = await mountWithBlock(block, (element) => (element.summit = given));
    expect(event.detail.summit.workshops).toHaveLength(2);
    expect(cardTitles(agenda)).toHaveLength(2);
    expect(await hits('/summit.json')).toBe(before);
  });
});
