/**
 * The two quiet checks GICS forms make against bots, with no puzzle for people: a honeypot
 * field that people never see (hidden, `inert`, out of the tab order) but that form-filling
 * bots fill in, and a minimum time between the form appearing and its submit that a person
 * filling it in always takes. A form that fails either shows its success message and sends
 * nothing, so a bot learns nothing.
 */
import { html, type TemplateResult } from 'lit';

/** The honeypot's name in the form data (and its id). */
export const HONEYPOT = 'gics_hp';

/** The honeypot field; `label` tells whoever reaches it anyway to leave it empty. */
export function honeypotField(label: string): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true" inert>
    <label for="${HONEYPOT}">${label}</label>
    <input id="${HONEYPOT}" name="${HONEYPOT}" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

/**
 * Whether a submit looks like a bot's: the honeypot has a value, or it came sooner than
 * `minSubmitTime` ms after `shownAt` (a `performance.now()` time; `0` ms turns that check off).
 */
export function looksLikeBot(data: FormData, shownAt: number, minSubmitTime: number): boolean {
  return String(data.get(HONEYPOT) ?? '') !== '' || performance.now() - shownAt < minSubmitTime;
}
