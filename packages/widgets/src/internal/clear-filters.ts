/**
 * The "Clear filters" button of the agenda, the practices library and the member directory: in
 * their filter panels while a filter is set, and where no result matches.
 */
import { html, type TemplateResult } from 'lit';

/** A button saying `label` (the element's own words) that runs `clear` when pressed. */
export function clearFiltersButton(label: string, clear: (event: Event) => void): TemplateResult {
  return html`<button type="button" class="action" @click=${clear}>${label}</button>`;
}
