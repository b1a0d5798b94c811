/** Helpers for the library's browser tests: mount, wait, and read the shadow DOM as a user would. */
import type { GicsPractices } from '../practices.js';
import type { GicsPracticesErrorEvent } from '../../events/practices-error.js';
import type { GicsPracticesLoadEvent } from '../../events/practices-load.js';
import { expect } from 'vitest';
import { fixture } from '../../testing/helpers.js';

type Outcome = GicsPracticesLoadEvent | GicsPracticesErrorEvent;

/**
 * Mounts `<gics-practices>` inside a `lang` wrapper `width` wide (set before it joins the page:
 * the element's width decides its layout); resolves once loaded (or failed).
 */
export async function mountPractices(
  attributes: string,
  options: { lang?: string; wait?: boolean; community?: unknown; width?: string } = {},
): Promise<{ library: GicsPractices; outcome: Promise<Outcome> }> {
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${options.lang ?? 'en'}"><gics-practices ${attributes}></gics-practices></div>`,
    (element) => element.style.setProperty('width', options.width ?? '1000px'),
  );
  const library = wrapper.querySelector('gics-practices')!;
  const outcome = nextOutcome(library);
  if (options.community !== undefined) library.community = options.community;
  if (options.wait !== false) {
    await outcome;
    await library.updateComplete;
  }
  return { library, outcome };
}

export function nextOutcome(library: GicsPractices): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (event: Outcome) => {
      library.removeEventListener('gics-practices-load', done);
      library.removeEventListener('gics-practices-error', done);
      void library.updateComplete.then(() => resolve(event));
    };
    library.addEventListener('gics-practices-load', done);
    library.addEventListener('gics-practices-error', done);
  });
}

/** Titles of the cards on show, in order. */
export function cardTitles(library: GicsPractices): string[] {
  return [...library.shadowRoot!.querySelectorAll('.card-title')].map((title) =>
    (title.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Waits until the element and its narrow-width observer have settled (a frame or two). */
export async function frames(count = 2): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element with this role whose text contains `name` (buttons, links, checkboxes by label). */
export function byRole<T extends HTMLElement = HTMLElement>(
  host: Element,
  role: 'button' | 'link' | 'checkbox',
  name: string | RegExp,
): T {
  const selectors = { button: 'button', link: 'a[href]', checkbox: 'input[type="checkbox"]' };
  const matches = (candidate: HTMLElement) => {
    const label =
      role === 'checkbox'
        ? text(host.shadowRoot!.querySelector(`label[for="${candidate.id}"]`))
        : text(candidate);
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  };
  const found = $$<T>(host, selectors[role]).find(matches);
  if (!found) throw new Error(`no ${role} named ${String(name)}`);
  return found;
}

export function focused(host: Element): Element | null {
  return host.shadowRoot!.activeElement;
}

/** Polls until the condition holds; the limit only catches a hang. */
export async function until(check: () => boolean, timeout = 20_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) expect.fail('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
