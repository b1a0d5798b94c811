/**
 * `gics.js` of the CDN build: paste it once, and each GICS element the page uses loads the
 * first time its tag appears, from the module next to this file (`agenda.js` for
 * `<gics-agenda>`); tags that are not on the page cost nothing. Lit and the shared element
 * layer come with the first element, as one file every element module imports.
 *
 *   page parsed → every GICS tag in the document loaded
 *   element added later (by a framework, a CMS, `innerHTML`) → the observer loads its tag
 *   tag already defined (say by `agenda.js` pasted too) → left alone
 *
 * A second copy of this file on the page (a plugin and a theme each pasting one) stands down
 * with one warning, so each element loads once. A tag whose module fails to load is asked for
 * again the next time one is added. Elements inside a shadow root the page builds itself are
 * not seen by the observer: `discover(root)` loads what such a root holds.
 *
 * A page pre-rendered on a server (`@gics/widgets/ssr`) holds elements whose shadow root is
 * already there (declarative shadow DOM) before their tag is defined: for those, Lit's hydration
 * support (`hydrate-support.js`, beside this file) is imported first, before any element module
 * evaluates Lit, so the elements take over their HTML instead of drawing it again. Other pages
 * never fetch it.
 */
import { CDN_ELEMENTS, type ElementTag } from './elements.js';

const folder = new URL('./', import.meta.url);
const tags = Object.keys(CDN_ELEMENTS) as ElementTag[];
const selector = tags.join(',');
/** The tags asked for (or found defined): each module is imported once. */
const requested = new Set<string>();
const claim = Symbol.for('gics-kit.autoloader');
const page = globalThis as typeof globalThis & { [claim]?: string };

/** Lit's hydration support, once a pre-rendered element was found (before any element module). */
let hydration: Promise<unknown> | undefined;

function hydrationSupport(): Promise<unknown> {
  return (hydration ??= import(new URL('hydrate-support.js', folder).href).catch(
    (error: unknown) => {
      // The elements then draw their HTML again: the page still works.
      console.error('[gics] The hydration support could not be loaded.', error);
    },
  ));
}

function load(tag: ElementTag): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  const url = new URL(CDN_ELEMENTS[tag], folder).href;
  let ready = Promise.resolve<unknown>(undefined);
  if (hydration) {
    // The element's module downloads while the hydration support arrives, and runs after it.
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = url;
    document.head.append(preload);
    ready = hydration;
  }
  ready
    .then(() => import(url))
    .catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[gics] <${tag}> could not be loaded from ${url}.`, error);
    });
}

/** Loads the module of every GICS element in `root` (and of `root` itself). */
export function discover(root: ParentNode): void {
  if (page[claim] !== import.meta.url) return;
  const found = root instanceof Element && root.matches(selector) ? [root] : [];
  const elements = [...found, ...root.querySelectorAll(selector)];
  if (elements.some((element) => element.shadowRoot && !customElements.get(element.localName))) {
    void hydrationSupport();
  }
  for (const element of elements) load(element.localName as ElementTag);
}

if (page[claim] === undefined) {
  page[claim] = import.meta.url;
  discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
} else if (page[claim] !== import.meta.url) {
  console.warn(
    `[gics] GICS Kit's autoloader is already on this page (${page[claim]}); ${import.meta.url} leaves the elements to it.`,
  );
}
