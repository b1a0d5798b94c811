/**
 * "Clear filters" takes itself away with the filters it clears: in the agenda, the practices
 * library and the member directory alike, focus then goes to the last control left in the filter
 * panel rather than to the page's body, where a keyboard or screen reader user would lose their
 * place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { gicsCommunity } from '@gics/core/samples/community';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '../define/gics-agenda.js';
import '../define/gics-members.js';
import '../define/gics-practices.js';
import { cleanupFixtures, fixture } from '../testing/helpers.js';

afterEach(() => cleanupFixtures());

type Filtered = HTMLElement & { updateComplete: Promise<boolean> };

const root = (host: Element) => host.shadowRoot!;
const controls = (host: Element) =>
  [
    ...root(host).querySelectorAll<HTMLElement>(
      '.filters :is(input, select, button):not(:disabled)',
    ),
  ].filter((control) => control.getClientRects().length > 0);
const clearButton = (host: Element) =>
  [...root(host).querySelectorAll<HTMLButtonElement>('.filters button')].find(
    (button) => button.textContent?.trim() === 'Clear filters',
  );

/** Mounts `tag` at 1,000 px (every filter shown) with `data` set as `property`. */
async function mount(tag: string, property: string, data: unknown): Promise<Filtered> {
  const wrapper = await fixture<HTMLElement>(`<div lang="en"><${tag}></${tag}></div>`, (element) =>
    element.style.setProperty('width', '1000px'),
  );
  const host = wrapper.querySelector<Filtered>(tag)!;
  (host as unknown as Record<string, unknown>)[property] = data;
  await host.updateComplete;
  // Loading a value set as a property is asynchronous too: wait for the filters to show.
  for (let tries = 0; tries < 50 && controls(host).length < 2; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await host.updateComplete;
  }
  return host;
}

/** Sets a filter as a visitor would: a box ticked, a chip pressed, or a select's second option. */
async function filterSomething(host: Filtered): Promise<void> {
  const panel = root(host).querySelector('.filters')!;
  const box = panel.querySelector<HTMLInputElement>('input[type="checkbox"]');
  const chip = panel.querySelector<HTMLButtonElement>('button[aria-pressed]');
  const select = panel.querySelector<HTMLSelectElement>('select');
  if (box) box.click();
  else if (chip) chip.click();
  else {
    select!.selectedIndex = 1;
    select!.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await host.updateComplete;
}

describe('"Clear filters" with the keyboard', () => {
  it.each([
    ['gics-agenda', 'summit', montreal2023],
    ['gics-practices', 'community', gicsCommunity],
    ['gics-members', 'community', gicsCommunity],
  ])(
    'in <%s>, leaves focus on the last control of the filter panel',
    async (tag, property, data) => {
      const host = await mount(tag, property, data);
      await filterSomething(host);
      const clear = clearButton(host);
      expect(clear).toBeDefined();

      clear!.focus();
      await userEvent.keyboard('{Enter}');
      await host.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));

      expect(clearButton(host)).toBeUndefined();
      const left = controls(host);
      expect(root(host).activeElement).not.toBeNull();
      expect(root(host).activeElement).toBe(left[left.length - 1]);
    },
  );
});
