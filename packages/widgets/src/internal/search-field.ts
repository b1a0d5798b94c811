/**
 * The search box of the agenda's, the library's and the directory's filters: a labelled
 * `type="search"` input whose every keystroke goes to the element (`SearchBox` in
 * search-box.ts holds what it says).
 */
import { html, type TemplateResult } from 'lit';

/** The box `id`, labelled `label`, holding `value`; `input` receives each keystroke's event. */
export function searchField(
  id: string,
  label: string,
  value: string,
  input: (event: Event) => void,
): TemplateResult {
  return html`<div class="field search">
    <label for=${id}>${label}</label>
    <input id=${id} type="search" autocomplete="off" .value=${value} @input=${input} />
  </div>`;
}
