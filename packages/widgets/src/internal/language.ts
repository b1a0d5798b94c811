/**
 * Which language an element speaks, and one shared watch on the page's `lang` attributes.
 *
 * An element follows the language around it: its own `lang`, else the nearest ancestor's, else
 * the document's, else the browser's. A host page may change any of those at any time (a
 * language switcher sets `<html lang>` or a section's `lang`), so one `MutationObserver` for the
 * whole document watches every `lang` attribute, and each change re-renders only the elements
 * whose resolved language changed. Every element shares that observer, however many there are.
 */
import type { Language } from '@gics/core';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else the
 * document's, else the browser's. Anything French is `fr`; everything else is `en`.
 */
export function languageOf(element: HTMLElement): Language {
  const tag =
    element.lang ||
    element.parentElement?.closest('[lang]')?.getAttribute('lang') ||
    document.documentElement.lang ||
    navigator.language;
  return /^fr\b/i.test(tag) ? 'fr' : 'en';
}

/** An element that re-renders when asked. */
interface Renderable extends HTMLElement {
  requestUpdate(): void;
}

/** The language each followed element last resolved (and so showed). */
const shown = new WeakMap<Renderable, Language>();
const followers = new Set<Renderable>();
let observer: MutationObserver | undefined;

function recheck(): void {
  for (const element of followers) {
    const last = shown.get(element);
    if (last !== undefined && languageOf(element) !== last) element.requestUpdate();
  }
}

/**
 * `languageOf(element)`, remembered as the language `element` shows: a later `lang` change
 * that resolves differently re-renders it (once `followLanguage` has been called).
 */
export function resolveLanguage(element: Renderable): Language {
  const language = languageOf(element);
  shown.set(element, language);
  return language;
}

/**
 * Starts re-rendering `element` when its resolved language changes; call when it joins the
 * page. An element moved under another `lang` re-renders at once.
 */
export function followLanguage(element: Renderable): void {
  followers.add(element);
  if (followers.size === 1) {
    observer ??= new MutationObserver(recheck);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  const last = shown.get(element);
  if (last !== undefined && languageOf(element) !== last) element.requestUpdate();
}

/** Stops following `element`; call when it leaves the page. */
export function unfollowLanguage(element: Renderable): void {
  followers.delete(element);
  if (followers.size === 0) observer?.disconnect();
}

/** Re-renders `element` when the document's `lang` changes; call `connect`/`disconnect`. */
export function observeDocumentLang(element: { requestUpdate(): void }): {
  connect(): void;
  disconnect(): void;
} {
  const observer = new MutationObserver(() => element.requestUpdate());
  return {
    connect: () =>
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] }),
    disconnect: () => observer.disconnect(),
  };
}
