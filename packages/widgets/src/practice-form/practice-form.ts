/**
 * `<gics-practice-form>`: the flow of one submission, owned by this file.
 *
 *   submit (button, Enter)            ── ignored while a request is in flight
 *     → read the form (FormData); the submit module (`submit.ts`: the core's check, the words
 *       of problems, the provider), asked for since the visitor started filling the form in
 *         ✗ it does not arrive: "check your connection", focused; every value stays
 *     → `validatePracticeSubmission` from `@gics/core/community`
 *         ✗ error summary (focused) + inline messages; nothing is sent
 *     → build the `PracticeSubmission`, consent record included (statement shown, language,
 *       time, page)
 *     → honeypot filled or submitted faster than `min-submit-time`?
 *         → the success message, no request, no event (a bot learns nothing)
 *     → `gics-practice-submit` (cancelable)
 *         `provider="event"` or cancelled → the host sends it and calls `reportOutcome()`
 *         otherwise → `submit.ts` posts it to `action`: one request, aborted after `timeout` ms
 *     → outcome
 *         ok    → "received, published after review" in the status region (focused),
 *                 `gics-practice-submitted`
 *         fault → its own message (focused) with "Try again", or field errors in the summary;
 *                 every value stays in the form; `gics-practice-submit-error`
 *   "Try again" → the same submission again, through the same path.
 *
 * The body's preview renders the text with the safe Markdown subset (`src/markdown/`), loaded
 * the first time the visitor asks for it. Inputs are never bound to state: the browser keeps
 * what the visitor typed, so re-rendering (a language switch, a fault) never loses a value.
 *
 * What every GICS form shares comes from `src/forms/`: the fields and the consent checkbox
 * (`fields.ts`), the error summary, fault box and status region (`feedback.ts`), the honeypot
 * and minimum time (`anti-bot.ts`), the request's life (`SubmitController`), the themes of
 * `src` (`ThemesController`) and the styles (`form.styles.ts`).
 */
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Language, MemberKind } from '@gics/core';
import type {
  PracticeSubmission,
  PracticeSubmissionError,
  PracticeSubmissionField,
} from '@gics/core/community';
import { localize, type NewsletterTopic } from '@gics/core/newsletter';
import { GicsPracticeSubmitEvent } from '../events/practice-submit.js';
import { GicsPracticeSubmittedEvent } from '../events/practice-submitted.js';
import { GicsPracticeSubmitErrorEvent } from '../events/practice-submit-error.js';
import { practiceFormMessages, type PracticeFormMessages } from '../i18n/practice-form.js';
import type { PracticeProblemMessages } from '../i18n/practice-form-problems.js';
import { honeypotField, looksLikeBot } from '../forms/anti-bot.js';
import {
  errorSummary,
  faultBox,
  focusInside,
  followSummaryLink,
  formatWait,
  statusRegion,
} from '../forms/feedback.js';
import {
  choiceGroup,
  consentField,
  consentText,
  describedBy,
  fieldError,
  submitButton,
  textAreaField,
  textField,
  type Choice,
} from '../forms/fields.js';
import { SubmitController } from '../forms/submit-controller.js';
import { ThemesController } from '../forms/themes-controller.js';
import { GicsElement } from '../internal/gics-element.js';
import { languageName } from '../internal/language-name.js';
import { listAttribute } from '../internal/list-attribute.js';
import type { MarkdownContext } from '../markdown/markdown.js';
import { countries } from './countries.js';
import { practiceFormStyles } from './practice-form.styles.js';
import type * as Submit from './submit.js';
import {
  PRACTICE_PROVIDERS,
  type PracticeProvider,
  type PracticeSubmitFailure,
  type PracticeSubmitOutcome,
} from './types.js';

/** How many link rows the form offers. */
const LINK_ROWS = 3;

/** The control a summary link leads to, per field (a link's own row when the error names one). */
const FIELD_IDS = {
  language: 'language-0',
  title: 'title',
  summary: 'summary',
  body: 'body',
  themes: 'theme-0',
  languages: 'available-0',
  links: 'link-url-0',
  authorName: 'author-name',
  organisation: 'organisation',
  kind: 'kind-0',
  country: 'country',
  contactEmail: 'email',
  consent: 'consent',
} satisfies Record<PracticeSubmissionField, string>;

type RenderMarkdown = (text: string, context: MarkdownContext) => TemplateResult[];

/** The Markdown renderer, fetched once per page the first time a preview is asked for. */
let markdown: Promise<RenderMarkdown> | undefined;
function loadMarkdown(): Promise<RenderMarkdown> {
  return (markdown ??= import('../markdown/markdown.js').then(
    (module) => module.renderMarkdown,
    (error: unknown) => {
      markdown = undefined;
      throw error;
    },
  ));
}

/** The submit module (check, words of problems, provider), fetched once per page. */
let submitModule: Promise<typeof Submit> | undefined;
function loadSubmit(): Promise<typeof Submit> {
  return (submitModule ??= import('./submit.js').catch((error: unknown) => {
    submitModule = undefined;
    throw error;
  }));
}

/**
 * @summary A form to share a good practice with a community of practice: texts with a preview,
 * themes, languages, links, the author as they wish to appear, a contact address that is never
 * published and a consent to publication recorded with the submission. Errors the GOV.UK way,
 * French and English, nothing lost on a fault; the submission waits for a moderator.
 *
 * @tag gics-practice-form
 *
 * @fires {GicsPracticeSubmitEvent} gics-practice-submit - Before a valid submission is sent; cancelable. Cancel it (or use `provider="event"`) to send it yourself, then call `reportOutcome()`.
 * @fires {GicsPracticeSubmittedEvent} gics-practice-submitted - The service received the submission; it is published after review. `detail.submission.consent` is the consent to keep.
 * @fires {GicsPracticeSubmitErrorEvent} gics-practice-submit-error - The submission did not go through; `detail.kind` says why.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The `<form>`.
 * @csspart group - Each group of fields (the practice, its author, the contact).
 * @csspart group-title - The legend of each group.
 * @csspart field - Each field's wrapper (label, hint, error, control).
 * @csspart label - Field labels and legends.
 * @csspart hint - Hints under labels.
 * @csspart input - Text inputs, text areas and the country list.
 * @csspart checkbox - Checkboxes and radio buttons.
 * @csspart preview-button - The button that shows or hides the preview.
 * @csspart preview - The preview of the practice's text.
 * @csspart consent-statement - What publication means, under the consent checkbox.
 * @csspart privacy-link - The link to the privacy policy.
 * @csspart button - The submit button.
 * @csspart error-summary - The "There is a problem" box listing the fields to fix.
 * @csspart field-error - The message next to a field that needs fixing.
 * @csspart fault - The message shown when the submission could not be sent.
 * @csspart retry-button - The "Try again" button in the fault message.
 * @csspart status - The live region for progress and success messages.
 *
 * @cssprop --gics-practice-form-accent - Buttons, checkboxes and focus rings. Defaults to `--gics-color-primary`.
 * @cssprop --gics-practice-form-background - Background of the form. Defaults to `--gics-color-surface`.
 * @cssprop --gics-practice-form-error-color - Colour of errors in the light scheme. Defaults to a red with 6:1 contrast on white.
 * @cssprop --gics-practice-form-error-color-dark - Colour of errors in the dark scheme.
 * @cssprop --gics-practice-form-success-color - Border of the success message in the light scheme.
 * @cssprop --gics-practice-form-success-color-dark - Border of the success message in the dark scheme.
 * @cssprop --gics-practice-form-max-width - Widest the form grows. Defaults to `44em`.
 */
export class GicsPracticeForm extends GicsElement {
  static override styles: CSSResultGroup = [GicsElement.styles, practiceFormStyles];

  /** Where submissions go with the `json` provider: the endpoint that receives the POST. */
  @property() action = '';

  /** `json` (default) posts the submission to `action`; `event` leaves sending to the host (see `gics-practice-submit`). */
  @property() provider: PracticeProvider = 'json';

  /** Who reviews submissions before they are published, e.g. `Coopérative Exemple`; named in the consent statement and the success message. */
  @property({ attribute: 'moderator-name' }) moderatorName = '';

  /** How to reach the moderators (an email or web address), to have a practice corrected or removed. */
  @property({ attribute: 'moderator-contact' }) moderatorContact = '';

  /** The privacy policy's address, linked under the consent statement. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Themes offered as checkboxes, never pre-checked. Takes precedence over `src`. */
  @property({ attribute: false }) themes?: readonly NewsletterTopic[];

  /** A community or summit JSON file whose `themes` are offered. */
  @property() src = '';

  /** Languages the practice may be available in, as BCP 47 tags separated by spaces or commas; named by the browser. */
  @property({ converter: listAttribute }) languages: string[] = ['fr', 'en', 'es'];

  /** Submits sooner than this many milliseconds after the form appeared are treated as bots. `0` turns the check off. */
  @property({ attribute: 'min-submit-time', type: Number }) minSubmitTime = 3000;

  /** Milliseconds to wait for the service (or a host handling `gics-practice-submit`) before giving up. */
  @property({ type: Number }) timeout = 20000;

  @state() private received = false;
  @state() private problems: readonly PracticeSubmissionError[] = [];
  @state() private fault?: PracticeSubmitFailure;
  @state() private previewOpen = false;
  @state() private previewText = '';
  @state() private renderPreview?: RenderMarkdown;
  @state() private previewFailed = false;
  /** The submit module, once it has arrived: its words say what went wrong. */
  @state() private submit?: typeof Submit;
  /** The submit module did not arrive when the visitor submitted. */
  @state() private unavailable = false;

  private shownAt = 0;
  /** Between a submit and the start of its request (the submit module may still be arriving). */
  private preparing = false;
  private readonly submission = new SubmitController<PracticeSubmission, PracticeSubmitOutcome>(
    this,
    {
      timeout: () => this.timeout,
      timedOut: { ok: false, kind: 'timeout' },
      failed: (error) => {
        console.error('[gics] <gics-practice-form> sending failed', error);
        return { ok: false, kind: 'invalid-response' };
      },
    },
  );
  private readonly loadedThemes = new ThemesController(this, (src, error) => {
    console.warn(`[gics] <gics-practice-form> could not read themes from ${src}`, error);
  });

  /**
   * Reports how a submission the host sent itself went (after cancelling `gics-practice-submit`,
   * or with `provider="event"`). `{ ok: true }` shows the "received" message; `{ ok: false, kind }`
   * shows that fault's message (or `fields` as field errors). Ignored when none is waiting.
   */
  reportOutcome(outcome: PracticeSubmitOutcome): void {
    this.submission.report(outcome);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.loadedThemes.load(this.src);
  }

  protected override firstUpdated(): void {
    this.shownAt = performance.now();
    if (!this.moderatorName || !this.moderatorContact) {
      console.warn(
        '[gics] <gics-practice-form> needs moderator-name and moderator-contact: the consent to publication must say who reviews practices and how to reach them.',
      );
    }
  }

  private get offeredThemes(): readonly NewsletterTopic[] {
    return this.themes ?? this.loadedThemes.themes;
  }

  private get moderator(): string {
    return this.moderatorName || practiceFormMessages[this.language].moderatorFallback;
  }

  /** The consent text as the visitor sees it: label, statement, privacy link. */
  private consentText(t: PracticeFormMessages): string {
    return consentText(
      t.consentLabel,
      t.consentStatement(this.moderator, this.moderatorContact),
      this.privacyUrl,
      t.privacy,
    );
  }

  private focus$(selector: string): void {
    focusInside(this.renderRoot, selector);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submission.sending || this.preparing) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    this.preparing = true;
    let submit: typeof Submit;
    try {
      submit = this.submit ??= await loadSubmit();
    } catch {
      this.preparing = false;
      this.problems = [];
      this.unavailable = true;
      await this.updateComplete;
      this.focus$('.fault');
      return;
    }
    this.preparing = false;
    this.unavailable = false;
    const text = (name: string) => String(data.get(name) ?? '');
    const result = submit.validatePracticeSubmission(
      {
        language: text('language'),
        title: text('title'),
        summary: text('summary'),
        body: text('body'),
        themes: data.getAll('themes').map(String),
        languages: data.getAll('languages').map(String),
        links: Array.from({ length: LINK_ROWS }, (_, index) => ({
          url: text(`link-url-${index}`),
          title: text(`link-title-${index}`),
        })),
        authorName: text('author-name'),
        organisation: text('organisation'),
        kind: text('kind'),
        country: text('country'),
        contactEmail: text('email'),
        consent: data.has('consent'),
      },
      { themes: this.offeredThemes.map((theme) => theme.id) },
    );
    this.fault = undefined;
    if (!result.ok) {
      await this.showProblems(result.errors);
      return;
    }
    this.problems = [];
    const lang = this.language;
    const submission: PracticeSubmission = {
      ...result.fields,
      consent: submit.createConsentRecord({
        statement: this.consentText(practiceFormMessages[lang]),
        language: lang,
        pageUrl: location.href,
      }),
    };
    if (looksLikeBot(data, this.shownAt, this.minSubmitTime)) {
      // Most likely a bot: pretend it worked and send nothing.
      await this.showReceived();
      return;
    }
    await this.send(submission, false);
  }

  private async onRetry(): Promise<void> {
    const last = this.submission.last;
    if (!this.submission.sending && last) await this.send(last, true);
  }

  /** Starts loading the submit module while the visitor fills the form in. */
  private readonly prefetch = (): void => {
    loadSubmit().then(
      (module) => (this.submit ??= module),
      () => undefined, // tried again, and reported, on submit
    );
  };

  private async send(submission: PracticeSubmission, retry: boolean): Promise<void> {
    const provider: PracticeProvider = PRACTICE_PROVIDERS.includes(this.provider)
      ? this.provider
      : 'json';
    const sent = await this.submission.send(submission, (signal) => {
      const proceed = this.emit(new GicsPracticeSubmitEvent({ submission, provider, retry }));
      return proceed && provider === 'json'
        ? () => this.submit!.sendSubmission(this.action, submission, signal)
        : undefined;
    });
    if (!sent) return;
    const { outcome } = sent;
    const sentBy = sent.byUs ? provider : undefined;
    if (outcome.ok) {
      await this.showReceived();
      this.emit(
        new GicsPracticeSubmittedEvent({
          submission,
          provider: sentBy,
          ...('response' in outcome ? { response: outcome.response } : {}),
        }),
      );
      return;
    }
    if (outcome.kind === 'invalid' && outcome.fields?.length) {
      await this.showProblems(outcome.fields);
    } else {
      this.fault = outcome;
      await this.updateComplete;
      this.focus$('.fault');
    }
    this.emit(new GicsPracticeSubmitErrorEvent({ ...outcome, submission, provider: sentBy }));
  }

  private async showProblems(problems: readonly PracticeSubmissionError[]): Promise<void> {
    this.fault = undefined;
    this.unavailable = false;
    this.problems = problems;
    await this.updateComplete;
    this.focus$('.summary');
  }

  private async showReceived(): Promise<void> {
    this.fault = undefined;
    this.unavailable = false;
    this.problems = [];
    this.received = true;
    await this.updateComplete;
    this.focus$('.status');
  }

  /** Summary links lead to their field inside the shadow root, not to a document fragment. */
  private onSummaryClick(event: Event): void {
    followSummaryLink(event, this.renderRoot);
  }

  private async onPreviewToggle(): Promise<void> {
    this.previewOpen = !this.previewOpen;
    if (!this.previewOpen) return;
    this.previewText =
      this.renderRoot.querySelector<HTMLTextAreaElement>('#body')?.value ?? this.previewText;
    this.previewFailed = false;
    try {
      this.renderPreview ??= await loadMarkdown();
    } catch {
      this.previewFailed = true;
    }
  }

  /** While the preview is shown, it follows what the visitor types. */
  private onBodyInput(event: Event): void {
    if (this.previewOpen) this.previewText = (event.target as HTMLTextAreaElement).value;
  }

  /** The words of problems, in `lang`, once the submit module has arrived. */
  private problemWords(lang: Language): PracticeProblemMessages | undefined {
    return this.submit?.practiceProblemMessages[lang];
  }

  private problemText(problem: PracticeSubmissionError, p: PracticeProblemMessages): string {
    const message = p.errors[problem.code] ?? p.faults.invalid;
    return problem.index === undefined ? message : p.linkError(problem.index + 1, message);
  }

  private problemFor(
    field: PracticeSubmissionField,
    t: PracticeFormMessages,
    index?: number,
  ): string | undefined {
    const problem = this.problems.find(
      (candidate) =>
        candidate.field === field && (index === undefined || candidate.index === index),
    );
    return problem && this.problemWords(this.language)?.errors[problem.code];
  }

  private summaryTarget(problem: PracticeSubmissionError): string {
    if (problem.index === undefined) return FIELD_IDS[problem.field];
    const row = Math.min(problem.index, LINK_ROWS - 1);
    return problem.code === 'link_title_too_long' ? `link-title-${row}` : `link-url-${row}`;
  }

  private renderSummary(t: PracticeFormMessages, lang: Language) {
    const p = this.problemWords(lang);
    if (!p) return nothing;
    const items = this.problems.map((problem) => ({
      target: this.summaryTarget(problem),
      text: this.problemText(problem, p),
    }));
    return errorSummary(t.summaryTitle, items, this.onSummaryClick);
  }

  private renderFault(t: PracticeFormMessages, lang: Language) {
    if (this.unavailable) return faultBox({ title: t.summaryTitle, text: t.unavailable });
    const fault = this.fault;
    const p = this.problemWords(lang);
    if (!fault || !p) return nothing;
    const wait =
      fault.kind === 'rate-limited'
        ? ` ${p.retryAfter(fault.retryAfter === undefined ? undefined : formatWait(fault.retryAfter, lang))}`
        : '';
    return faultBox({
      title: t.summaryTitle,
      text: `${p.faults[fault.kind]}${wait}`,
      message: fault.message,
      serviceSaid: p.serviceSaid,
      retry:
        fault.kind === 'rejected'
          ? undefined
          : { label: t.retry, busy: this.submission.sending, onClick: this.onRetry },
    });
  }

  /** A one-line text field with its label, hint and error. */
  private renderText(
    field: PracticeSubmissionField,
    id: string,
    label: string,
    t: PracticeFormMessages,
    options: { hint?: string; type?: string; autocomplete?: string; required?: boolean } = {},
  ) {
    return textField({ ...options, ...this.fieldWords(field, t), id, label });
  }

  /** A multi-line text field with its label, hint and error (the body's preview after it). */
  private renderTextArea(
    field: PracticeSubmissionField,
    label: string,
    hint: string,
    rows: number,
    t: PracticeFormMessages,
  ) {
    const body = field === 'body';
    return textAreaField({
      ...this.fieldWords(field, t),
      id: field,
      label,
      hint,
      rows,
      required: true,
      onInput: body ? this.onBodyInput : undefined,
      after: body ? this.renderPreviewPart(t) : undefined,
    });
  }

  /** A field's error, its id and the prefix that screen readers say before it. */
  private fieldWords(field: PracticeSubmissionField, t: PracticeFormMessages) {
    return {
      error: this.problemFor(field, t),
      errorId: `${field}-error`,
      errorPrefix: t.errorPrefix,
    };
  }

  /** A group of checkboxes or radio buttons. */
  private renderChoices(
    field: PracticeSubmissionField,
    legend: string,
    name: string,
    idPrefix: string,
    type: 'checkbox' | 'radio',
    choices: readonly Choice[],
    t: PracticeFormMessages,
  ) {
    return choiceGroup({ ...this.fieldWords(field, t), legend, name, idPrefix, type, choices });
  }

  private renderPreviewPart(t: PracticeFormMessages) {
    const toggle = html`<button
      part="preview-button"
      id="preview-toggle"
      class="secondary preview-button"
      type="button"
      aria-expanded=${this.previewOpen ? 'true' : 'false'}
      aria-controls="preview"
      @click=${this.onPreviewToggle}
    >
      ${this.previewOpen ? t.hidePreview : t.showPreview}
    </button>`;
    let content: unknown = nothing;
    if (this.previewOpen) {
      if (this.previewFailed) content = html`<p class="hint">${t.previewFailed}</p>`;
      else if (!this.previewText.trim()) content = html`<p class="hint">${t.previewEmpty}</p>`;
      else if (this.renderPreview) {
        content = this.renderPreview(this.previewText, { newTab: t.newTab });
      }
    }
    return html`${toggle}
      <section
        part="preview"
        id="preview"
        class="preview"
        aria-labelledby="preview-title"
        ?hidden=${!this.previewOpen}
      >
        <p id="preview-title" class="preview-title">${t.previewTitle}</p>
        <div class="preview-body">${content}</div>
      </section>`;
  }

  private renderLinks(t: PracticeFormMessages) {
    const tooMany = this.problems.find((problem) => problem.code === 'links_too_many');
    const p = this.problemWords(this.language);
    return html`<fieldset part="field" class="field links" aria-describedby="links-hint">
      <legend part="label">${t.linksLegend}</legend>
      <p part="hint" id="links-hint" class="hint">${t.linksHint}</p>
      ${fieldError('links-error', tooMany && p?.errors[tooMany.code], t.errorPrefix)}
      ${Array.from({ length: LINK_ROWS }, (_, index) => {
        const urlError = this.problemFor('links', t, index);
        const problem = this.problems.find((candidate) => candidate.index === index);
        const titleInvalid = problem?.code === 'link_title_too_long';
        return html`<fieldset class="link-row ${urlError ? 'invalid' : ''}">
          <legend class="link-name">${t.link(index + 1)}</legend>
          ${fieldError(`link-${index}-error`, urlError, t.errorPrefix)}
          <div class="link-fields">
            <div class="field">
              <label part="label" for="link-url-${index}">${t.linkUrl}</label>
              <input
                part="input"
                id="link-url-${index}"
                name="link-url-${index}"
                type="url"
                inputmode="url"
                spellcheck="false"
                aria-describedby=${describedBy(urlError && !titleInvalid && `link-${index}-error`)}
                aria-invalid=${urlError && !titleInvalid ? 'true' : 'false'}
              />
            </div>
            <div class="field">
              <label part="label" for="link-title-${index}">${t.linkTitle}</label>
              <input
                part="input"
                id="link-title-${index}"
                name="link-title-${index}"
                type="text"
                aria-describedby=${describedBy(titleInvalid && `link-${index}-error`)}
                aria-invalid=${titleInvalid ? 'true' : 'false'}
              />
            </div>
          </div>
        </fieldset>`;
      })}
    </fieldset>`;
  }

  private renderCountry(t: PracticeFormMessages, lang: Language) {
    const error = this.problemFor('country', t);
    return html`<div part="field" class="field ${error ? 'invalid' : ''}">
      <label part="label" for="country">${t.countryLabel}</label>
      ${fieldError('country-error', error, t.errorPrefix)}
      <select
        part="input"
        id="country"
        name="country"
        autocomplete="country"
        aria-describedby=${describedBy(error && 'country-error')}
        aria-invalid=${error ? 'true' : 'false'}
      >
        <option value="">${t.countryNone}</option>
        ${countries(lang).map(
          (country) => html`<option .value=${country.code}>${country.name}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderConsent(t: PracticeFormMessages) {
    return consentField({
      label: t.consentLabel,
      statement: t.consentStatement(this.moderator, this.moderatorContact),
      privacyUrl: this.privacyUrl,
      privacyLabel: t.privacy,
      newTab: t.newTab,
      error: this.problemFor('consent', t),
      errorPrefix: t.errorPrefix,
    });
  }

  private renderForm(t: PracticeFormMessages, lang: Language) {
    const themes = this.offeredThemes;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prefetch}>
      <fieldset part="group" class="group">
        <legend part="group-title">${t.practiceLegend}</legend>
        ${this.renderChoices(
          'language',
          t.languageLegend,
          'language',
          'language',
          'radio',
          (['fr', 'en'] as const).map((value) => ({
            value,
            label: value === 'fr' ? 'Français' : 'English',
            lang: value,
            checked: value === lang,
          })),
          t,
        )}
        ${this.renderText('title', 'title', t.titleLabel, t, { required: true })}
        ${this.renderTextArea('summary', t.summaryLabel, t.summaryHint, 3, t)}
        ${this.renderTextArea('body', t.bodyLabel, t.bodyHint, 12, t)}
        ${
          themes.length > 0
            ? this.renderChoices(
                'themes',
                t.themesLegend,
                'themes',
                'theme',
                'checkbox',
                themes.map((theme) => ({ value: theme.id, label: localize(theme.name, lang) })),
                t,
              )
            : nothing
        }
        ${this.renderChoices(
          'languages',
          t.languagesLegend,
          'languages',
          'available',
          'checkbox',
          this.languages.map((tag) => {
            const name = languageName(tag, lang);
            return { value: tag, label: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) };
          }),
          t,
        )}
        ${this.renderLinks(t)}
      </fieldset>
      <fieldset part="group" class="group">
        <legend part="group-title">${t.authorLegend}</legend>
        ${this.renderText('authorName', 'author-name', t.authorNameLabel, t, {
          autocomplete: 'name',
          required: true,
        })}
        ${this.renderText('organisation', 'organisation', t.organisationLabel, t, {
          autocomplete: 'organization',
        })}
        ${this.renderChoices(
          'kind',
          t.kindLegend,
          'kind',
          'kind',
          'radio',
          // The words' table lists every kind (the compiler sees to it), in the order shown.
          (Object.keys(t.kinds) as MemberKind[]).map((kind) => ({
            value: kind,
            label: t.kinds[kind],
          })),
          t,
        )}
        ${this.renderCountry(t, lang)}
      </fieldset>
      <fieldset part="group" class="group">
        <legend part="group-title">${t.contactLegend}</legend>
        ${this.renderText('contactEmail', 'email', t.emailLabel, t, {
          hint: t.emailHint(this.moderator),
          type: 'email',
          autocomplete: 'email',
          required: true,
        })}
      </fieldset>
      ${this.renderConsent(t)} ${submitButton(t.submit, this.submission.sending)}
      ${honeypotField(t.honeypot)}
    </form>`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const t = practiceFormMessages[lang];
    const sending = this.submission.sending;
    return html`<div part="base" class="base" lang=${lang}>
      ${this.renderFault(t, lang)} ${this.renderSummary(t, lang)}
      ${this.received ? nothing : this.renderForm(t, lang)}
      ${statusRegion(sending ? t.sending : this.received ? t.success(this.moderator) : undefined, sending)}
    </div>`;
  }
}
