/**
 * The fields of GICS forms as pure Lit templates, the GOV.UK way: a field's wrapper carries
 * `part="field"` and the class `invalid` while it needs fixing; the inline message
 * (`part="field-error"`) sits between the label (and hint) and the control, begins with a
 * prefix read only by screen readers ("Error:"), and is named by the control's (or the
 * fieldset's) `aria-describedby`. Controls are never bound to state: the browser keeps what the
 * visitor typed through every re-render.
 *
 * The styles that go with these classes are `formStyles` (`form.styles.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../internal/href.js';

/** Ids joined for `aria-describedby`, or nothing at all (no empty attribute). */
export function describedBy(...list: Array<string | false | undefined>): string | typeof nothing {
  const joined = list.filter(Boolean).join(' ');
  return joined || nothing;
}

/** The message next to a field that needs fixing, or nothing while it is fine. */
export function fieldError(
  id: string,
  message: string | undefined,
  prefix: string,
): TemplateResult | typeof nothing {
  return message
    ? html`<p part="field-error" id=${id} class="error">
        <span class="vh">${prefix} </span>${message}
      </p>`
    : nothing;
}

/** What a text field shows and how its control behaves. */
export interface TextFieldOptions {
  /** The control's `id`, which its label names and summary links lead to; also its `name`. */
  id: string;
  /** The label's content. */
  label: unknown;
  /** A hint under the label (`<id>-hint`), named by the control's `aria-describedby`. */
  hint?: string | undefined;
  /** What needs fixing, if anything; shown with the id `errorId`. */
  error?: string | undefined;
  errorId: string;
  /** The screen-reader prefix of the error message ("Error:"). */
  errorPrefix: string;
  /** `<input type>` (`text` without it); an email field does not spell-check (an address is no word). */
  type?: string;
  autocomplete?: string;
  required?: boolean;
  /** Shown after the control, inside the field (a preview, a button). */
  after?: unknown;
}

/** What a multi-line text field adds to a text field's options. */
export interface TextAreaFieldOptions extends TextFieldOptions {
  rows: number;
  /** Listens to the text area's `input` events. */
  onInput?: ((event: Event) => void) | undefined;
}

/** The `aria-describedby` of a text field's control: its hint, then its error. */
function textDescribedBy(options: TextFieldOptions): string | typeof nothing {
  return describedBy(options.hint && `${options.id}-hint`, options.error && options.errorId);
}

/** A field's wrapper around its control: label, hint, error, the control, what comes after. */
function fieldFrame(options: TextFieldOptions, control: TemplateResult): TemplateResult {
  const { id, error } = options;
  return html`<div part="field" class="field ${error ? 'invalid' : ''}">
    <label part="label" for=${id}>${options.label}</label>
    ${options.hint ? html`<p part="hint" id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${fieldError(options.errorId, error, options.errorPrefix)} ${control}
    ${options.after ?? nothing}
  </div>`;
}

/** A one-line text field: label, hint, error and an `<input>`. */
export function textField(options: TextFieldOptions): TemplateResult {
  return fieldFrame(
    options,
    html`<input
      part="input"
      id=${options.id}
      name=${options.id}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? nothing}
      spellcheck=${options.type === 'email' ? 'false' : nothing}
      ?required=${options.required ?? false}
      aria-describedby=${textDescribedBy(options)}
      aria-invalid=${options.error ? 'true' : 'false'}
    />`,
  );
}

/** A multi-line text field: label, hint, error and a `<textarea>`. */
export function textAreaField(options: TextAreaFieldOptions): TemplateResult {
  return fieldFrame(
    options,
    html`<textarea
      part="input"
      id=${options.id}
      name=${options.id}
      rows=${options.rows}
      ?required=${options.required ?? false}
      aria-describedby=${textDescribedBy(options)}
      aria-invalid=${options.error ? 'true' : 'false'}
      @input=${options.onInput ?? nothing}
    ></textarea>`,
  );
}

/** One checkbox or radio button of a `choiceGroup`. */
export interface Choice {
  value: string;
  /** The control's id; `<idPrefix>-<index>` without it. */
  id?: string;
  label: string;
  /** The label's language, when it is not the form's (a language's own name). */
  lang?: string;
  /** Checked when rendered; the browser keeps the visitor's choice after that. */
  checked?: boolean;
}

/** What a group of checkboxes or radio buttons shows. */
export interface ChoiceGroupOptions {
  legend: string;
  /** The controls' `name` in the form data. */
  name: string;
  /** Controls are `<idPrefix>-0`, `<idPrefix>-1`… unless a choice names its own `id`. */
  idPrefix: string;
  type: 'checkbox' | 'radio';
  choices: readonly Choice[];
  /** What needs fixing, if anything; shown with the id `errorId`. */
  error?: string | undefined;
  errorId?: string;
  errorPrefix?: string;
  /** `true` lays the choices out in a row that wraps (`.options`); `false` stacks them. */
  inline?: boolean;
}

/** A `<fieldset>` of checkboxes or radio buttons, its legend and its error. */
export function choiceGroup(options: ChoiceGroupOptions): TemplateResult {
  const { error, errorId = '' } = options;
  const checks = options.choices.map((choice, index) => {
    const id = choice.id ?? `${options.idPrefix}-${index}`;
    return html`<div class="check">
      <input
        part="checkbox"
        type=${options.type}
        id=${id}
        name=${options.name}
        .value=${choice.value}
        ?checked=${choice.checked ?? false}
      />
      <label for=${id} lang=${choice.lang ?? nothing}>${choice.label}</label>
    </div>`;
  });
  return html`<fieldset
    part="field"
    class="field ${error ? 'invalid' : ''}"
    aria-describedby=${describedBy(error && errorId)}
  >
    <legend part="label">${options.legend}</legend>
    ${fieldError(errorId, error, options.errorPrefix ?? '')}
    ${options.inline === false ? checks : html`<div class="options">${checks}</div>`}
  </fieldset>`;
}

/** What the consent checkbox says. */
export interface ConsentFieldOptions {
  /** The checkbox's label ("Yes, I agree…"). */
  label: string;
  /** What the visitor consents to, under the checkbox (text, or a slot with it as fallback). */
  statement: unknown;
  /** The privacy policy's address; linked (in a new tab) only when it is a safe URL. */
  privacyUrl: string;
  privacyLabel: string;
  /** Said to screen readers after the privacy link ("opens in a new tab"). */
  newTab: string;
  error?: string | undefined;
  errorPrefix: string;
}

/**
 * The consent checkbox (`#consent`, never pre-checked), with the statement
 * (`#consent-statement`, `part="consent-statement"`) and the privacy link under it; the
 * checkbox's `aria-describedby` names the statement, so a screen reader reads what it agrees to.
 */
export function consentField(options: ConsentFieldOptions): TemplateResult {
  const { error } = options;
  return html`<div part="field" class="field consent ${error ? 'invalid' : ''}">
    ${fieldError('consent-error', error, options.errorPrefix)}
    <div class="check">
      <input
        part="checkbox"
        type="checkbox"
        id="consent"
        name="consent"
        required
        aria-describedby=${describedBy('consent-statement', error && 'consent-error')}
        aria-invalid=${error ? 'true' : 'false'}
      />
      <label part="label" for="consent">${options.label}</label>
    </div>
    <p part="consent-statement" id="consent-statement" class="hint statement">
      ${options.statement}
      ${
        safeHref(options.privacyUrl)
          ? html`<a part="privacy-link" href=${options.privacyUrl} target="_blank" rel="noopener"
              >${options.privacyLabel}<span class="vh"> ${options.newTab}</span></a
            >`
          : nothing
      }
    </p>
  </div>`;
}

/**
 * The consent as the visitor read it, for the consent record: the checkbox's label, the
 * statement and the privacy policy (named with its address when it is linked).
 */
export function consentText(
  label: string,
  statement: string,
  privacyUrl: string,
  privacyLabel: string,
): string {
  const privacy = safeHref(privacyUrl) ? `${privacyLabel} (${privacyUrl})` : '';
  return [label, statement, privacy].join(' ');
}

/** The submit button; `aria-disabled` (not `disabled`) while sending keeps it focusable. */
export function submitButton(label: string, sending: boolean): TemplateResult {
  return html`<button
    part="button"
    class="submit"
    type="submit"
    aria-disabled=${sending ? 'true' : 'false'}
  >
    ${label}
  </button>`;
}
