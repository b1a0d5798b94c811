import { beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gics-newsletter-signup.js';
import type { GicsNewsletterSignup } from './newsletter-signup.js';
import type { GicsSubscribeEvent } from '../events/subscribe.js';
import type { GicsSubscribedEvent } from '../events/subscribed.js';
import type { GicsSubscribeErrorEvent } from '../events/subscribe-error.js';
import type { ReceivedRequest } from './testing/provider-server.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import {
  $,
  failOnConsoleErrors,
  focused,
  nextEventOf,
  runOn,
  submitAndWait,
} from '../testing/form-tests.js';
import { expectNoAxeViolations, fixture } from '../testing/helpers.js';

const server = inject('newsletterServer');
const deadUrl = inject('newsletterDeadUrl');

/** A fresh URL space on the provider server, so each test reads only its own requests. */
const newRun = () => runOn<ReceivedRequest>(server);

const SENDER =
  'sender-name="Coopérative GICS" sender-contact="1 rue de la Coop, Montréal QC; info@gics.example"';

async function mount(attributes: string, lang = 'en'): Promise<GicsNewsletterSignup> {
  const timing = attributes.includes('min-submit-time') ? '' : 'min-submit-time="0"';
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${lang}"><gics-newsletter-signup ${SENDER} ${timing} ${attributes}></gics-newsletter-signup></div>`,
  );
  const element = wrapper.querySelector('gics-newsletter-signup')!;
  await element.updateComplete;
  return element;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Fills the form like a person would (real input events), consent ticked unless told not to. */
async function fill(
  element: GicsNewsletterSignup,
  values: { email?: string; name?: string; consent?: boolean; interests?: number[] } = {},
): Promise<void> {
  await userEvent.fill($(element, '#email'), values.email ?? 'josee@coop.example');
  if (values.name !== undefined) await userEvent.fill($(element, '#name'), values.name);
  for (const index of values.interests ?? [])
    await userEvent.click($(element, `#interest-${index}`));
  if (values.consent ?? true) await userEvent.click($(element, '#consent'));
}

type Outcome = GicsSubscribedEvent | GicsSubscribeErrorEvent;
const OUTCOMES = ['gics-subscribed', 'gics-subscribe-error'] as const;

/** Resolves with the next `gics-subscribed` or `gics-subscribe-error`, once rendered. */
const nextOutcome = (element: GicsNewsletterSignup) => nextEventOf<Outcome>(element, OUTCOMES);

/** Clicks "Subscribe" and resolves with the outcome. */
const submit = (element: GicsNewsletterSignup) => submitAndWait<Outcome>(element, OUTCOMES);

failOnConsoleErrors();

describe('<gics-newsletter-signup> with the json provider', () => {
  it('posts the signup as JSON, once, and says the visitor is subscribed', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/ok" name-field="optional"`);
    element.themes = [
      { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
      { id: 'numerique', name: 'Numérique' },
    ];
    await element.updateComplete;
    await fill(element, { name: 'Josée Tremblay', interests: [1] });
    const outcome = (await submit(element)) as GicsSubscribedEvent;

    expect(outcome.type).toBe('gics-subscribed');
    expect(outcome.detail).toMatchObject({
      provider: 'json',
      doubleOptIn: false,
      alreadySubscribed: false,
    });
    const requests = (await run.requests()).filter((request) => request.method === 'POST');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.contentType).toBe('application/json');
    expect(request!.schema).toBe(true);
    const body = JSON.parse(request!.body);
    expect(body).toEqual({
      email: 'josee@coop.example',
      name: 'Josée Tremblay',
      language: 'en',
      interests: ['numerique'],
      consent: {
        statement: expect.stringContaining('Coopérative GICS will send you its newsletter'),
        language: 'en',
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        pageUrl: `${location.origin}${location.pathname}`,
      },
    });
    expect(body.consent.statement).toContain('Yes, I agree to receive the newsletter by email.');
    expect(body.consent.statement).toContain('You can unsubscribe at any time');
    expect(outcome.detail.signup).toEqual(body);

    const status = $(element, '[part~="status"]');
    expect(text(status)).toBe('Thank you! You are subscribed to the newsletter.');
    expect(status.getAttribute('role')).toBe('status');
    expect(focused(element)).toBe(status);
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
  });
});

describe('answers of the json provider', () => {
  it('says "check your inbox" when the service reports double opt-in', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/double"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.detail.doubleOptIn).toBe(true);
    expect(text($(element, '[part~="status"]'))).toBe(
      'Almost done: check your inbox and select the link in our email to confirm your subscription.',
    );
  });

  it('falls back on the double-opt-in attribute when the service says nothing (204)', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/empty" double-opt-in`);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.detail.doubleOptIn).toBe(true);
    expect(text($(element, '[part~="status"]'))).toContain('Almost done');
  });

  it('shows 409 as a friendly success', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/exists"`, 'fr');
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.type).toBe('gics-subscribed');
    expect(outcome.detail.alreadySubscribed).toBe(true);
    expect(text($(element, '[part~="status"]'))).toBe(
      'Cette adresse est déjà abonnée. Merci de rester en contact!',
    );
  });

  it('maps 400 field errors onto the fields, in the visitor’s language, keeping every value', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/fields" name-field="optional"`, 'fr');
    await fill(element, { name: 'Admin' });
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;

    expect(outcome.type).toBe('gics-subscribe-error');
    expect(outcome.detail).toMatchObject({ kind: 'invalid', status: 400, provider: 'json' });
    const summary = $(element, '[part~="error-summary"]');
    expect(focused(element)).toBe(summary);
    expect([...summary.querySelectorAll('a')].map(text)).toEqual([
      'Entrez une adresse courriel au bon format, comme nom@exemple.ca',
      'Ce nom est réservé.',
    ]);
    expect($(element, '#name').getAttribute('aria-invalid')).toBe('true');
    expect($<HTMLInputElement>(element, '#email').value).toBe('josee@coop.example');
    expect($<HTMLInputElement>(element, '#name').value).toBe('Admin');
    expect($<HTMLInputElement>(element, '#consent').checked).toBe(true);
  });
});

describe('validation (GOV.UK error pattern)', () => {
  it('sends nothing, focuses a summary linking to each field, marks each field', async () => {
    const run = newRun();
    const subscribe = vi.fn();
    const element = await mount(`action="${run.base}/json/ok" name-field="required"`);
    element.addEventListener('gics-subscribe', subscribe);
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;

    const summary = $(element, '[part~="error-summary"]');
    expect(focused(element)).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');
    expect(summary.querySelector('[role="alert"]')).not.toBeNull();
    expect(text(summary.querySelector('.title'))).toBe('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map(text)).toEqual([
      'Enter your email address',
      'Enter your name',
      'Select the box to agree to receive the newsletter',
    ]);

    const email = $(element, '#email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect(text($(element, '#email-error'))).toBe('Error: Enter your email address');
    expect(getComputedStyle($(element, '#email-error .vh')).clipPath).toBe('inset(50%)');
    expect($(element, '#consent').getAttribute('aria-describedby')).toBe(
      'consent-statement consent-error',
    );

    await userEvent.click(links[2]!);
    expect(focused(element)).toBe($(element, '#consent'));
    expect(location.hash).toBe('');
    expect(subscribe).not.toHaveBeenCalled();
    expect(await run.requests()).toEqual([]);
  });

  it('explains a badly formed address and keeps what was typed', async () => {
    const element = await mount('action="/nowhere"', 'fr');
    await fill(element, { email: 'josee@coop' });
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect(text($(element, '#email-error'))).toBe(
      'Erreur : Entrez une adresse courriel au bon format, comme nom@exemple.ca',
    );
    expect($<HTMLInputElement>(element, '#email').value).toBe('josee@coop');
    expect($<HTMLInputElement>(element, '#consent').checked).toBe(true);
  });

  it('validates on submit only, never while typing', async () => {
    const element = await mount('action="/nowhere"');
    await userEvent.type($(element, '#email'), 'not-an-address');
    await userEvent.tab();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="error-summary"]')).toBeNull();
    expect($(element, '#email').getAttribute('aria-invalid')).toBe('false');
  });
});

describe('faults: a message of their own, every value kept, focus on the message', () => {
  const cases = [
    {
      name: '500',
      url: (base: string) => `${base}/json/broken`,
      kind: 'server',
      en: 'The newsletter service is having a problem. Try again in a few minutes.',
      fr: 'Le service d’infolettre éprouve un problème. Réessayez dans quelques minutes.',
    },
    {
      name: '429 with Retry-After',
      url: (base: string) => `${base}/json/busy`,
      kind: 'rate-limited',
      en: 'There have been too many attempts in a short time. Try again in 2 minutes.',
      fr: 'Il y a eu trop de tentatives en peu de temps. Réessayez dans 2 minutes.',
    },
    {
      name: 'HTML instead of JSON',
      url: (base: string) => `${base}/json/html`,
      kind: 'invalid-response',
      en: 'The newsletter service sent an answer we did not understand. Try again later.',
      fr: 'Le service d’infolettre a envoyé une réponse que nous ne comprenons pas. Réessayez plus tard.',
    },
    {
      name: 'no answer before the timeout',
      url: (base: string) => `${base}/json/hang`,
      kind: 'timeout',
      en: 'The newsletter service took too long to answer.',
      fr: 'Le service d’infolettre met trop de temps à répondre.',
    },
    {
      name: 'a socket closed mid-request',
      url: (base: string) => `${base}/drop/ok`,
      kind: 'network',
      en: 'We could not reach the newsletter service.',
      fr: 'Impossible de joindre le service d’infolettre.',
    },
    {
      name: 'a port with nothing listening',
      url: () => `${deadUrl}/json/ok`,
      kind: 'network',
      en: 'We could not reach the newsletter service.',
      fr: 'Impossible de joindre le service d’infolettre.',
    },
    {
      name: 'a CORS refusal',
      url: (base: string) => `${base}/nocors/ok`,
      kind: 'cors',
      en: 'The newsletter service refused the request from this website.',
      fr: 'Le service d’infolettre a refusé la demande venant de ce site.',
    },
  ] as const;

  for (const fault of cases) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${fault.name} (${lang})`, async () => {
        const run = newRun();
        const element = await mount(
          `action="${fault.url(run.base)}" name-field="optional" timeout="400"`,
          lang,
        );
        await fill(element, { name: 'Josée' });
        const outcome = (await submit(element)) as GicsSubscribeErrorEvent;

        expect(outcome.type).toBe('gics-subscribe-error');
        expect(outcome.detail.kind).toBe(fault.kind);
        const box = $(element, '[part~="fault"]');
        expect(text(box)).toContain(fault[lang]);
        expect(focused(element)).toBe(box);
        expect(box.querySelector('[role="alert"]')).not.toBeNull();
        expect(text($(element, '[part~="retry-button"]'))).toBe(
          lang === 'fr' ? 'Réessayer' : 'Try again',
        );
        expect($<HTMLInputElement>(element, '#email').value).toBe('josee@coop.example');
        expect($<HTMLInputElement>(element, '#name').value).toBe('Josée');
        expect($<HTMLInputElement>(element, '#consent').checked).toBe(true);
      });
    }
  }

  it('a CORS refusal never lets the signup through, and nothing is sent twice', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/nocors/ok"`);
    await fill(element);
    await submit(element);
    // The JSON post needs a preflight, which the service does not allow: the POST never
    // leaves the browser. The body-less HEAD is the probe that told CORS from "unreachable".
    expect((await run.requests()).map((request) => request.method)).toEqual(['OPTIONS', 'HEAD']);
  });

  it('a 429 carries retryAfter in the event', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/busy"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'rate-limited', status: 429, retryAfter: 120 });
  });

  it('offline: says so, without blaming the service', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const element = await mount(`action="${deadUrl}/json/ok"`, 'fr');
      await fill(element);
      const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
      expect(outcome.detail.kind).toBe('offline');
      expect(text($(element, '[part~="fault"]'))).toContain(
        'Vous semblez hors ligne. Vérifiez votre connexion Internet, puis réessayez.',
      );
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('a refusal shows the service’s own words, and no "Try again"', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/closed"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(outcome.detail).toMatchObject({
      kind: 'rejected',
      status: 403,
      message: 'Subscriptions are closed until May.',
    });
    expect(text($(element, '[part~="fault"]'))).toContain(
      'The newsletter service refused the subscription. The service said: Subscriptions are closed until May.',
    );
    expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).toBeNull();
  });

  it('"Try again" resends exactly the same data, then shows the success', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/flaky"`);
    await fill(element);
    const first = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(first.detail.kind).toBe('server');

    const retried = vi.fn((event: GicsSubscribeEvent) => event.detail.retry);
    element.addEventListener('gics-subscribe', retried);
    const second = nextOutcome(element);
    await userEvent.click($(element, '[part~="retry-button"]'));
    expect(((await second) as GicsSubscribedEvent).type).toBe('gics-subscribed');
    expect(retried).toHaveReturnedWith(true);

    const posts = (await run.requests()).filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body).toBe(posts[0]!.body);
    expect(focused(element)).toBe($(element, '[part~="status"]'));
    expect(element.shadowRoot!.querySelector('[part~="fault"]')).toBeNull();
  });
});

describe('exactly one request per submission', () => {
  it('ignores clicks and Enter while a request is in flight', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/hang" timeout="2500"`);
    await fill(element);
    const subscribe = vi.fn();
    element.addEventListener('gics-subscribe', subscribe);
    const outcome = nextOutcome(element);
    const button = $(element, '[part~="button"]');
    await userEvent.click(button);
    await element.updateComplete;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(text($(element, '[part~="status"]'))).toBe('Sending your subscription…');
    // Playwright waits for an aria-disabled button to become enabled; a person does not.
    await userEvent.dblClick(button, { force: true });
    await userEvent.click($(element, '#email'));
    await userEvent.keyboard('{Enter}');
    await outcome;
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect((await run.requests()).filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });
});

describe('anti-abuse', () => {
  it('a filled honeypot gets a success message, and nothing is sent or fired', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/ok"`);
    const fired = vi.fn();
    element.addEventListener('gics-subscribe', fired);
    element.addEventListener('gics-subscribed', fired);
    await fill(element);
    $<HTMLInputElement>(element, '[name="gics_hp"]').value = 'https://spam.example';
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).toBe(
      'Thank you! You are subscribed to the newsletter.',
    );
    expect(fired).not.toHaveBeenCalled();
    expect(await run.requests()).toEqual([]);
  });

  it('the honeypot is out of reach of people and assistive technology', async () => {
    const element = await mount('action="/nowhere"');
    const trap = $(element, '.honeypot');
    expect(trap.getAttribute('aria-hidden')).toBe('true');
    expect(trap.hasAttribute('inert')).toBe(true);
    expect($(element, '[name="gics_hp"]').getAttribute('tabindex')).toBe('-1');
  });

  it('a submit faster than min-submit-time (default 1.5 s) sends nothing', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/ok" min-submit-time="60000"`);
    expect(
      (document.createElement('gics-newsletter-signup') as GicsNewsletterSignup).minSubmitTime,
    ).toBe(1500);
    await fill(element);
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).toContain('You are subscribed');
    expect(await run.requests()).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('signs up from the first Tab to the success message', async () => {
    const run = newRun();
    const element = await mount(
      `action="${run.base}/json/ok" privacy-url="https://gics.example/privacy"`,
    );
    (document.activeElement as HTMLElement | null)?.blur();

    await userEvent.tab();
    expect(focused(element)).toBe($(element, '#email'));
    await userEvent.keyboard('josee@coop.example');
    await userEvent.tab();
    expect(focused(element)).toBe($(element, '#language-en'));
    await userEvent.tab();
    expect(focused(element)).toBe($(element, '#consent'));
    await userEvent.keyboard('[Space]');
    expect($<HTMLInputElement>(element, '#consent').checked).toBe(true);
    await userEvent.tab();
    expect(focused(element)).toBe($(element, '[part~="privacy-link"]'));
    await userEvent.tab();
    expect(focused(element)).toBe($(element, '[part~="button"]'));
    const outcome = nextOutcome(element);
    await userEvent.keyboard('{Enter}');
    await outcome;
    expect(focused(element)).toBe($(element, '[part~="status"]'));
    expect(text(focused(element))).toBe('Thank you! You are subscribed to the newsletter.');
    expect((await run.requests()).filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('reaches a field from the error summary with Tab and Enter', async () => {
    const element = await mount('action="/nowhere"', 'fr');
    $(element, '#email').focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(focused(element)).toBe($(element, '[part~="error-summary"]'));
    await userEvent.tab();
    expect(text(focused(element))).toBe('Entrez votre adresse courriel');
    await userEvent.keyboard('{Enter}');
    expect(focused(element)).toBe($(element, '#email'));
  });
});

describe('languages', () => {
  it('follows the nearest ancestor’s lang, its own lang attribute, and changes live', async () => {
    const element = await mount('action="/nowhere"', 'fr-CA');
    expect(element.language).toBe('fr');
    expect(text($(element, 'label[for="email"]'))).toBe('Adresse courriel');
    expect($(element, '[part~="base"]').getAttribute('lang')).toBe('fr');
    expect($<HTMLInputElement>(element, '#language-fr').checked).toBe(true);
    await userEvent.fill($(element, '#email'), 'typed@before.switch');

    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(text($(element, 'label[for="email"]'))).toBe('Email address');
    expect(text($(element, '[part~="button"]'))).toBe('Subscribe');
    expect($<HTMLInputElement>(element, '#email').value).toBe('typed@before.switch');
  });

  it('writes the consent statement in French, with the sender and the contact', async () => {
    const element = await mount(
      'action="/nowhere" privacy-url="https://gics.example/confidentialite"',
      'fr',
    );
    expect(text($(element, 'label[for="consent"]'))).toBe(
      'Oui, j’accepte de recevoir l’infolettre par courriel.',
    );
    expect(text($(element, '[part~="consent-statement"]'))).toBe(
      'Coopérative GICS vous enverra son infolettre sur le Sommet et le mouvement coopératif. ' +
        'Pour nous joindre : 1 rue de la Coop, Montréal QC; info@gics.example. ' +
        'Vous pouvez vous désabonner en tout temps grâce au lien présent dans chaque courriel. ' +
        'Politique de confidentialité (s’ouvre dans un nouvel onglet)',
    );
  });

  it('sends the newsletter language the visitor picked, and the consent in the language shown', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/ok"`, 'fr');
    await fill(element);
    await userEvent.click($(element, '#language-en'));
    await submit(element);
    const [post] = (await run.requests()).filter((request) => request.method === 'POST');
    const body = JSON.parse(post!.body);
    expect(body.language).toBe('en');
    expect(body.consent.language).toBe('fr');
    expect(body.consent.statement).toContain(
      'Oui, j’accepte de recevoir l’infolettre par courriel.',
    );
    expect(text($(element, '[part~="status"]'))).toBe(
      'Merci! Votre abonnement à l’infolettre est confirmé.',
    );
  });
});

describe('topics, consent text and layout', () => {
  it('reads topics from a summit file, localized and never pre-checked', async () => {
    const element = await mount(`action="/nowhere" src="${server}/summit.json"`, 'fr');
    await vi.waitFor(
      () => expect(element.shadowRoot!.querySelectorAll('[name="interests"]')).toHaveLength(2),
      { timeout: 20_000 },
    );
    const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="interests"]')];
    expect(boxes.map((box) => box.checked)).toEqual([false, false]);
    expect(boxes.map((box) => box.value)).toEqual(['circulaire', 'numerique']);
    expect(text($(element, 'label[for="interest-0"]'))).toBe('Économie circulaire');
    expect(text($(element, 'fieldset legend'))).toBe('Sujets qui vous intéressent (facultatif)');
  });

  it('never pre-checks consent, and records a slotted statement as shown', async () => {
    const run = newRun();
    const wrapper = await fixture<HTMLElement>(
      `<div lang="en"><gics-newsletter-signup ${SENDER} min-submit-time="0" action="${run.base}/json/ok">
        <span slot="consent">The Co-op Network emails members monthly. Write to 1 Coop St. Unsubscribe any time.</span>
      </gics-newsletter-signup></div>`,
    );
    const element = wrapper.querySelector('gics-newsletter-signup')!;
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#consent').checked).toBe(false);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.detail.signup.consent.statement).toBe(
      'Yes, I agree to receive the newsletter by email. The Co-op Network emails members monthly. Write to 1 Coop St. Unsubscribe any time.',
    );
  });

  it('puts the email field and the button on one row in the inline layout', async () => {
    const element = await mount('action="/nowhere" layout="inline"');
    const row = $(element, '.row');
    expect(row.contains($(element, '#email'))).toBe(true);
    expect(row.contains($(element, '[part~="button"]'))).toBe(true);
    const input = $(element, '#email').getBoundingClientRect();
    const button = $(element, '[part~="button"]').getBoundingClientRect();
    expect(button.bottom).toBeCloseTo(input.bottom, 0);
  });

  it('refuses a privacy URL that is not http(s)', async () => {
    const element = await mount('action="/nowhere" privacy-url="javascript:alert(1)"');
    expect(element.shadowRoot!.querySelector('[part~="privacy-link"]')).toBeNull();
  });

  it('has 24 px targets and a visible focus ring', async () => {
    const element = await mount('action="/nowhere"');
    for (const selector of ['#consent', '#language-fr', '[part~="button"]']) {
      const box = $(element, selector).getBoundingClientRect();
      expect(box.width, selector).toBeGreaterThanOrEqual(24);
      expect(box.height, selector).toBeGreaterThanOrEqual(24);
    }
    $(element, '#email').focus();
    expect(getComputedStyle($(element, '#email')).outlineStyle).toBe('solid');
  });
});

describe('custom handler (cancel gics-subscribe, then reportOutcome)', () => {
  it('sends nothing itself and shows what the host reports', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/json/ok"`);
    const seen: GicsSubscribeEvent[] = [];
    document.addEventListener(
      'gics-subscribe',
      (event) => {
        seen.push(event);
        event.preventDefault();
        setTimeout(() => element.reportOutcome({ ok: true, doubleOptIn: true }), 50);
      },
      { once: true },
    );
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(seen[0]).toMatchObject({ bubbles: true, composed: true, cancelable: true });
    expect(seen[0]!.detail).toMatchObject({ provider: 'json', retry: false });
    expect(outcome.detail).toMatchObject({ provider: undefined, doubleOptIn: true });
    expect(text($(element, '[part~="status"]'))).toContain('Almost done');
    expect(await run.requests()).toEqual([]);
  });

  it('shows a reported fault like any other, and times out a host that never answers', async () => {
    const element = await mount('action="/nowhere" timeout="300"', 'fr');
    element.addEventListener(
      'gics-subscribe',
      (event) => {
        event.preventDefault();
        element.reportOutcome({ ok: false, kind: 'rate-limited', retryAfter: 45 });
      },
      { once: true },
    );
    await fill(element);
    const first = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(first.detail).toMatchObject({ kind: 'rate-limited', provider: undefined });
    expect(text($(element, '[part~="fault"]'))).toContain('Réessayez dans 45 secondes.');

    element.addEventListener('gics-subscribe', (event) => event.preventDefault(), { once: true });
    const second = nextOutcome(element);
    await userEvent.click($(element, '[part~="retry-button"]'));
    expect(((await second) as GicsSubscribeErrorEvent).detail.kind).toBe('timeout');
  });
});

describe('accessibility (axe) in every state, both languages, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${lang}, ${scheme}`, async () => {
        const run = newRun();
        const element = await mount(
          `action="${run.base}/json/broken" color-scheme="${scheme}" name-field="optional" privacy-url="https://gics.example/privacy"`,
          lang,
        );
        element.themes = [
          { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
        ];
        await element.updateComplete;
        await expectNoAxeViolations(element); // default

        await userEvent.click($(element, '[part~="button"]'));
        await element.updateComplete;
        await expectNoAxeViolations(element); // validation errors

        await fill(element);
        await submit(element);
        await expectNoAxeViolations(element); // fault

        element.action = `${run.base}/json/hang`;
        element.timeout = 5000;
        await userEvent.click($(element, '[part~="retry-button"]'));
        await element.updateComplete;
        await expectNoAxeViolations(element); // sending

        element.action = `${run.base}/json/double`;
        element.timeout = 15000;
        const inFlight = nextOutcome(element);
        element.remove(); // aborts the hanging request silently
        document.querySelector('[data-fixture]')!.append(element);
        await element.updateComplete;
        await userEvent.click($(element, '[part~="button"]'));
        await inFlight;
        await expectNoAxeViolations(element); // success
      });
    }
  }
});

describe('form provider (form-encoded post)', () => {
  it('posts the fields under the configured names, consent record included', async () => {
    const run = newRun();
    const element = await mount(
      `provider="form" action="${run.base}/form/ok" name-field="required"
       field-names='{"email":"EMAIL","name":"FNAME","interests":"topic","consentPageUrl":""}'`,
      'fr',
    );
    element.themes = [
      { id: 'circulaire', name: 'Économie circulaire' },
      { id: 'numerique', name: 'Numérique' },
    ];
    await element.updateComplete;
    await fill(element, { name: 'Josée Tremblay', interests: [0, 1] });
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.detail).toMatchObject({ provider: 'form', doubleOptIn: false });

    const posts = (await run.requests()).filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    const body = new URLSearchParams(posts[0]!.body);
    expect([...body.keys()]).toEqual([
      'EMAIL',
      'FNAME',
      'language',
      'topic',
      'topic',
      'consent',
      'consent_statement',
      'consent_language',
      'consent_timestamp',
    ]);
    expect(body.get('EMAIL')).toBe('josee@coop.example');
    expect(body.get('FNAME')).toBe('Josée Tremblay');
    expect(body.getAll('topic')).toEqual(['circulaire', 'numerique']);
    expect(body.get('consent')).toBe('on');
    expect(body.get('consent_statement')).toContain('Oui, j’accepte de recevoir l’infolettre');
    expect(body.get('consent_language')).toBe('fr');
    expect(text($(element, '[part~="status"]'))).toBe(
      'Merci! Votre abonnement à l’infolettre est confirmé.',
    );
  });

  it('reads Retry-After on a 429', async () => {
    const run = newRun();
    const element = await mount(`provider="form" action="${run.base}/form/busy"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'rate-limited', retryAfter: 30 });
    expect(text($(element, '[part~="fault"]'))).toContain('Try again in 30 seconds.');
  });
});

describe('listmonk provider', () => {
  it('posts { email, name, list_uuids } and says "confirm" when has_optin is true', async () => {
    const run = newRun();
    const element = await mount(
      `provider="listmonk" action="${run.base}/listmonk/double/" lists="6a3e-uuid-1, 9f21-uuid-2" name-field="optional"`,
    );
    await fill(element, { name: 'Josée' });
    const outcome = (await submit(element)) as GicsSubscribedEvent;
    expect(outcome.detail).toMatchObject({
      provider: 'listmonk',
      doubleOptIn: true,
      response: { data: { has_optin: true } },
    });
    const posts = (await run.requests()).filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe('/listmonk/double/api/public/subscription');
    expect(posts[0]!.contentType).toBe('application/json');
    expect(JSON.parse(posts[0]!.body)).toEqual({
      email: 'josee@coop.example',
      name: 'Josée',
      list_uuids: ['6a3e-uuid-1', '9f21-uuid-2'],
    });
    expect(text($(element, '[part~="status"]'))).toContain('Almost done');
  });

  it('accepts the older { data: true } answer and a single opt-in list', async () => {
    const legacy = newRun();
    const element = await mount(
      `provider="listmonk" action="${legacy.base}/listmonk/legacy" lists="a"`,
    );
    await fill(element);
    expect(((await submit(element)) as GicsSubscribedEvent).detail.doubleOptIn).toBe(false);

    const single = newRun();
    const other = await mount(
      `provider="listmonk" action="${single.base}/listmonk/single" lists="a"`,
    );
    await fill(other);
    await submit(other);
    expect(text($(other, '[part~="status"]'))).toBe(
      'Thank you! You are subscribed to the newsletter.',
    );
  });

  it('shows listmonk’s 400 message as the service wrote it', async () => {
    const run = newRun();
    const element = await mount(`provider="listmonk" action="${run.base}/listmonk/double"`, 'fr');
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'rejected', message: 'No valid lists found.' });
    expect(text($(element, '[part~="fault"]'))).toContain(
      'Le service d’infolettre a refusé l’abonnement. Réponse du service : No valid lists found.',
    );
  });

  it('reports its 500 as a server fault', async () => {
    const run = newRun();
    const element = await mount(
      `provider="listmonk" action="${run.base}/listmonk/error" lists="a"`,
    );
    await fill(element);
    expect(((await submit(element)) as GicsSubscribeErrorEvent).detail.kind).toBe('server');
  });
});

describe('mailchimp provider (JSONP)', () => {
  const action = (base: string, mode: string) =>
    `${base}/mailchimp/${mode}/subscribe/post?u=5f1c&amp;id=a2b3`;

  let before: string[] = [];
  beforeEach(() => {
    before = Object.keys(window).filter((key) => key.startsWith('gicsMailchimp'));
  });

  /** Scripts in the document and callbacks on window that this test left behind. */
  function leftovers(): { scripts: number; callbacks: string[] } {
    return {
      scripts: document.querySelectorAll('script[src*="post-json"]').length,
      callbacks: Object.keys(window).filter(
        (key) => key.startsWith('gicsMailchimp') && !before.includes(key),
      ),
    };
  }

  it('calls post-json with the fields in the query, and cleans up after itself', async () => {
    const run = newRun();
    const element = await mount(
      `provider="mailchimp" action="${action(run.base, 'double')}" name-field="optional"
       mailchimp-group="1234" mailchimp-permission="5678"`,
    );
    element.themes = [
      { id: '1', name: 'Économie circulaire' },
      { id: '2', name: 'Numérique' },
    ];
    await element.updateComplete;
    await fill(element, { name: 'Josée', interests: [1] });
    const outcome = (await submit(element)) as GicsSubscribedEvent;

    expect(outcome.detail).toMatchObject({ provider: 'mailchimp', doubleOptIn: true });
    const requests = await run.requests();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/mailchimp/double/subscribe/post-json');
    expect(request!.query).toEqual({
      u: '5f1c',
      id: 'a2b3',
      EMAIL: 'josee@coop.example',
      FNAME: 'Josée',
      'group[1234][2]': '2',
      'gdpr[5678]': 'Y',
      c: expect.stringMatching(/^gicsMailchimp/),
      b_5f1c_a2b3: '',
    });
    expect(text($(element, '[part~="status"]'))).toContain('Almost done');
    expect(leftovers()).toEqual({ scripts: 0, callbacks: [] });
  });

  it('tells a single opt-in success, and shows "already subscribed" as a success', async () => {
    const single = newRun();
    const element = await mount(`provider="mailchimp" action="${action(single.base, 'single')}"`);
    await fill(element);
    expect(((await submit(element)) as GicsSubscribedEvent).detail.doubleOptIn).toBe(false);

    const exists = newRun();
    const other = await mount(
      `provider="mailchimp" action="${action(exists.base, 'exists')}"`,
      'fr',
    );
    await fill(other);
    expect(((await submit(other)) as GicsSubscribedEvent).detail.alreadySubscribed).toBe(true);
    expect(text($(other, '[part~="status"]'))).toContain('Cette adresse est déjà abonnée.');
  });

  it('turns "0 - An email address must contain a single @" into our French field error', async () => {
    const run = newRun();
    const element = await mount(
      `provider="mailchimp" action="${action(run.base, 'invalid')}"`,
      'fr',
    );
    await fill(element);
    const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
    expect(outcome.detail).toMatchObject({
      kind: 'invalid',
      fields: [{ field: 'email', code: 'email_invalid' }],
      response: { result: 'error', msg: '0 - An email address must contain a single @.' },
    });
    expect(focused(element)).toBe($(element, '[part~="error-summary"]'));
    expect(text($(element, '#email-error'))).toBe(
      'Erreur : Entrez une adresse courriel au bon format, comme nom@exemple.ca',
    );
  });

  it('maps "too many subscribe attempts" to the rate-limit message', async () => {
    const run = newRun();
    const element = await mount(`provider="mailchimp" action="${action(run.base, 'toomany')}"`);
    await fill(element);
    expect(((await submit(element)) as GicsSubscribeErrorEvent).detail.kind).toBe('rate-limited');
    expect(text($(element, '[part~="fault"]'))).toContain(
      'There have been too many attempts in a short time. Try again in a few minutes.',
    );
  });

  for (const [mode, kind, message] of [
    ['broken', 'script', 'The newsletter service could not be loaded.'],
    ['silent', 'invalid-response', 'The newsletter service sent an answer we did not understand.'],
    ['hang', 'timeout', 'The newsletter service took too long to answer.'],
    ['other', 'rejected', 'The newsletter service refused the subscription.'],
  ] as const) {
    it(`${mode}: ${kind}, values kept, no callback or script left behind`, async () => {
      const run = newRun();
      const element = await mount(
        `provider="mailchimp" action="${action(run.base, mode)}" timeout="400"`,
      );
      await fill(element);
      const outcome = (await submit(element)) as GicsSubscribeErrorEvent;
      expect(outcome.detail.kind).toBe(kind);
      const box = $(element, '[part~="fault"]');
      expect(text(box)).toContain(message);
      expect(focused(element)).toBe(box);
      expect($<HTMLInputElement>(element, '#email').value).toBe('josee@coop.example');
      expect(leftovers().scripts).toBe(0);
      if (kind !== 'timeout') expect(leftovers().callbacks).toEqual([]);
    });
  }
});

runElementBaseTests<GicsNewsletterSignup>('gics-newsletter-signup', (element) => {
  element.senderName = 'Coopérative GICS';
  element.senderContact = 'info@gics.example';
});
