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
