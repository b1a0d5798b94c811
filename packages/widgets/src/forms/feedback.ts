/**
 * What a GICS form says after a submit, as pure Lit templates: the GOV.UK error summary (a
 * focusable box whose links lead to the fields to fix), the fault box (why nothing went
 * through, with "Try again" when trying again can help) and the status region (progress, then
 * success). The element moves focus to whichever appears (`focusInside`), so a keyboard or
 * screen-reader user lands on it: the boxes and the status region take focus (`tabindex="-1"`)
 * without joining the tab order, and the boxes' text sits in a `role="alert"` that is announced
 * when it appears.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@gics/core';

/** Focuses the first element of `root` that matches `selector`, if there is one. */
export function focusInside(root: ParentNode, selector: string): void {
  root.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * Handles a click in the error summary: its links (`href="#<control id>"`) lead to their
 * control inside the shadow root, where a document fragment cannot reach.
 */
export function followSummaryLink(event: Event, root: ParentNode): void {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  event.preventDefault();
  focusInside(root, link.getAttribute('href') ?? '');
}

/** One line of the error summary: the control it leads to and what to fix there. */
export interface SummaryItem {
  /** The control's id (without `#`). */
  target: string;
  text: string;
}

/**
 * The "There is a problem" box (`part="error-summary"`, class `summary`), or nothing when
 * there is nothing to fix. `onClick` receives the clicks on its links (see `followSummaryLink`).
 */
export function errorSummary(
  title: string,
  items: readonly SummaryItem[],
  onClick: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div part="error-summary" class="box summary" tabindex="-1">
    <div role="alert">
      <p class="title">${title}</p>
      <ul @click=${onClick}>
        ${items.map(
          (item) =>
            html`<li>
              <a href="#${item.target}">${item.text}</a>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** What the fault box says. */
export interface FaultBoxOptions {
  title: string;
  /** Why nothing went through, in the visitor's language. */
  text: string;
  /** The service's own explanation, quoted after `serviceSaid`. */
  message?: string | undefined;
  serviceSaid?: string;
  /** The "Try again" button, when trying again can help. */
  retry?: { label: string; busy: boolean; onClick: () => void } | undefined;
}

/** The box that says why a submission did not go through (`part="fault"`, class `fault`). */
export function faultBox(options: FaultBoxOptions): TemplateResult {
  const { retry } = options;
  return html`<div part="fault" class="box fault" tabindex="-1">
    <div role="alert">
      <p class="title">${options.title}</p>
      <p>${options.text}</p>
      ${options.message ? html`<p>${options.serviceSaid} <q>${options.message}</q></p>` : nothing}
    </div>
    ${
      retry
        ? html`<button
            part="retry-button"
            class="secondary"
            type="button"
            aria-disabled=${retry.busy ? 'true' : 'false'}
            @click=${retry.onClick}
          >
            ${retry.label}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The live region (`part="status"`, `role="status"`, focusable for the success message):
 * `message` while sending or after success, framed once it has something to say.
 */
export function statusRegion(message: string | undefined, sending: boolean): TemplateResult {
  return html`<div
    part="status"
    class="status ${sending ? 'filled sending' : message ? 'filled' : ''}"
    role="status"
    tabindex="-1"
  >
    ${message ?? nothing}
  </div>`;
}

/** "45 seconds", "2 minutes", "2 minutes" in French: the platform knows the plurals. */
export function formatWait(seconds: number, lang: Language): string {
  const minutes = seconds > 90;
  return new Intl.NumberFormat(`${lang}-CA`, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? Math.ceil(seconds / 60) : Math.max(1, seconds));
}
