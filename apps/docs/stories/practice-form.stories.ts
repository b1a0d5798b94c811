import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gics/widgets/practice-form.js';
import type {
  GicsPracticeForm,
  GicsPracticeSubmitEvent,
  PracticeFaultKind,
  PracticeSubmitOutcome,
} from '@gics/widgets';

/**
 * What the simulated service answers. The stories need no server: with `provider="event"` the
 * form fires `gics-practice-submit` and waits for `reportOutcome()`, exactly as a host that sends
 * the submission itself would.
 */
type Answer = 'received' | PracticeFaultKind;

interface PracticeFormArgs {
  /** Unset: the toolbar's language decides (through the story root's `lang`). */
  lang?: 'fr' | 'en';
  /** Unset: the toolbar's colour scheme decides. */
  colorScheme?: 'light' | 'dark';
  moderatorName: string;
  moderatorContact: string;
  privacyUrl: string;
  languages: string;
  minSubmitTime: number;
  /** The width the form has, as on a phone (`320px`) or a page (`100%`). */
  width: string;
  /** The answers the simulated service gives, one per attempt (the last one repeats). */
  answers: Answer[];
}

const ANSWERS: Record<Answer, PracticeSubmitOutcome> = {
  received: { ok: true },
  timeout: { ok: false, kind: 'timeout' },
  offline: { ok: false, kind: 'offline' },
  network: { ok: false, kind: 'network' },
  cors: { ok: false, kind: 'cors' },
  server: { ok: false, kind: 'server', status: 503 },
  'rate-limited': { ok: false, kind: 'rate-limited', status: 429, retryAfter: 120 },
  'invalid-response': { ok: false, kind: 'invalid-response' },
  rejected: { ok: false, kind: 'rejected', status: 403, message: 'Submissions are closed.' },
  invalid: {
    ok: false,
    kind: 'invalid',
    fields: [{ field: 'title', code: 'title_too_long' }],
  },
};

/** Themes written for these stories, as a community file gives them. */
const THEMES = [
  { id: 'leadership', name: { fr: 'Leadership coopératif', en: 'Co-operative leadership' } },
  { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
  { id: 'numerique', name: { fr: 'Numérisation', en: 'Digitalization' } },
];

/** Answers each `gics-practice-submit` after a short, visible delay. */
function simulate(answers: Answer[]) {
  let attempt = 0;
  return (event: GicsPracticeSubmitEvent) => {
    const element = event.currentTarget as GicsPracticeForm;
    const answer = answers[Math.min(attempt++, answers.length - 1)] ?? 'received';
    setTimeout(() => element.reportOutcome(ANSWERS[answer]), 300);
  };
}

function form(canvasElement: HTMLElement): GicsPracticeForm {
  return canvasElement.querySelector('gics-practice-form')!;
}

function part(element: GicsPracticeForm, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

function field(element: GicsPracticeForm, id: string): HTMLInputElement {
  return element.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
}

/** Fills the required fields as a visitor would, ticks consent and submits. */
async function fillAndSubmit(element: GicsPracticeForm): Promise<void> {
  await element.updateComplete;
  await userEvent.type(field(element, 'title'), 'Un atelier de réparation partagé');
  await userEvent.type(field(element, 'summary'), 'Deux coopératives réparent ensemble.');
  await userEvent.type(field(element, 'body'), 'Chaque samedi, **à tour de rôle**.');
  await userEvent.click(field(element, 'theme-1'));
  await userEvent.type(field(element, 'author-name'), 'Inès Lavoie-Tremblay');
  await userEvent.type(field(element, 'email'), 'ines@atelier.example');
  await userEvent.click(field(element, 'consent'));
  await userEvent.click(part(element, 'button'));
}

const meta = {
  title: 'Widgets/Practice form',
  component: 'gics-practice-form',
  parameters: {
    docs: {
      description: {
        component:
          'In the stories a simulated service answers (`provider="event"` and `reportOutcome()`). ' +
          'The consent wording is a starting point, not legal advice: check it with whoever ' +
          'answers for your community’s data.',
      },
    },
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    answers: { control: 'object' },
  },
  args: {
    moderatorName: 'Coopérative GICS',
    moderatorContact: 'moderation@gics.coop',
    privacyUrl: 'https://gics.coop/confidentialite',
    languages: 'fr en es',
    minSubmitTime: 0,
    width: '100%',
    answers: ['received'],
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <gics-practice-form
        provider="event"
        lang=${ifDefined(args.lang)}
        color-scheme=${ifDefined(args.colorScheme)}
        moderator-name=${args.moderatorName}
        moderator-contact=${args.moderatorContact}
        privacy-url=${args.privacyUrl}
        languages=${args.languages}
        min-submit-time=${args.minSubmitTime}
        .themes=${THEMES}
        @gics-practice-submit=${simulate(args.answers)}
      ></gics-practice-form>
    </div>`,
} satisfies Meta<PracticeFormArgs>;

export default meta;
type Story = StoryObj<PracticeFormArgs>;

/** The form as a visitor first sees it: nothing pre-checked, the email never published. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await element.updateComplete;
    await expect(field(element, 'consent').checked).toBe(false);
    await expect(part(element, 'consent-statement').textContent).toContain('Coopérative GICS');
  },
};

/**
 * The dark palette, pinned through the toolbar's colour scheme. On a real page the element
 * follows `prefers-color-scheme` unless its `color-scheme` attribute says otherwise.
 */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
};

/** On a phone: every field on its own row, a link's address and title stacked. */
export const Narrow: Story = { args: { lang: 'en', width: '320px' } };

/** The practice's text rendered with the safe Markdown subset, on demand. */
export const Preview: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await element.updateComplete;
    await userEvent.type(field(element, 'body'), 'We **share** tools.');
    await userEvent.click(part(element, 'preview-button'));
    await waitFor(() => expect(part(element, 'preview').querySelector('strong')).not.toBeNull());
  },
};

/** Submitting empty: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await element.updateComplete;
    await userEvent.click(part(element, 'button'));
    await waitFor(() =>
      expect(element.shadowRoot!.activeElement).toBe(part(element, 'error-summary')),
    );
    await expect(part(element, 'error-summary').textContent).toContain('Il y a un problème');
  },
};

/** Received: it will be published once the moderator has reviewed it. */
export const Received: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() => expect(part(element, 'status').textContent).toContain('après examen'));
  },
};

/** A fault (the service is down), then "Try again" sends the same submission and succeeds. */
export const FaultThenRetry: Story = {
  args: { answers: ['server', 'received'], lang: 'fr' },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(part(element, 'fault')));
    await expect(field(element, 'title').value).toBe('Un atelier de réparation partagé');
    await userEvent.click(part(element, 'retry-button'));
    await waitFor(() => expect(part(element, 'status').textContent).toContain('après examen'));
  },
};

/** Any fault, chosen with the `answers` control: each has its own message. */
export const Fault: Story = {
  args: { answers: ['rate-limited'], lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await fillAndSubmit(element);
    await waitFor(() =>
      expect(part(element, 'fault').textContent).toContain('Try again in 2 minutes.'),
    );
  },
};
