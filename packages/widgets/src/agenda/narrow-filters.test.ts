/**
 * The filter panel on a narrow agenda (filters.ts, agenda.styles.ts): all but the search box
 * fold behind a "Filters" button, so that a phone shows the programme first; a wide agenda
 * shows them all, and no button.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import { cleanupFixtures, expectNoAxeViolations } from '../testing/helpers.js';
import type { GicsAgenda } from './agenda.js';
import { $, $$, byRole, focused, mountAgenda, text, until } from './testing/helpers.js';

afterEach(() => cleanupFixtures());

/** Whether `element` takes room on screen (not hidden, by its own styles or an ancestor's). */
const shown = (element: Element) => element.getClientRects().length > 0;

/** How far below the agenda's top its first card starts, in CSS pixels. */
const firstCardTop = (agenda: GicsAgenda) =>
  $(agenda, '[data-id]').getBoundingClientRect().top - agenda.getBoundingClientRect().top;

const frames = async (count: number) => {
  for (let index = 0; index < count; index += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
};

async function mountAt(width: string, lang = 'fr', attributes = '') {
  const { agenda } = await mountAgenda(attributes, { lang, width, summit: montreal2023 });
  // The list the narrow agenda shows is drawn a frame or two after the first layout.
  await frames(3);
  await agenda.updateComplete;
  return agenda;
}

describe('the filters of a narrow agenda', () => {
  it('fold behind « Filtres », the search box above, and open and count what is set', async () => {
    const agenda = await mountAt('320px');
    const toggle = byRole(agenda, 'button', 'Filtres');
    const panel = $(agenda, '#filters-panel');
    expect(text(toggle)).toBe('Filtres ▾');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(shown(toggle)).toBe(true);
    expect(shown($(agenda, 'input[type="search"]'))).toBe(true);
    for (const control of $$(agenda, '#filters-panel :is(button, select)')) {
      expect(shown(control)).toBe(false);
    }
    const count = $(agenda, '[part="count"]');
    const all = text(count);
    const closedTop = firstCardTop(agenda);

    await userEvent.click(toggle);
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Filtres ▴');
    expect(focused(agenda)).toBe(toggle);
    const chips = $$(agenda, '[part="chip"]');
    expect(chips.length).toBeGreaterThan(1);
    for (const control of [...chips, ...$$(agenda, '#filters-panel select')]) {
      expect(shown(control)).toBe(true);
    }
    // Folded, the panel leaves the programme its room: the cards start well higher up.
    expect(closedTop).toBeLessThan(firstCardTop(agenda) - 150);

    // Each choice applies at once; the count says so, and the button how many are set.
    await userEvent.click(chips[0]!);
    await agenda.updateComplete;
    expect(text(count)).not.toBe(all);
    expect(text(count)).toMatch(/ sur /);
    expect(text(toggle)).toBe('Filtres (1) ▴');
    await userEvent.selectOptions($(agenda, '#filter-format'), 'workshop');
    await agenda.updateComplete;
    expect(text(toggle)).toBe('Filtres (2) ▴');
    // The search box is outside the panel: its words are no filter the button counts.
    await userEvent.type($(agenda, 'input[type="search"]'), 'climat');
    await agenda.updateComplete;
    expect(text(toggle)).toBe('Filtres (2) ▴');

    // Closed again, the button still says what is set.
    await userEvent.click(toggle);
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle)).toBe('Filtres (2) ▾');
    expect(shown(chips[0]!)).toBe(false);
  });

  it('works with the keyboard alone, focus staying on the button that opens and closes it', async () => {
    const agenda = await mountAt('320px', 'en');
    const toggle = byRole(agenda, 'button', 'Filters');
    expect(text(toggle)).toBe('Filters ▾');
    $(agenda, 'input[type="search"]').focus();
    await userEvent.tab();
    expect(focused(agenda)).toBe(toggle);
    // Closed, the panel is skipped: the next stop is in the programme.
    await userEvent.tab();
    expect(focused(agenda)?.closest('#filters-panel')).toBeNull();
    expect(focused(agenda)?.closest('.content')).not.toBeNull();
    await userEvent.tab({ shift: true });
    expect(focused(agenda)).toBe(toggle);

    await userEvent.keyboard('{Enter}');
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(focused(agenda)).toBe(toggle);
    await userEvent.tab();
    const chip = focused(agenda) as HTMLElement;
    expect(chip.getAttribute('part')).toBe('chip');
    await userEvent.keyboard(' ');
    await agenda.updateComplete;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(focused(agenda)).toBe(chip);
    expect(text($(agenda, '[part="count"]'))).toMatch(/ of /);
    expect(text(toggle)).toBe('Filters (1) ▴');

    // Back to the button, which closes the panel and keeps focus.
    await userEvent.tab({ shift: true });
    expect(focused(agenda)).toBe(toggle);
    await userEvent.keyboard(' ');
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(focused(agenda)).toBe(toggle);
    expect(shown(chip)).toBe(false);
  });

  it('counts the day only where it filters: in the list a narrow grid falls back to, not in the grid', async () => {
    const agenda = await mountAt('320px', 'en', 'view="grid"');
    const toggle = byRole(agenda, 'button', 'Filters');
    await userEvent.click(toggle);
    await userEvent.selectOptions($(agenda, '#filter-day'), '2023-05-17');
    await agenda.updateComplete;
    expect(text(toggle)).toBe('Filters (1) ▴');
    expect($$(agenda, 'h2.day-heading').map(text)).toEqual(['Wednesday, May 17']);
    // Wide enough for the grid, whose tabs choose the day: the day filter goes.
    agenda.parentElement!.style.setProperty('width', '960px');
    await until(() => $$(agenda, '[role="tab"]').length === 3);
    expect($$(agenda, '#filter-day')).toHaveLength(0);
    expect(text(toggle)).toBe('Filters ▴');
  });

  it('are all on show on a wide agenda, with no button', async () => {
    const agenda = await mountAt('1000px');
    const toggle = $(agenda, '[aria-controls="filters-panel"]');
    expect(shown(toggle)).toBe(false);
    const controls = [
      $(agenda, 'input[type="search"]'),
      ...$$(agenda, '[part="chip"]'),
      ...$$(agenda, '[part="filters"] select'),
    ];
    expect(controls.length).toBeGreaterThan(4);
    for (const control of controls) expect(shown(control)).toBe(true);
    // The panel lays out no box of its own: chips and selects sit in the filters' grid.
    expect(getComputedStyle($(agenda, '#filters-panel')).display).toBe('contents');
    // From the search box, Tab goes straight to the first chip.
    controls[0]!.focus();
    await userEvent.tab();
    expect(focused(agenda)).toBe(controls[1]);
  });

  it('keeps the panel open as the agenda widens and narrows again', async () => {
    const agenda = await mountAt('320px', 'en');
    const toggle = byRole(agenda, 'button', 'Filters');
    await userEvent.click(toggle);
    await agenda.updateComplete;
    const wrapper = agenda.parentElement!;
    wrapper.style.width = '1000px';
    await frames(3);
    await agenda.updateComplete;
    expect(shown(toggle)).toBe(false);
    expect(shown($(agenda, '[part="chip"]'))).toBe(true);
    wrapper.style.width = '320px';
    await frames(3);
    await agenda.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(shown($(agenda, '[part="chip"]'))).toBe(true);
  });

  for (const lang of ['fr', 'en']) {
    for (const scheme of ['light', 'dark']) {
      it(`passes axe folded and open (${lang}, ${scheme})`, async () => {
        const agenda = await mountAt('320px', lang, `color-scheme="${scheme}"`);
        await expectNoAxeViolations(agenda);
        await userEvent.click($(agenda, '[aria-controls="filters-panel"]'));
        await agenda.updateComplete;
        await expectNoAxeViolations(agenda);
      });
    }
  }
});
