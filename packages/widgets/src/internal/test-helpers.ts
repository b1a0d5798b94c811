import axe from 'axe-core';
import { expect } from 'vitest';

/** Waits for a Lit element (and Lit children it owns) to finish rendering. */
export async function settled(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown> };
  if (lit.updateComplete) await lit.updateComplete;
}

/**
 * Mounts markup in a fresh container and returns its first element once it has rendered.
 * `prepare` runs on that element before the container joins the page (e.g. to size it).
 */
export async function fixture<T extends Element>(
  markup: string,
  prepare?: (element: T) => void,
): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('data-fixture', '');
  container.innerHTML = markup;
  prepare?.(container.firstElementChild as T);
  document.body.append(container);
  const element = container.firstElementChild as T;
  await settled(element);
  return element;
}

/** Removes every fixture so tests do not see each other's elements. */
export function cleanupFixtures(): void {
  for (const container of document.querySelectorAll('[data-fixture]')) container.remove();
}

/** Runs axe on the element (shadow roots included) and fails with the rules it broke. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
