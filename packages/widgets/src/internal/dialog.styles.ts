/**
 * The frame of an element's detail `<dialog>` (a workshop, a practice, a member): its box and
 * backdrop, the heading row with the close button, and the list of facts. Imported only by the
 * dialogs' modules that arrive on demand, which add their own styles after these and adopt the
 * whole (`adoptStyles`, internal/on-demand.ts), so no first paint carries them.
 */

/** Identity tag, so the build minifies these styles like Lit's `css` ones. */
const css = String.raw;

/** The dialog's frame; a dialog's own styles follow and may override it. */
export const dialogStyles = css`
  .dialog {
    inline-size: min(42em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: calc(var(--_gics-space) * 2);
    border: 1px solid var(--_gics-color-border);
    border-radius: var(--_gics-radius);
    background: var(--_gics-color-surface);
    color: var(--_gics-color-text);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .dialog > * + * {
    margin-block-start: calc(var(--_gics-space) * 1.5);
  }

  .dialog-head {
    display: flex;
    gap: var(--_gics-space);
    align-items: start;
    justify-content: space-between;
  }

  .dialog h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .dialog h3 {
    font-size: 1em;
  }

  .close {
    flex: none;
    /* A full touch target; the button's font is 1.5 times the element's. */
    inline-size: max(44px, calc(2.75em / 1.5));
    block-size: max(44px, calc(2.75em / 1.5));
    border: 1px solid var(--_gics-color-border);
    border-radius: 50%;
    background: none;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }

  .facts {
    display: grid;
    gap: calc(var(--_gics-space) * 0.5);
    margin-block-end: 0;
  }

  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gics-space);
  }

  .facts dt {
    font-weight: 600;
  }

  /* French sets a non-breaking space before the colon, so it never starts a line. */
  .facts dt::after {
    content: '\a0:';
  }

  .dialog:lang(en) .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
  }

  /* Themes: a list, so each is heard as an item of its own rather than one long name. */
  .facts .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gics-space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
