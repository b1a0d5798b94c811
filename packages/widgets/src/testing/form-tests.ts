/**
 * What the browser tests of the form elements (`<gics-newsletter-signup>`,
 * `<gics-practice-form>`) share: reading the shadow DOM, a fresh request log per test on the
 * element's test server, waiting for the outcome a submit ends with, and failing a test that
 * writes to `console.error` (an expected fault never reaches the console).
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanupFixtures } from './helpers.js';

/** The element in `host`'s shadow root that matches `selector`; throws when there is none. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The element that has focus inside `host`'s shadow root. */
export function focused(host: Element): Element | null {
  return host.shadowRoot!.activeElement;
}

/**
 * A fresh URL space on a test server (`<server>/<run id>`), so a test reads only its own
 * requests: `GET <server>/__requests/<run id>` lists them.
 */
export function runOn<Request>(server: string): {
  base: string;
  requests: () => Promise<Request[]>;
} {
  const id = crypto.randomUUID();
  return {
    base: `${server}/${id}`,
    requests: async () => (await fetch(`${server}/__requests/${id}`)).json() as Promise<Request[]>,
  };
}

/**
 * Resolves with the next event of either type (a submission's success or failure) on `element`,
 * once the element has rendered what follows it.
 */
export function nextEventOf<Outcome extends Event>(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  types: readonly [success: string, failure: string],
): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      for (const type of types) element.removeEventListener(type, done);
      void element.updateComplete.then(() => resolve(event as Outcome));
    };
    for (const type of types) element.addEventListener(type, done);
  });
}

/** Clicks the submit button (`part="button"`) and resolves with the outcome (`nextEventOf`). */
export async function submitAndWait<Outcome extends Event>(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  types: readonly [success: string, failure: string],
): Promise<Outcome> {
  const outcome = nextEventOf<Outcome>(element, types);
  await userEvent.click($(element, '[part~="button"]'));
  return outcome;
}

/**
 * Removes the fixtures after each test of the file and fails the test if it wrote to
 * `console.error`: the forms report faults to the visitor, and only bugs to the console.
 */
export function failOnConsoleErrors(): void {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    cleanupFixtures();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
}
