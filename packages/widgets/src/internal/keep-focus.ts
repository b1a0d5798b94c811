/**
 * Focus that would be lost with the control holding it: a "Clear filters" button is taken away
 * by the very update it starts (no filter is left to clear), and so is the "nothing matches"
 * message around its own. Focus then goes to the last control left in the filter panel, where
 * the visitor was: a select or a box, which opens no keyboard on a phone as a search box would.
 * The count, a polite live region, says what the cleared filters show.
 */
import type { ReactiveControllerHost } from 'lit';

/**
 * Does `clear`; when `event`'s control is gone once `host` has updated, and focus with it,
 * focuses the last control of the filter panel (`.filters` in `host`'s shadow root).
 */
export function clearKeepingFocus(
  host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
  event: Event | undefined,
  clear: () => void,
): void {
  const control = event?.currentTarget as Element | null | undefined;
  clear();
  void host.updateComplete.then(() => {
    const root = host.renderRoot as ShadowRoot;
    if (!control || control.isConnected || root.activeElement) return;
    const left = root.querySelectorAll<HTMLElement>('.filters :is(input, select, button)');
    left[left.length - 1]?.focus();
  });
}
