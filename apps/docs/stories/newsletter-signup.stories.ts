import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gics/widgets/newsletter-signup.js';
import type {
  FaultKind,
  GicsNewsletterSignup,
  GicsSubscribeEvent,
  ProviderName,
  SubscribeOutcome,
} from '@gics/widgets';

/**
 * What the simulated provider answers. The stories need no server: they cancel
 * `gics-subscribe` and report back with `reportOutcome()`, exactly as a host that sends the
 * signup itself would (see the README, "Custom handler").
 */
type Answer = 'subscribed' | 'confirm' | 'already' | FaultKind;

interface NewsletterArgs {
  /** Unset: the toolbar's language decides (through the story root's `lang`). */
  lang?: 'fr' | 'en';
  provider: ProviderName;
  layout: 'stacked' | 'inline';
  nameField: 'hidden' | 'optional' | 'required';
  /** Unset: the toolbar's colour scheme decides. */
  colorScheme?: 'light' | 'dark';
  senderName: string;
  senderContact: string;
  privacyUrl: string;
  minSubmitTime: number;
  withTopics: boolean;
  /** The answers the simulated provider gives, one per attempt (the last one repeats). */
  answers: Answer[];
}

const ANSWERS: Record<Answer, SubscribeOutcome> = {
  subscribed: { ok: true, doubleOptIn: false },
  confirm: { ok: true, doubleOptIn: true },
  already: { ok: true, alreadySubscribed: true },
  timeout: { ok: false, kind: 'timeout' },
  offline: { ok: false, kind: 'offline' },
  network: { ok: false, kind: 'network' },
  cors: { ok: false, kind: 'cors' },
  server: { ok: false, kind: 'server', status: 503 },
  'rate-limited': { ok: false, kind: 'rate-limited', status: 429, retryAfter: 120 },
  'invalid-response': { ok: false, kind: 'invalid-response' },
  script: { ok: false, kind: 'script' },
  rejected: { ok: false, kind: 'rejected', status: 403, message: 'Subscriptions are closed.' },
  invalid: { ok: false, kind: 'invalid', fields: [{ field: 'email', code: 'email_invalid' }] },
};

const TOPICS = [
  { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
  { id: 'numerique', name: { fr: 'Transition numérique', en: 'Digital transition' } },
  { id: 'gouvernance', name: { fr: 'Gouvernance démocratique', en: 'Democratic governance' } },
];

/** Answers each `gics-subscribe` after a short, visible delay. */
function simulate(answers: Answer[]) {
  let attempt = 0;
  return (event: GicsSubscribeEvent) => {
    event.preventDefault();
    const element = event.currentTarget as GicsNewsletterSignup;
    const answer = answers[Math.min(attempt++, answers.length - 1)] ?? 'subscribed';
    setTimeout(() => element.reportOutcome(ANSWERS[answer]), 300);
  };
}

function signup(canvasElement: HTMLElement): GicsNewsletterSignup {
  return canvasElement.querySelector('gics-newsletter-signup')!;
}

function part(element: GicsNewsletterSignup, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** Fills the form the way autofill would, then ticks consent and submits. */
async function fillAndSubmit(element: GicsNewsletterSignup): Promise<void> {
  await element.updateComplete;
  const email = element.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
  await userEvent.type(email, 'josee@coop.example');
  await userEvent.click(element.shadowRoot!.querySelector('#consent')!);
  await userEvent.click(part(element, 'button'));
}

const meta = {
  title: 'Widgets/Newsletter signup',
  component: 'gics-newsletter-signup',
  parameters: {
    docs: {
      description: {
        component:
          'In the stories a simulated provider answers (the element’s custom-handler path). ' +
          'The consent wording is a starting point, not legal advice: check it against CASL ' +
          'and the GDPR with whoever answers for your mailing list.',
      },
    },
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    provider: { control: 'select', options: ['json', 'form', 'listmonk', 'mailchimp'] },
    layout: { control: 'inline-radio', options: ['stacked', 'inline'] },
    nameField: { control: 'inline-radio', options: ['hidden', 'optional', 'required'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    answers: { control: 'object' },
  },
  args: {
    provider: 'json',
    layout: 'stacked',
    nameField: 'optional',
    senderName: 'Coopérative GICS',
    senderContact: '123, rue de la Coopération, Montréal (Québec) H2X 1Y4 · info@gics.coop',
    privacyUrl: 'https://gics.coop/confidentialite',
    minSubmitTime: 1500,
    withTopics: false,
    answers: ['subscribed'],
  },
  render: (args) =>
    html`<gics-newsletter-signup
      lang=${ifDefined(args.lang)}
      provider=${args.provider}
      layout=${args.layout}
      name-field=${args.nameField}
      color-scheme=${ifDefined(args.colorScheme)}
      sender-name=${args.senderName}
      sender-contact=${args.senderContact}
      privacy-url=${args.privacyUrl}
      min-submit-time=${args.minSubmitTime}
      .themes=${args.withTopics ? TOPICS : undefined}
      @gics-subscribe=${simulate(args.answers)}
    ></gics-newsletter-signup>`,
} satisfies Meta<NewsletterArgs>;

export default meta;
type Story = StoryObj<NewsletterArgs>;

/** The form as a visitor first sees it: nothing pre-checked, the consent statement in full. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await element.updateComplete;
    const consent = element.shadowRoot!.querySelector<HTMLInputElement>('#consent')!;
    await expect(consent.checked).toBe(false);
    await expect(part(element, 'consent-statement').textContent).toContain('Coopérative GICS');
  },
};

/** Topics from the summit's themes, never pre-checked. */
export const WithTopics: Story = {
  args: { withTopics: true, lang: 'en' },
};

/** Email and button on one row, for a site footer. */
export const InlineFooter: Story = {
  args: { layout: 'inline', nameField: 'hidden', lang: 'en' },
};

/**
 * The dark palette on a dark page, pinned through the toolbar's colour scheme. On a real page the
 * element follows `prefers-color-scheme` unless its `color-scheme` attribute says otherwise.
 */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  args: { withTopics: true },
};

/** Submitting empty: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  args: { nameField: 'required', minSubmitTime: 0, lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await element.updateComplete;
    await userEvent.click(part(element, 'button'));
    await waitFor(() =>
      expect(element.shadowRoot!.activeElement).toBe(part(element, 'error-summary')),
    );
    await expect(part(element, 'error-summary').textContent).toContain('Il y a un problème');
  },
};

/** The provider subscribed the visitor at once. */
export const SubscribedSingleOptIn: Story = {
  args: { answers: ['subscribed'], minSubmitTime: 0, lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() =>
      expect(part(element, 'status').textContent).toContain('You are subscribed'),
    );
  },
};

/** The provider sent a confirmation email (double opt-in). */
export const SubscribedDoubleOptIn: Story = {
  args: { answers: ['confirm'], minSubmitTime: 0, lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() => expect(part(element, 'status').textContent).toContain('Presque terminé'));
  },
};

/** A fault (here the service is down), then "Try again" sends the same data and succeeds. */
export const FaultThenRetry: Story = {
  args: { answers: ['server', 'confirm'], minSubmitTime: 0, lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(part(element, 'fault')));
    await expect(part(element, 'fault').textContent).toContain('éprouve un problème');
    await expect(element.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value).toBe(
      'josee@coop.example',
    );
    await userEvent.click(part(element, 'retry-button'));
    await waitFor(() => expect(part(element, 'status').textContent).toContain('Presque terminé'));
  },
};

/** Any fault, chosen with the `answers` control: each has its own message. */
export const Fault: Story = {
  args: { answers: ['rate-limited'], minSubmitTime: 0, lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = signup(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() =>
      expect(part(element, 'fault').textContent).toContain('Try again in 2 minutes.'),
    );
  },
};
