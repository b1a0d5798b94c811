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

/**
 * The text of `node` as a screen reader reads it: its text nodes in order, joined as they stand
 * (inline neighbours without a space between them run together, as they do when read), with
 * everything under `aria-hidden="true"` left out; white space collapsed.
 */
export function spokenText(node: Node | null | undefined): string {
  let spoken = '';
  const walk = (current: Node) => {
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return;
    if (current.nodeType === Node.TEXT_NODE) spoken += current.textContent ?? '';
    for (const child of current.childNodes) walk(child);
  };
  if (node) walk(node);
  return spoken.replace(/\s+/g, ' ').trim();
}

/** The level of a heading (`h1`…`h6`, or `role="heading"` with `aria-level`); 0 for any other. */
function headingLevel(element: Element): number {
  const tag = /^h([1-6])$/.exec(element.localName);
  if (tag) return Number(tag[1]);
  return element.getAttribute('role') === 'heading'
    ? Number(element.getAttribute('aria-level') ?? 2)
    : 0;
}

/**
 * The heading `heading` falls under in an outline, as a screen reader's list of headings shows
 * it: the nearest heading before it, in its root, of a lower level.
 */
export function headingAbove(heading: Element): Element | undefined {
  const level = headingLevel(heading);
  const root = heading.getRootNode() as ParentNode;
  const before = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(
    (each) => each.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.reverse().find((each) => {
    const above = headingLevel(each);
    return above > 0 && above < level;
  });
}

/** The policy a careful site sends: nothing inline, scripts and styles from its own origin. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Renders `markup` in a frame whose page sends `STRICT_CSP`, after loading `moduleUrl` there,
 * and collects every `securitypolicyviolation` the page reports from then on. The elements are
 * defined inside the frame, by its own copy of the modules, exactly as on such a site.
 */
export async function underStrictCsp(
  moduleUrl: string,
  tag: string,
  markup: string,
): Promise<{ document: Document; violations: string[]; remove: () => void }> {
  const frame = document.createElement('iframe');
  // Wide enough for the agenda's grid, which falls back to the list on narrow screens.
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
    <script type="module" src="${moduleUrl}"></script></head><body></body></html>`;
  document.body.append(frame);
  await loaded;
  // Vitest's browser mode rewrites `import()` into a call on a runner object that only the
  // test page has; the frame gets the same stand-in Vitest gives workers.
  Object.assign(frame.contentWindow!, {
    __vitest_browser_runner__: { wrapDynamicImport: (load: () => unknown) => load() },
  });
  const page = frame.contentDocument!;
  const violations: string[] = [];
  page.addEventListener('securitypolicyviolation', (event) => {
    const target = event.target instanceof Element ? event.target.localName : 'document';
    violations.push(`${event.violatedDirective} on ${target}`);
  });
  await frame.contentWindow!.customElements.whenDefined(tag);
  page.body.innerHTML = markup;
  for (const element of page.body.querySelectorAll(tag)) {
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  // Violations are reported in a task of their own.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { document: page, violations, remove: () => frame.remove() };
}
