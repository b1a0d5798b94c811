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
 */
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createConsentRecord,
  localize,
  topicsFromSummit,
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
import { GicsElement } from '../internal/gics-element.js';
import { safeHref } from '../internal/href.js';
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

const HONEYPOT = 'gics_hp';

/** The control a summary link leads to, per field. */
const FIELD_IDS = {
  email: 'email',
  name: 'name',
  interests: 'interest-0',
  language: 'language-fr',
  consent: 'consent',
} satisfies Record<SignupField, string>;

/** "45 seconds", "2 minutes", "2 minutes" in French: the platform knows the plurals. */
function formatWait(seconds: number, lang: Language): string {
  const minutes = seconds > 90;
  return new Intl.NumberFormat(`${lang}-CA`, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? Math.ceil(seconds / 60) : Math.max(1, seconds));
}

/** Ids joined for `aria-describedby`, or nothing at all. */
function ids(...list: Array<string | false | undefined>): string | typeof nothing {
  const joined = list.filter(Boolean).join(' ');
  return joined || nothing;
}

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

  @state() private sending = false;
  @state() private success?: SuccessKind;
  @state() private problems: readonly FieldProblem[] = [];
  @state() private fault?: SubscribeFailure;
  @state() private loadedTopics: readonly NewsletterTopic[] = [];

  private shownAt = 0;
  private lastSignup?: Signup;
  private request?: AbortController;
  private topicsRequest?: AbortController;
  private settle?: (outcome: SubscribeOutcome) => void;

  /**
   * Reports how a signup the host sent itself went, after cancelling `gics-subscribe`.
   * `{ ok: true, doubleOptIn? }` shows the success message; `{ ok: false, kind }` shows that
   * fault's message (or `fields` as field errors). Ignored when no signup is waiting.
   */
  reportOutcome(outcome: SubscribeOutcome): void {
    this.settle?.(outcome);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.topicsRequest?.abort();
    this.request?.abort();
    this.request = undefined;
    this.sending = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.loadTopics();
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
    return this.themes ?? this.loadedTopics;
  }

  private async loadTopics(): Promise<void> {
    this.topicsRequest?.abort();
    this.loadedTopics = [];
    if (!this.src) return;
    const request = new AbortController();
    this.topicsRequest = request;
    try {
      const response = await fetch(this.src, { signal: request.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.loadedTopics = topicsFromSummit(await response.json());
    } catch (error) {
      if (!request.signal.aborted) {
        console.warn(
          `[gics] <gics-newsletter-signup> could not read topics from ${this.src}`,
          error,
        );
      }
    }
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
    const privacy = safeHref(this.privacyUrl) ? `${t.privacy} (${this.privacyUrl})` : '';
    return [t.consentLabel, statement, privacy].join(' ');
  }

  private focus$(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
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
    if (text(HONEYPOT) !== '' || performance.now() - this.shownAt < this.minSubmitTime) {
      // Most likely a bot: pretend it worked and send nothing.
      await this.showSuccess(this.doubleOptIn ? 'confirm' : 'subscribed');
      return;
    }
    await this.send(signup, false);
  }

  private async onRetry(): Promise<void> {
    if (!this.sending && this.lastSignup) await this.send(this.lastSignup, true);
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
    this.lastSignup = signup;
    this.sending = true;
    const request = new AbortController();
    this.request = request;
    const timer = this.timeout > 0 ? setTimeout(() => request.abort(), this.timeout) : undefined;
    const provider = PROVIDER_NAMES.includes(this.provider) ? this.provider : 'json';
    // Ready before the event fires, so a host may report from inside its listener.
    const reported = new Promise<SubscribeOutcome>((resolve) => {
      this.settle = resolve;
      request.signal.addEventListener('abort', () => resolve({ ok: false, kind: 'timeout' }));
    });
    const subscribe = new GicsSubscribeEvent({ signup, provider, retry });
    const proceed = this.emit(subscribe);
    let outcome: SubscribeOutcome;
    try {
      if (proceed) this.settle = undefined;
      outcome = proceed ? await this.sendThrough(provider, signup, request.signal) : await reported;
    } catch (error) {
      // A bug, not a fault the visitor caused: say so to the developer, recover the form.
      console.error('[gics] <gics-newsletter-signup> provider failed', error);
      outcome = { ok: false, kind: 'invalid-response' };
    } finally {
      clearTimeout(timer);
      this.settle = undefined;
    }
    // Removed from the page (or superseded) while waiting: nobody is there to tell.
    if (this.request !== request) return;
    this.request = undefined;
    this.sending = false;
    const sentBy = proceed ? provider : undefined;
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
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    this.focus$(link.getAttribute('href') ?? '');
  }

  private problemText(problem: FieldProblem, t: NewsletterMessages): string {
    return (problem.code && t.errors[problem.code]) || problem.message || t.faults.invalid;
  }

  private problemFor(field: SignupField, t: NewsletterMessages): string | undefined {
    const problem = this.problems.find((candidate) => candidate.field === field);
    return problem && this.problemText(problem, t);
  }

  private renderError(field: SignupField, message: string | undefined, t: NewsletterMessages) {
    return message
      ? html`<p part="field-error" id="${field}-error" class="error">
          <span class="vh">${t.errorPrefix} </span>${message}
        </p>`
      : nothing;
  }

  private renderSummary(t: NewsletterMessages) {
    if (this.problems.length === 0) return nothing;
    return html`<div part="error-summary" class="box summary" tabindex="-1">
      <div role="alert">
        <p class="title">${t.summaryTitle}</p>
        <ul @click=${this.onSummaryClick}>
          ${this.problems.map(
            (problem) =>
              html`<li>
                <a href="#${FIELD_IDS[problem.field]}">${this.problemText(problem, t)}</a>
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderFault(t: NewsletterMessages, lang: Language) {
    const fault = this.fault;
    if (!fault) return nothing;
    const wait =
      fault.kind === 'rate-limited'
        ? ` ${t.retryAfter(fault.retryAfter === undefined ? undefined : formatWait(fault.retryAfter, lang))}`
        : '';
    return html`<div part="fault" class="box fault" tabindex="-1">
      <div role="alert">
        <p class="title">${t.summaryTitle}</p>
        <p>${t.faults[fault.kind]}${wait}</p>
        ${fault.message ? html`<p>${t.serviceSaid} <q>${fault.message}</q></p>` : nothing}
      </div>
      ${
        fault.kind === 'rejected'
          ? nothing
          : html`<button
              part="retry-button"
              class="secondary"
              type="button"
              aria-disabled=${this.sending ? 'true' : 'false'}
              @click=${this.onRetry}
            >
              ${t.retry}
            </button>`
      }
    </div>`;
  }

  private renderEmail(t: NewsletterMessages) {
    const error = this.problemFor('email', t);
    return html`<div part="field" class="field email ${error ? 'invalid' : ''}">
      <label part="label" for="email">${t.emailLabel}</label>
      <p part="hint" id="email-hint" class="hint">${t.emailHint}</p>
      ${this.renderError('email', error, t)}
      <input
        part="input"
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        spellcheck="false"
        required
        aria-describedby=${ids('email-hint', error && 'email-error')}
        aria-invalid=${error ? 'true' : 'false'}
      />
    </div>`;
  }

  private renderName(t: NewsletterMessages) {
    if (this.nameField !== 'optional' && this.nameField !== 'required') return nothing;
    const error = this.problemFor('name', t);
    const required = this.nameField === 'required';
    return html`<div part="field" class="field ${error ? 'invalid' : ''}">
      <label part="label" for="name">${t.nameLabel}${required ? '' : ` ${t.optional}`}</label>
      ${this.renderError('name', error, t)}
      <input
        part="input"
        id="name"
        name="name"
        type="text"
        autocomplete="name"
        ?required=${required}
        aria-describedby=${ids(error && 'name-error')}
        aria-invalid=${error ? 'true' : 'false'}
      />
    </div>`;
  }

  private renderTopics(t: NewsletterMessages, lang: Language) {
    if (this.topics.length === 0) return nothing;
    const error = this.problemFor('interests', t);
    return html`<fieldset
      part="field"
      class="field ${error ? 'invalid' : ''}"
      aria-describedby=${ids(error && 'interests-error')}
    >
      <legend part="label">${t.interestsLegend}</legend>
      ${this.renderError('interests', error, t)}
      ${this.topics.map(
        (topic, index) =>
          html`<div class="check">
            <input
              part="checkbox"
              type="checkbox"
              id="interest-${index}"
              name="interests"
              .value=${topic.id}
            />
            <label for="interest-${index}">${localize(topic.name, lang)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderLanguage(t: NewsletterMessages, lang: Language) {
    const option = (value: Language, label: string) =>
      html`<div class="check">
        <input
          part="checkbox"
          type="radio"
          id="language-${value}"
          name="language"
          value=${value}
          ?checked=${lang === value}
        />
        <label for="language-${value}" lang=${value}>${label}</label>
      </div>`;
    return html`<fieldset part="field" class="field">
      <legend part="label">${t.languageLegend}</legend>
      <div class="options">${option('fr', 'Français')} ${option('en', 'English')}</div>
    </fieldset>`;
  }

  private renderConsent(t: NewsletterMessages) {
    const error = this.problemFor('consent', t);
    const sender = this.senderName || location.hostname;
    return html`<div part="field" class="field consent ${error ? 'invalid' : ''}">
      ${this.renderError('consent', error, t)}
      <div class="check">
        <input
          part="checkbox"
          type="checkbox"
          id="consent"
          name="consent"
          required
          aria-describedby=${ids('consent-statement', error && 'consent-error')}
          aria-invalid=${error ? 'true' : 'false'}
        />
        <label part="label" for="consent">${t.consentLabel}</label>
      </div>
      <p part="consent-statement" id="consent-statement" class="hint statement">
        <slot name="consent">${t.consentStatement(sender, this.senderContact)}</slot>
        ${
          safeHref(this.privacyUrl)
            ? html`<a part="privacy-link" href=${this.privacyUrl} target="_blank" rel="noopener"
                >${t.privacy}<span class="vh"> ${t.newTab}</span></a
              >`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderForm(t: NewsletterMessages, lang: Language) {
    const button = html`<button
      part="button"
      class="submit"
      type="submit"
      aria-disabled=${this.sending ? 'true' : 'false'}
    >
      ${t.submit}
    </button>`;
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
      <div class="honeypot" aria-hidden="true" inert>
        <label for="${HONEYPOT}">${t.honeypot}</label>
        <input id="${HONEYPOT}" name="${HONEYPOT}" type="text" tabindex="-1" autocomplete="off" />
      </div>
    </form>`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const t = newsletterMessages[lang];
    return html`<div part="base" class="base ${this.layout}" lang=${lang}>
      ${this.renderFault(t, lang)} ${this.renderSummary(t)}
      ${this.success ? nothing : this.renderForm(t, lang)}
      <div
        part="status"
        class="status ${this.sending ? 'filled sending' : this.success ? 'filled' : ''}"
        role="status"
        tabindex="-1"
      >
        ${this.sending ? t.sending : this.success ? t.success[this.success] : nothing}
      </div>
    </div>`;
  }
}
