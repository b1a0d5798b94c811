/** Helpers for the agenda's browser tests: mount, wait, and read the shadow DOM as a user would. */
import { expect } from 'vitest';
import type { GicsAgenda } from '../agenda.js';
import type { GicsAgendaErrorEvent } from '../../events/agenda-error.js';
import type { GicsAgendaLoadEvent } from '../../events/agenda-load.js';
import { fixture } from '../../testing/helpers.js';

/**
 * Mounts `<gics-agenda>` inside a `lang` wrapper; resolves once loaded (or failed).
 *
 * `width` sizes the wrapper *before* the agenda is connected. The test page is a phone-sized
 * iframe, where the agenda's ResizeObserver switches the grid to the list a frame or two after
 * the first layout: resizing afterwards races that switch, and the DOM a test holds is replaced
 * under it.
 */
export async function mountAgenda(
  attributes: string,
  options: { lang?: string; wait?: boolean; summit?: unknown; width?: string } = {},
): Promise<{ agenda: GicsAgenda; outcome: Promise<GicsAgendaLoadEvent | GicsAgendaErrorEvent> }> {
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${options.lang ?? 'en'}"><gics-agenda ${attributes}></gics-agenda></div>`,
    options.width ? (element) => element.style.setProperty('width', options.width!) : undefined,
  );
  const agenda = wrapper.querySelector('gics-agenda')!;
  const outcome = nextOutcome(agenda);
  if (options.summit !== undefined) agenda.summit = options.summit;
  if (options.wait !== false) {
    await outcome;
    await agenda.updateComplete;
  }
  return { agenda, outcome };
}

export function nextOutcome(
  agenda: GicsAgenda,
): Promise<GicsAgendaLoadEvent | GicsAgendaErrorEvent> {
  return new Promise((resolve) => {
    const done = (event: GicsAgendaLoadEvent | GicsAgendaErrorEvent) => {
      agenda.removeEventListener('gics-agenda-load', done);
      agenda.removeEventListener('gics-agenda-error', done);
      void agenda.updateComplete.then(() => resolve(event));
    };
    agenda.addEventListener('gics-agenda-load', done);
    agenda.addEventListener('gics-agenda-error', done);
  });
}

export function $<T extends Element = HTMLElement>(agenda: GicsAgenda, selector: string): T {
  const found = agenda.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(agenda: GicsAgenda, selector: string): T[] {
  return [...agenda.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element with this role whose accessible text contains `name` (buttons, tabs, links). */
export function byRole<T extends HTMLElement = HTMLElement>(
  agenda: GicsAgenda,
  role: 'button' | 'tab' | 'link' | 'heading' | 'checkbox',
  name: string | RegExp,
): T {
  const selectors = {
    button: 'button:not([role])',
    tab: '[role="tab"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, [role="heading"]',
    checkbox: 'input[type="checkbox"]',
  } as const;
  const matches = (candidate: HTMLElement) => {
    const label = role === 'checkbox' ? text(candidate.closest('label')) : text(candidate);
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  };
  const found = $$<T>(agenda, selectors[role]).find(matches);
  if (!found) throw new Error(`no ${role} named ${String(name)}`);
  return found;
}

/** Titles of the cards on show, in order. */
/**
 * The cards' titles as a visitor reads them: the button's text where a title opens the dialog
 * (its copy for pages without scripts, `.title-text`, is hidden).
 */
export function cardTitles(agenda: GicsAgenda, selector = '.card-title'): string[] {
  return $$(agenda, selector).map((title) => text(title.querySelector('.title-button') ?? title));
}

export function focused(agenda: GicsAgenda): Element | null {
  return agenda.shadowRoot!.activeElement;
}

// Polls until the condition holds; the limit is generous because it only catches a hang
// (a loaded CI machine can take seconds to lay out a long agenda).
export async function until(check: () => boolean, timeout = 20_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) expect.fail('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
