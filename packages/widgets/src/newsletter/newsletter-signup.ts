/**
 * `<gics-newsletter-signup>`: the flow of one submission, owned by this file.
 *
 *   submit (button, Enter)            ── ignored while a request is in flight
 *     → read the form (FormData) → `validateSignup` from `@gics/core/newsletter`
 *         ✗ error summary (focused) + inline messages; nothing is sent
 *     → build the `Signup`, consent record included (statement shown, language, time, page)
 *     → honeypot filled or submitted faster than `min-submit-time`?
 *         → a success message, no request, no event (a bot learns nothing)
 *     → `gics-subscribe` (cancelable)
 *         cancelled → the host sends it and calls `reportOutcome()`
 *         otherwise → the provider sends exactly one request, aborted after `timeout` ms
 *     → outcome
 *         ok    → success message in the status region (focused), `gics-subscribed`
 *         fault → its own message (focused) with "Try again", or field errors in the summary;
 *                 every value stays in the form; `gics-subscribe-error`
 *   "Try again" → the same `Signup` again, through the same path.
 *
 * Inputs are never bound to state: the browser keeps what the visitor typed, so re-rendering
 * (a language switch, a fault) never loses a value.
 *
 * What every GICS form shares comes from `src/forms/`: the fields and the consent checkbox
 * (`fields.ts`), the error summary, fault box and status region (`feedback.ts`), the honeypot
 * and minimum time (`anti-bot.ts`), the request's life (`SubmitController`), the themes of
 * `src` (`ThemesController`) and the styles (`form.styles.ts`).
 */
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createConsentRecord,
  localize,
  validateSignup,
  type Language,
  type NameFieldMode,
  type NewsletterTopic,
  type Signup,
  type SignupField,
} from '@gics/core/newsletter';
import { GicsSubscribeEvent } from '../events/subscribe.js';
import { GicsSubscribedEvent } from '../events/subscribed.js';
import { GicsSubscribeErrorEvent } from '../events/subscribe-error.js';
import {
  newsletterMessages,
  type NewsletterMessages,
  type SuccessKind,
} from '../i18n/newsletter.js';
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
  submitButton,
  textField,
} from '../forms/fields.js';
import { SubmitController } from '../forms/submit-controller.js';
import { ThemesController } from '../forms/themes-controller.js';
import { GicsElement } from '../internal/gics-element.js';
import { listAttribute } from '../internal/list-attribute.js';
import {
  loadProvider,
  PROVIDER_NAMES,
  type FieldProblem,
  type FormFieldNames,
  type Provider,
  type ProviderName,
  type ProviderSettings,
  type SubscribeFailure,
  type SubscribeOutcome,
} from './providers/index.js';
import { newsletterSignupStyles } from './newsletter-signup.styles.js';

/** The control a summary link leads to, per field. */
const FIELD_IDS = {
  email: 'email',
  name: 'name',
  interests: 'interest-0',
  language: 'language-fr',
  consent: 'consent',
} satisfies Record<SignupField, string>;

/**
 * @summary A newsletter signup form that asks for consent the way CASL and the GDPR expect,
 * shows errors the GOV.UK way, speaks French and English, and talks to Listmonk, Mailchimp, a
 * JSON endpoint, a form-post service or your own code, surviving network faults without losing
 * what the visitor typed.
 *
 * @tag gics-newsletter-signup
 *
 * @fires {GicsSubscribeEvent} gics-subscribe - Before a valid signup is sent; cancelable. Cancel it to send the signup yourself, then call `reportOutcome()`.
 * @fires {GicsSubscribedEvent} gics-subscribed - The provider accepted the signup; `detail.signup.consent` is the proof of consent to keep.
 * @fires {GicsSubscribeErrorEvent} gics-subscribe-error - The signup did not go through; `detail.kind` says why.
 *
 * @slot consent - Replaces the consent statement under the checkbox. It must still say what the visitor will receive, who sends it, how to reach them and that they can unsubscribe at any time; its text is what the consent record keeps.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper (label, hint, error, control).
 * @csspart label - Field labels.
 * @csspart hint - Hints under labels.
 * @csspart input - The text inputs (email, name).
 * @csspart checkbox - The checkboxes and radio buttons.
 * @csspart consent-statement - The consent statement under the consent checkbox.
 * @csspart privacy-link - The link to the privacy policy.
 * @csspart button - The subscribe button.
 * @csspart error-summary - The "There is a problem" box listing the fields to fix.
 * @csspart field-error - The message next to a field that needs fixing.
 * @csspart fault - The message shown when the signup could not be sent.
 * @csspart retry-button - The "Try again" button in the fault message.
 * @csspart status - The live region for progress and success messages.
 *
 * @cssprop --gics-newsletter-accent - Button and checkbox colour. Defaults to `--gics-color-primary`.
 * @cssprop --gics-newsletter-background - Background of the form. Defaults to `--gics-color-surface`.
 * @cssprop --gics-newsletter-error-color - Colour of errors in the light scheme. Defaults to a red with 6:1 contrast on white.
 * @cssprop --gics-newsletter-error-color-dark - Colour of errors in the dark scheme.
 * @cssprop --gics-newsletter-success-color - Border of the success message in the light scheme.
 * @cssprop --gics-newsletter-success-color-dark - Border of the success message in the dark scheme.
 * @cssprop --gics-newsletter-max-width - Widest the form grows. Defaults to `40em`.
 */
export class GicsNewsletterSignup extends GicsElement {
  static override styles: CSSResultGroup = [GicsElement.styles, newsletterSignupStyles];

  /** Where signups go: the endpoint (`json`, `form`), the Listmonk base URL, or the Mailchimp embed form's URL. */
  @property() action = '';

  /** Which service receives the signup: `json` (default), `form`, `listmonk` or `mailchimp`. */
  @property() provider: ProviderName = 'json';

  /** `stacked` (default) puts each field on its own row; `inline` puts the email field and the button on one row, for footers. */
  @property() layout: 'stacked' | 'inline' = 'stacked';

  /** Whether to ask for a name: `hidden` (default: ask only what is needed), `optional` or `required`. */
  @property({ attribute: 'name-field' }) nameField: NameFieldMode = 'hidden';

  /** Who sends the newsletter (CASL: the sender's name), e.g. `Coopérative GICS`. */
  @property({ attribute: 'sender-name' }) senderName = '';

  /** How to reach the sender (CASL: mailing address plus an email or web address). */
  @property({ attribute: 'sender-contact' }) senderContact = '';

  /** The privacy policy's address, linked under the consent statement. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Topics offered as checkboxes (a summit's `themes`), never pre-checked. Takes precedence over `src`. */
  @property({ attribute: false }) themes?: readonly NewsletterTopic[];

  /** A summit JSON file whose `themes` become the topics. */
  @property() src = '';

  /** Listmonk list UUIDs, separated by spaces or commas. */
  @property({ converter: listAttribute }) lists: string[] = [];

  /** `form` provider: parameter names as JSON, e.g. `{"email":"EMAIL","name":"FNAME"}`; `""` leaves a value out. */
  @property({ attribute: 'field-names', type: Object }) fieldNames: FormFieldNames = {};

  /** `mailchimp` provider: the interest group id; chosen topics go out as `group[<id>][<topic id>]`. */
  @property({ attribute: 'mailchimp-group' }) mailchimpGroup = '';

  /** `mailchimp` provider: the marketing-permission id, sent as `gdpr[<id>]=Y`. */
  @property({ attribute: 'mailchimp-permission' }) mailchimpPermission = '';

  /** Says "check your inbox to confirm" on success when the provider's answer does not tell. */
  @property({ attribute: 'double-opt-in', type: Boolean }) doubleOptIn = false;

  /** Submits sooner than this many milliseconds after the form appeared are treated as bots. `0` turns the check off. */
  @property({ attribute: 'min-submit-time', type: Number }) minSubmitTime = 1500;

  /** Milliseconds to wait for the provider (or a host handling `gics-subscribe`) before giving up. */
  @property({ type: Number }) timeout = 15000;

  @state() private success?: SuccessKind;
  @state() private problems: readonly FieldProblem[] = [];
  @state() private fault?: SubscribeFailure;

  private shownAt = 0;
  private readonly submission = new SubmitController<Signup, SubscribeOutcome>(this, {
    timeout: () => this.timeout,
    timedOut: { ok: false, kind: 'timeout' },
    failed: (error) => {
      console.error('[gics] <gics-newsletter-signup> provider failed', error);
      return { ok: false, kind: 'invalid-response' };
    },
  });
  private readonly loadedTopics = new ThemesController(this, (src, error) => {
    console.warn(`[gics] <gics-newsletter-signup> could not read topics from ${src}`, error);
  });

  /**
   * Reports how a signup the host sent itself went, after cancelling `gics-subscribe`.
   * `{ ok: true, doubleOptIn? }` shows the success message; `{ ok: false, kind }` shows that
   * fault's message (or `fields` as field errors). Ignored when no signup is waiting.
   */
  reportOutcome(outcome: SubscribeOutcome): void {
    this.submission.report(outcome);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.loadedTopics.load(this.src);
  }

  protected override firstUpdated(): void {
    this.shownAt = performance.now();
    if (!this.senderName || !this.senderContact) {
      console.warn(
        '[gics] <gics-newsletter-signup> needs sender-name and sender-contact: a consent request must say who sends the newsletter and how to reach them (CASL).',
      );
    }
  }

  private get topics(): readonly NewsletterTopic[] {
    return this.themes ?? this.loadedTopics.themes;
  }

  private get settings(): ProviderSettings {
    return {
      action: this.action,
      lists: this.lists,
      fieldNames: this.fieldNames,
      mailchimpGroup: this.mailchimpGroup || undefined,
      mailchimpPermission: this.mailchimpPermission || undefined,
    };
  }

  /** The consent text as the visitor sees it: label, statement (slotted or ours), privacy link. */
  private consentText(t: NewsletterMessages): string {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="consent"]');
    const statement = (slot?.assignedNodes({ flatten: true }) ?? [])
      .map((node) => node.textContent ?? '')
      .join('');
    return consentText(t.consentLabel, statement, this.privacyUrl, t.privacy);
  }

  private focus$(selector: string): void {
    focusInside(this.renderRoot, selector);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submission.sending) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    const result = validateSignup(
      {
        email: text('email'),
        name: text('name'),
        language: text('language'),
        interests: data.getAll('interests').map(String),
        consent: data.has('consent'),
      },
      { nameField: this.nameField, interests: this.topics.map((topic) => topic.id) },
    );
    this.fault = undefined;
    if (!result.ok) {
      this.problems = result.errors;
      await this.updateComplete;
      this.focus$('.summary');
      return;
    }
    this.problems = [];
    const lang = this.language;
    const signup: Signup = {
      ...result.fields,
      consent: createConsentRecord({
        statement: this.consentText(newsletterMessages[lang]),
        language: lang,
        pageUrl: location.href,
      }),
    };
    if (looksLikeBot(data, this.shownAt, this.minSubmitTime)) {
      // Most likely a bot: pretend it worked and send nothing.
      await this.showSuccess(this.doubleOptIn ? 'confirm' : 'subscribed');
      return;
    }
    await this.send(signup, false);
  }

  private async onRetry(): Promise<void> {
    const last = this.submission.last;
    if (!this.submission.sending && last) await this.send(last, true);
  }

  /** Starts loading the provider's module while the visitor fills the form in. */
  private readonly prefetchProvider = (): void => {
    const name = PROVIDER_NAMES.includes(this.provider) ? this.provider : 'json';
    loadProvider(name).catch(() => undefined); // tried again, and reported, on submit
  };

  /** Sends through a built-in provider, loading its module first (see `providers/index.ts`). */
  private async sendThrough(
    name: ProviderName,
    signup: Signup,
    signal: AbortSignal,
  ): Promise<SubscribeOutcome> {
    let provider: Provider;
    try {
      provider = await loadProvider(name);
    } catch {
      // The provider's module did not arrive: to the visitor, the network failed.
      return { ok: false, kind: navigator.onLine ? 'network' : 'offline' };
    }
    return provider({ signup, settings: this.settings, signal });
  }

  private async send(signup: Signup, retry: boolean): Promise<void> {
    const provider = PROVIDER_NAMES.includes(this.provider) ? this.provider : 'json';
    const sent = await this.submission.send(signup, (signal) =>
      this.emit(new GicsSubscribeEvent({ signup, provider, retry }))
        ? () => this.sendThrough(provider, signup, signal)
        : undefined,
    );
    if (!sent) return;
    const { outcome } = sent;
    const sentBy = sent.byUs ? provider : undefined;
    if (outcome.ok) {
      const doubleOptIn = outcome.doubleOptIn ?? this.doubleOptIn;
      await this.showSuccess(
        outcome.alreadySubscribed ? 'already' : doubleOptIn ? 'confirm' : 'subscribed',
      );
      const subscribed = new GicsSubscribedEvent({
        signup,
        provider: sentBy,
        doubleOptIn,
        alreadySubscribed: outcome.alreadySubscribed === true,
        ...('response' in outcome ? { response: outcome.response } : {}),
      });
      this.emit(subscribed);
      return;
    }
    if (outcome.kind === 'invalid' && outcome.fields?.length) {
      this.fault = undefined;
      this.problems = outcome.fields;
      await this.updateComplete;
      this.focus$('.summary');
    } else {
      this.fault = outcome;
      await this.updateComplete;
      this.focus$('.fault');
    }
    const failed = new GicsSubscribeErrorEvent({ ...outcome, signup, provider: sentBy });
    this.emit(failed);
  }

  private async showSuccess(kind: SuccessKind): Promise<void> {
    this.fault = undefined;
    this.problems = [];
    this.success = kind;
    await this.updateComplete;
    this.focus$('.status');
  }

  /** Summary links lead to their field inside the shadow root, not to a document fragment. */
  private onSummaryClick(event: Event): void {
    followSummaryLink(event, this.renderRoot);
  }

  private problemText(problem: FieldProblem, t: NewsletterMessages): string {
    return (problem.code && t.errors[problem.code]) || problem.message || t.faults.invalid;
  }

  private problemFor(field: SignupField, t: NewsletterMessages): string | undefined {
    const problem = this.problems.find((candidate) => candidate.field === field);
    return problem && this.problemText(problem, t);
  }

  private renderSummary(t: NewsletterMessages) {
    const items = this.problems.map((problem) => ({
      target: FIELD_IDS[problem.field],
      text: this.problemText(problem, t),
    }));
    return errorSummary(t.summaryTitle, items, this.onSummaryClick);
  }

  private renderFault(t: NewsletterMessages, lang: Language) {
    const fault = this.fault;
    if (!fault) return nothing;
    const wait =
      fault.kind === 'rate-limited'
        ? ` ${t.retryAfter(fault.retryAfter === undefined ? undefined : formatWait(fault.retryAfter, lang))}`
        : '';
    return faultBox({
      title: t.summaryTitle,
      text: `${t.faults[fault.kind]}${wait}`,
      message: fault.message,
      serviceSaid: t.serviceSaid,
      retry:
        fault.kind === 'rejected'
          ? undefined
          : { label: t.retry, busy: this.submission.sending, onClick: this.onRetry },
    });
  }

  private renderEmail(t: NewsletterMessages) {
    return textField({
      id: 'email',
      label: t.emailLabel,
      hint: t.emailHint,
      error: this.problemFor('email', t),
      errorId: 'email-error',
      errorPrefix: t.errorPrefix,
      type: 'email',
      autocomplete: 'email',
      required: true,
    });
  }

  private renderName(t: NewsletterMessages) {
    if (this.nameField !== 'optional' && this.nameField !== 'required') return nothing;
    const required = this.nameField === 'required';
    return textField({
      id: 'name',
      label: `${t.nameLabel}${required ? '' : ` ${t.optional}`}`,
      error: this.problemFor('name', t),
      errorId: 'name-error',
      errorPrefix: t.errorPrefix,
      autocomplete: 'name',
      required,
    });
  }

  private renderTopics(t: NewsletterMessages, lang: Language) {
    if (this.topics.length === 0) return nothing;
    return choiceGroup({
      legend: t.interestsLegend,
      name: 'interests',
      idPrefix: 'interest',
      type: 'checkbox',
      choices: this.topics.map((topic) => ({ value: topic.id, label: localize(topic.name, lang) })),
      error: this.problemFor('interests', t),
      errorId: 'interests-error',
      errorPrefix: t.errorPrefix,
      inline: false,
    });
  }

  private renderLanguage(t: NewsletterMessages, lang: Language) {
    return choiceGroup({
      legend: t.languageLegend,
      name: 'language',
      idPrefix: 'language',
      type: 'radio',
      choices: (['fr', 'en'] as const).map((value) => ({
        value,
        id: `language-${value}`,
        label: value === 'fr' ? 'Français' : 'English',
        lang: value,
        checked: value === lang,
      })),
    });
  }

  private renderConsent(t: NewsletterMessages) {
    const sender = this.senderName || location.hostname;
    return consentField({
      label: t.consentLabel,
      statement: html`<slot name="consent"
        >${t.consentStatement(sender, this.senderContact)}</slot
      >`,
      privacyUrl: this.privacyUrl,
      privacyLabel: t.privacy,
      newTab: t.newTab,
      error: this.problemFor('consent', t),
      errorPrefix: t.errorPrefix,
    });
  }

  private renderForm(t: NewsletterMessages, lang: Language) {
    const button = submitButton(t.submit, this.submission.sending);
    const rest = html`${this.renderName(t)} ${this.renderTopics(t, lang)}
    ${this.renderLanguage(t, lang)} ${this.renderConsent(t)}`;
    return html`<form
      part="form"
      novalidate
      @submit=${this.onSubmit}
      @focusin=${this.prefetchProvider}
    >
      ${
        this.layout === 'inline'
          ? html`<div class="row">${this.renderEmail(t)} ${button}</div>
              ${rest}`
          : html`${this.renderEmail(t)} ${rest} ${button}`
      }
      ${honeypotField(t.honeypot)}
    </form>`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const t = newsletterMessages[lang];
    const sending = this.submission.sending;
    return html`<div part="base" class="base ${this.layout}" lang=${lang}>
      ${this.renderFault(t, lang)} ${this.renderSummary(t)}
      ${this.success ? nothing : this.renderForm(t, lang)}
      ${statusRegion(sending ? t.sending : this.success && t.success[this.success], sending)}
    </div>`;
  }
}
