/**
 * What every GICS element inherits from `GicsElement`, tested on the element itself: each
 * element's test file calls `runElementBaseTests('gics-…')` so that a component overriding a
 * lifecycle method without `super` (and so losing its language or colour scheme) fails its
 * own tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GicsElement } from '../internal/gics-element.js';

/** Gives a fresh element what it needs to render (data properties), before it joins the page. */
export type PrepareElement<T extends GicsElement> = (element: T) => void;

const mounted: HTMLElement[] = [];

/** `<div lang=…><tag></tag></div>` on the page, rendered; `wrapperLang` omitted leaves no `lang`. */
async function mount<T extends GicsElement>(
  tag: string,
  prepare: PrepareElement<T> | undefined,
  wrapperLang?: string,
  ownLang?: string,
): Promise<{ element: T; wrapper: HTMLElement }> {
  const wrapper = document.createElement('div');
  if (wrapperLang !== undefined) wrapper.lang = wrapperLang;
  const element = document.createElement(tag) as T;
  if (ownLang !== undefined) element.setAttribute('lang', ownLang);
  prepare?.(element);
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await element.updateComplete;
  return { element, wrapper };
}

/** Counts the element's updates (each renders it) from now on. */
function countRenders(element: GicsElement): () => number {
  const update = vi.spyOn(element as unknown as { update(changed: unknown): void }, 'update');
  return () => update.mock.calls.length;
}

/** A custom property's value on the element, as the browser computes it. */
const token = (element: Element, name: string) =>
  getComputedStyle(element).getPropertyValue(name).trim();

/**
 * Runs the shared behaviour of `GicsElement` against `<tag>`: language from its own `lang`,
 * from an ancestor and from the document, re-rendering when those change; `color-scheme`; and
 * `define` called twice. `prepare` sets what the element needs to render.
 */
export function runElementBaseTests<T extends GicsElement>(
  tag: string,
  prepare?: PrepareElement<T>,
): void {
  describe(`<${tag}>: what every GICS element does`, () => {
    afterEach(() => {
      vi.restoreAllMocks();
      for (const wrapper of mounted.splice(0)) wrapper.remove();
    });

    it('speaks its own lang before its ancestor’s', async () => {
      const { element } = await mount<T>(tag, prepare, 'en', 'fr-CA');
      expect(element.language).toBe('fr');
      element.lang = 'en';
      await element.updateComplete;
      expect(element.language).toBe('en');
      expect(element.getAttribute('lang')).toBe('en');
    });

    it('speaks its nearest ancestor’s lang, French or English', async () => {
      const french = await mount<T>(tag, prepare, 'fr');
      expect(french.element.language).toBe('fr');
      const english = await mount<T>(tag, prepare, 'en-GB');
      expect(english.element.language).toBe('en');
      const other = await mount<T>(tag, prepare, 'de');
      expect(other.element.language).toBe('en');
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      const { element, wrapper } = await mount<T>(tag, prepare, 'en');
      expect(element.language).toBe('en');
      const renders = countRenders(element);
      wrapper.lang = 'fr';
      // At least once: an element may update again on its own (the agenda's view model does).
      await vi.waitFor(() => expect(renders()).toBeGreaterThanOrEqual(1));
      await element.updateComplete;
      expect(element.language).toBe('fr');
    });

    it('follows the document’s lang when nothing nearer has one', async () => {
      const before = document.documentElement.getAttribute('lang');
      try {
        document.documentElement.lang = 'en';
        const { element } = await mount<T>(tag, prepare);
        expect(element.language).toBe('en');
        const renders = countRenders(element);
        document.documentElement.lang = 'fr';
        // At least once: an element may update again on its own (the agenda's view model does).
        await vi.waitFor(() => expect(renders()).toBeGreaterThanOrEqual(1));
        expect(element.language).toBe('fr');
      } finally {
        if (before === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = before;
      }
    });

    it('takes the dark or light palette its color-scheme names, and reflects it', async () => {
      const { element, wrapper } = await mount<T>(tag, prepare, 'en');
      // A host page's dark surface colour, which only the dark palette uses.
      wrapper.style.setProperty('--gics-color-surface-dark', 'rgb(1, 2, 3)');
      element.colorScheme = 'dark';
      await element.updateComplete;
      expect(element.getAttribute('color-scheme')).toBe('dark');
      expect(token(element, '--_gics-color-surface')).toBe('rgb(1, 2, 3)');
      element.setAttribute('color-scheme', 'light');
      await element.updateComplete;
      expect(element.colorScheme).toBe('light');
      expect(token(element, '--_gics-color-surface')).not.toBe('rgb(1, 2, 3)');
    });

    it('can be defined twice: the second copy keeps the first class, with one warning for another class', async () => {
      const defined = customElements.get(tag) as
        (typeof GicsElement & CustomElementConstructor) | undefined;
      expect(defined).toBeDefined();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      expect(() => defined!.define(tag)).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
      const SecondCopy = class extends defined! {};
      expect(() => SecondCopy.define(tag)).not.toThrow();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(customElements.get(tag)).toBe(defined);
    });
  });
}
