import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { gicsCommunity } from '@gics/core/samples/community';
import '../define/gics-practice-form.js';
import '../define/gics-practices.js';
import { mountPractices } from '../practices/testing/helpers.js';
import type { GicsPracticeForm } from './practice-form.js';
import type { GicsPracticeSubmitEvent } from '../events/practice-submit.js';
import type { GicsPracticeSubmittedEvent } from '../events/practice-submitted.js';
import type { GicsPracticeSubmitErrorEvent } from '../events/practice-submit-error.js';
import type { ReceivedSubmission } from './testing/practice-server.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import {
  $,
  failOnConsoleErrors,
  focused,
  nextEventOf,
  runOn,
  submitAndWait,
} from '../testing/form-tests.js';
import { cleanupFixtures, expectNoAxeViolations, fixture } from '../testing/helpers.js';

const server = inject('practiceServer');

/** A fresh URL space on the server, so each test reads only its own requests. */
const newRun = () => runOn<ReceivedSubmission>(server);

const MODERATOR =
  'moderator-name="Coopérative Exemple" moderator-contact="moderation@coop.example"';

/** Waits until the themes of `/community.json` are offered. */
async function themesShown(element: GicsPracticeForm): Promise<void> {
  await vi.waitFor(() => {
    if (!element.shadowRoot!.querySelector('#theme-0')) throw new Error('no themes yet');
  });
  await element.updateComplete;
}

async function mount(attributes: string, lang = 'en'): Promise<GicsPracticeForm> {
  const timing = attributes.includes('min-submit-time') ? '' : 'min-submit-time="0"';
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${lang}"><gics-practice-form ${MODERATOR} ${timing} src="${server}/community.json" ${attributes}></gics-practice-form></div>`,
  );
  const element = wrapper.querySelector('gics-practice-form')!;
  await element.updateComplete;
  await themesShown(element);
  return element;
}

function text(node: Element | null | undefined): string {
  // Collapses white space but keeps the non-breaking spaces French typography puts in.
  return (node?.textContent ?? '').replace(/[^\S\u00a0]+/g, ' ').trim();
}

function value(element: GicsPracticeForm, selector: string): string {
  return $<HTMLInputElement>(element, selector).value;
}

const PRACTICE = {
  title: 'A tool library shared by three neighbouring co-ops',
  summary: 'Drills, scaffolding and trailers, lent between members of three co-operatives.',
  body: 'We started in 2022.\n\n- one shared inventory\n- **simple** rules',
  name: 'Maëlle Fortin-Ouellet',
  organisation: 'Coop des Trois-Rivages',
  email: 'maelle@rivages.example',
};

/** Fills the form like a person would (real input events); consent ticked unless told not to. */
async function fill(
  element: GicsPracticeForm,
  values: Partial<typeof PRACTICE> & { consent?: boolean; link?: string } = {},
): Promise<void> {
  const filled = { ...PRACTICE, ...values };
  await userEvent.fill($(element, '#title'), filled.title);
  await userEvent.fill($(element, '#summary'), filled.summary);
  await userEvent.fill($(element, '#body'), filled.body);
  await userEvent.click($(element, '#theme-1'));
  await userEvent.click($(element, '#available-1'));
  if (values.link !== undefined) await userEvent.fill($(element, '#link-url-0'), values.link);
  await userEvent.fill($(element, '#author-name'), filled.name);
  await userEvent.fill($(element, '#organisation'), filled.organisation);
  await userEvent.click($(element, '#kind-0'));
  await userEvent.selectOptions($(element, '#country'), 'CA');
  await userEvent.fill($(element, '#email'), filled.email);
  if (values.consent ?? true) await userEvent.click($(element, '#consent'));
}

type Outcome = GicsPracticeSubmittedEvent | GicsPracticeSubmitErrorEvent;
const OUTCOMES = ['gics-practice-submitted', 'gics-practice-submit-error'] as const;

/** Resolves with the next `gics-practice-submitted` or `gics-practice-submit-error`, once rendered. */
const nextOutcome = (element: GicsPracticeForm) => nextEventOf<Outcome>(element, OUTCOMES);

/** Clicks the submit button and resolves with the outcome. */
const submit = (element: GicsPracticeForm) => submitAndWait<Outcome>(element, OUTCOMES);

/** Every value a visitor typed, as the form holds it. */
function typedValues(element: GicsPracticeForm) {
  return {
    title: value(element, '#title'),
    summary: value(element, '#summary'),
    body: value(element, '#body'),
    name: value(element, '#author-name'),
    organisation: value(element, '#organisation'),
    email: value(element, '#email'),
    country: value(element, '#country'),
    theme: $<HTMLInputElement>(element, '#theme-1').checked,
    kind: $<HTMLInputElement>(element, '#kind-0').checked,
    consent: $<HTMLInputElement>(element, '#consent').checked,
  };
}

const TYPED = {
  title: PRACTICE.title,
  summary: PRACTICE.summary,
  body: PRACTICE.body,
  name: PRACTICE.name,
  organisation: PRACTICE.organisation,
  email: PRACTICE.email,
  country: 'CA',
  theme: true,
  kind: true,
  consent: true,
};

failOnConsoleErrors();

runElementBaseTests('gics-practice-form', (element) => {
  (element as GicsPracticeForm).moderatorName = 'Coopérative Exemple';
  (element as GicsPracticeForm).moderatorContact = 'moderation@coop.example';
});

describe('<gics-practice-form> with the json provider', () => {
  it('posts the submission as JSON, once, and says it is received and published after review', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok"`);
    await fill(element, { link: 'https://rivages.example/outils' });
    const outcome = (await submit(element)) as GicsPracticeSubmittedEvent;

    expect(outcome.type).toBe('gics-practice-submitted');
    expect(outcome.detail.provider).toBe('json');
    expect(outcome.detail.response).toEqual({ status: 'submitted', id: 'p-1' });
    const requests = await run.requests();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.contentType).toBe('application/json');
    expect(requests[0]!.check).toBe(true);
    const body = JSON.parse(requests[0]!.body);
    expect(body).toEqual({
      language: 'en',
      title: PRACTICE.title,
      summary: PRACTICE.summary,
      body: PRACTICE.body,
      themeIds: ['circulaire'],
      languages: ['en'],
      links: [{ url: 'https://rivages.example/outils' }],
      author: {
        name: PRACTICE.name,
        organisation: PRACTICE.organisation,
        kind: 'cooperative',
        country: 'CA',
      },
      contactEmail: PRACTICE.email,
      consent: {
        statement: expect.stringContaining('I agree to the publication of this practice.'),
        language: 'en',
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        pageUrl: `${location.origin}${location.pathname}`,
      },
    });
    // The record keeps what publication means and who decides, as the visitor read it.
    expect(body.consent.statement).toContain('Once Coopérative Exemple has reviewed it');
    expect(body.consent.statement).toContain('Your email address is never published.');
    expect(body.consent.statement).toContain('moderation@coop.example');
    expect(outcome.detail.submission).toEqual(body);

    const status = $(element, '[part~="status"]');
    expect(text(status)).toBe(
      'Thank you! Your practice has been received. It will be published once Coopérative Exemple has reviewed it.',
    );
    expect(status.getAttribute('role')).toBe('status');
    expect(focused(element)).toBe(status);
    expect(element.shadowRoot!.querySelector('form')).toBeNull();
  });

  it('says next to the email field that it is never published, and whom the consent names', async () => {
    const element = await mount('action="/nowhere"', 'fr');
    const email = $(element, '#email');
    expect(email.getAttribute('aria-describedby')).toBe('email-hint');
    expect(text($(element, '#email-hint'))).toBe(
      'Jamais publiée\u00a0: Coopérative Exemple s’en sert uniquement pour vous écrire au sujet de cette pratique.',
    );
    expect(text($(element, '#email').closest('fieldset')!.querySelector('legend'))).toBe(
      'Pour vous joindre (jamais publié)',
    );
    const consent = $<HTMLInputElement>(element, '#consent');
    expect(consent.checked).toBe(false);
    expect(consent.required).toBe(true);
    expect(text($(element, '#consent-statement'))).toContain(
      'Après examen par Coopérative Exemple, le titre, le résumé, le texte',
    );
    expect(text($(element, '#consent-statement'))).toContain(
      'Pour faire corriger ou retirer la pratique\u00a0: moderation@coop.example.',
    );
  });

  it('offers the themes of its src as unchecked checkboxes, names with markup shown as text', async () => {
    const element = await mount('action="/nowhere"');
    const labels = [...element.shadowRoot!.querySelectorAll('label[for^="theme-"]')].map(text);
    expect(labels).toEqual([
      'Co-operative leadership',
      'Circular economy',
      'Digitalization',
      '<img src=x onerror="window.hacked=1">Thème piégé',
    ]);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    for (const box of element.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="themes"]')) {
      expect(box.checked).toBe(false);
    }
  });

  it('names each kind of member as the practices library’s filter does, in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const element = await mount('', lang);
      const offered = [...element.shadowRoot!.querySelectorAll('input[name="kind"]')].map((radio) =>
        text(element.shadowRoot!.querySelector(`label[for="${radio.id}"]`)),
      );
      const { library } = await mountPractices('', { lang, community: gicsCommunity });
      const filtered = [
        ...library.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^="facet-kinds-"]'),
      ].map((box) =>
        [...box.closest('li')!.querySelector('label')!.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim(),
      );
      // The sample's practices come from every kind of member, so the filter names them all.
      expect(filtered).toHaveLength(offered.length);
      expect(offered, lang).toEqual(filtered);
      cleanupFixtures();
    }
  });

  it('takes themes from the themes property before src', async () => {
    const element = await mount('action="/nowhere"');
    element.themes = [{ id: 'seul', name: { fr: 'Thème seul', en: 'Only theme' } }];
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll('label[for^="theme-"]')].map(text)).toEqual([
      'Only theme',
    ]);
  });
});

describe('validation (GOV.UK error pattern)', () => {
  it('sends nothing, focuses a summary linking to each field, marks each field', async () => {
    const run = newRun();
    const submitted = vi.fn();
    const element = await mount(`action="${run.base}/ok"`);
    element.addEventListener('gics-practice-submit', submitted);
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;

    const summary = $(element, '[part~="error-summary"]');
    expect(focused(element)).toBe(summary);
    expect(summary.querySelector('[role="alert"]')).not.toBeNull();
    const links = [...summary.querySelectorAll('a')];
    expect(links.map(text)).toEqual([
      'Enter a title',
      'Enter a summary',
      'Describe the practice',
      'Choose at least one theme',
      'Enter your name',
      'Enter your email address',
      'Select the box to agree to the publication of the practice',
    ]);
    const title = $(element, '#title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-error');
    expect(text($(element, '#title-error'))).toBe('Error: Enter a title');
    expect($(element, '#email').getAttribute('aria-describedby')).toBe(
      'email-hint contactEmail-error',
    );

    await userEvent.click(links[3]!);
    expect(focused(element)).toBe($(element, '#theme-0'));
    await userEvent.click(links[6]!);
    expect(focused(element)).toBe($(element, '#consent'));
    expect(location.hash).toBe('');
    expect(submitted).not.toHaveBeenCalled();
    expect(await run.requests()).toEqual([]);
  });

  it('names the link at fault, refuses javascript: links, and keeps every value', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok"`, 'fr');
    await fill(element, { link: 'javascript:alert(document.cookie)' });
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect([...$(element, '[part~="error-summary"]').querySelectorAll('a')].map(text)).toEqual([
      'Lien 1\u00a0: Entrez une adresse Web commençant par https://, comme https://coop.exemple/guide',
    ]);
    expect($(element, '#link-url-0').getAttribute('aria-invalid')).toBe('true');
    expect($(element, '#link-url-0').getAttribute('aria-describedby')).toBe('link-0-error');
    expect(value(element, '#link-url-0')).toBe('javascript:alert(document.cookie)');
    expect(typedValues(element)).toEqual(TYPED);
    expect(await run.requests()).toEqual([]);
  });
});

describe('answers of the service', () => {
  it('maps 422 field errors onto the fields, in the visitor’s language, keeping every value', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/fields"`, 'fr');
    await fill(element);
    const outcome = (await submit(element)) as GicsPracticeSubmitErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'invalid', status: 422, provider: 'json' });
    const summary = $(element, '[part~="error-summary"]');
    expect(focused(element)).toBe(summary);
    expect([...summary.querySelectorAll('a')].map(text)).toEqual([
      'Le titre doit compter 200 caractères ou moins',
      'Lien 2\u00a0: Entrez une adresse Web commençant par https://, comme https://coop.exemple/guide',
    ]);
    expect($(element, '#title').getAttribute('aria-invalid')).toBe('true');
    expect($(element, '#link-url-1').getAttribute('aria-invalid')).toBe('true');
    expect(typedValues(element)).toEqual(TYPED);
  });

  const faults = [
    {
      name: '500',
      behaviour: 'broken',
      kind: 'server',
      en: 'The service is having a problem. Try again in a few minutes.',
      fr: 'Le service éprouve un problème. Réessayez dans quelques minutes.',
    },
    {
      name: '429 with Retry-After',
      behaviour: 'busy',
      kind: 'rate-limited',
      en: 'There have been too many submissions in a short time. Try again in 2 minutes.',
      fr: 'Il y a eu trop d’envois en peu de temps. Réessayez dans 2\u00a0minutes.',
    },
    {
      name: 'a dropped connection',
      behaviour: 'drop',
      kind: 'network',
      en: 'We could not reach the service.',
      fr: 'Impossible de joindre le service.',
    },
    {
      name: 'no answer before the timeout',
      behaviour: 'hang',
      kind: 'timeout',
      en: 'The service took too long to answer.',
      fr: 'Le service met trop de temps à répondre.',
    },
    {
      name: 'HTML instead of JSON',
      behaviour: 'html',
      kind: 'invalid-response',
      en: 'The service sent an answer we did not understand.',
      fr: 'Le service a envoyé une réponse que nous ne comprenons pas.',
    },
  ] as const;

  for (const fault of faults) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${fault.name} (${lang}): its own message, focused, every value kept`, async () => {
        const run = newRun();
        const element = await mount(`action="${run.base}/${fault.behaviour}" timeout="600"`, lang);
        await fill(element);
        const outcome = (await submit(element)) as GicsPracticeSubmitErrorEvent;
        expect(outcome.type).toBe('gics-practice-submit-error');
        expect(outcome.detail.kind).toBe(fault.kind);
        const box = $(element, '[part~="fault"]');
        expect(text(box)).toContain(fault[lang]);
        expect(focused(element)).toBe(box);
        expect(text($(element, '[part~="retry-button"]'))).toBe(
          lang === 'fr' ? 'Réessayer' : 'Try again',
        );
        expect(typedValues(element)).toEqual(TYPED);
        expect(await run.requests()).toHaveLength(1);
      });
    }
  }

  it('a 429 carries retryAfter in the event', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/busy"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsPracticeSubmitErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'rate-limited', status: 429, retryAfter: 120 });
  });

  it('a refusal shows the service’s own words, and no "Try again"', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/closed"`);
    await fill(element);
    const outcome = (await submit(element)) as GicsPracticeSubmitErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'rejected', status: 403 });
    expect(text($(element, '[part~="fault"]'))).toContain(
      'The service refused the practice. The service said: Submissions are closed until the next summit.',
    );
    expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).toBeNull();
  });

  it('"Try again" resends exactly the same submission, then says it is received', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/flaky"`);
    await fill(element);
    expect(((await submit(element)) as GicsPracticeSubmitErrorEvent).detail.kind).toBe('server');
    const retried = vi.fn((event: GicsPracticeSubmitEvent) => event.detail.retry);
    element.addEventListener('gics-practice-submit', retried);
    const second = nextOutcome(element);
    await userEvent.click($(element, '[part~="retry-button"]'));
    expect((await second).type).toBe('gics-practice-submitted');
    expect(retried).toHaveReturnedWith(true);
    const requests = await run.requests();
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(focused(element)).toBe($(element, '[part~="status"]'));
  });
});

describe('exactly one request per submission', () => {
  it('ignores clicks and Enter while a request is in flight', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/hang" timeout="5000"`);
    await fill(element);
    const submitted = vi.fn();
    element.addEventListener('gics-practice-submit', submitted);
    const outcome = nextOutcome(element);
    const button = $(element, '[part~="button"]');
    await userEvent.click(button);
    await element.updateComplete;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(text($(element, '[part~="status"]'))).toBe('Sending your practice…');
    // Playwright waits for an aria-disabled button to become enabled; a person does not.
    await userEvent.dblClick(button, { force: true });
    await userEvent.click($(element, '#title'));
    await userEvent.keyboard('{Enter}');
    expect((await outcome).type).toBe('gics-practice-submit-error');
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(await run.requests()).toHaveLength(1);
  });
});

describe('bots', () => {
  it('a filled honeypot gets the success message and sends nothing', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok"`);
    const submitted = vi.fn();
    element.addEventListener('gics-practice-submit', submitted);
    await fill(element);
    $<HTMLInputElement>(element, '#gics_hp').value = 'https://spam.example';
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).toContain('Your practice has been received.');
    expect(submitted).not.toHaveBeenCalled();
    expect(await run.requests()).toEqual([]);
  });

  it('a submission faster than min-submit-time gets the success message and sends nothing', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok" min-submit-time="600000"`);
    await fill(element);
    await userEvent.click($(element, '[part~="button"]'));
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).toContain('Your practice has been received.');
    expect(await run.requests()).toEqual([]);
  });

  it('the honeypot is out of reach of people: hidden, inert, out of the tab order', async () => {
    const element = await mount('action="/nowhere"');
    const trap = $(element, '.honeypot');
    expect(trap.getAttribute('aria-hidden')).toBe('true');
    expect(trap.hasAttribute('inert')).toBe(true);
    expect($(element, '#gics_hp').getAttribute('tabindex')).toBe('-1');
  });
});

describe('provider="event": the host sends it', () => {
  it('waits for reportOutcome, then says it is received; nothing goes to action', async () => {
    const run = newRun();
    const element = await mount(`provider="event" action="${run.base}/ok"`);
    const seen: GicsPracticeSubmitEvent[] = [];
    element.addEventListener('gics-practice-submit', (event) => {
      seen.push(event);
      setTimeout(() => element.reportOutcome({ ok: true, response: { queued: true } }), 50);
    });
    await fill(element);
    const outcome = (await submit(element)) as GicsPracticeSubmittedEvent;
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail.provider).toBe('event');
    expect(seen[0]!.detail.submission.title).toBe(PRACTICE.title);
    expect(outcome.detail).toMatchObject({ provider: undefined, response: { queued: true } });
    expect(await run.requests()).toEqual([]);
  });

  it('a host that cancels the json provider’s event reports a fault: its message, values kept', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok"`);
    element.addEventListener('gics-practice-submit', (event) => {
      event.preventDefault();
      element.reportOutcome({ ok: false, kind: 'server' });
    });
    await fill(element);
    const outcome = (await submit(element)) as GicsPracticeSubmitErrorEvent;
    expect(outcome.detail).toMatchObject({ kind: 'server', provider: undefined });
    expect(typedValues(element)).toEqual(TYPED);
    expect(await run.requests()).toEqual([]);
  });
});

describe('the preview', () => {
  it('renders the Markdown subset on demand and follows what is typed', async () => {
    const element = await mount('action="/nowhere"');
    const toggle = $(element, '[part~="preview-button"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($(element, '#preview').hidden).toBe(true);
    await userEvent.fill($(element, '#body'), 'First **bold** part.\n\n- one\n- two');
    await userEvent.click(toggle);
    await vi.waitFor(() => {
      if (!element.shadowRoot!.querySelector('#preview strong')) throw new Error('not yet');
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Hide the preview');
    const preview = $(element, '#preview');
    expect(preview.getAttribute('aria-labelledby')).toBe('preview-title');
    expect(text(preview.querySelector('strong'))).toBe('bold');
    expect([...preview.querySelectorAll('li')].map(text)).toEqual(['one', 'two']);

    await userEvent.type($(element, '#body'), '\n- three');
    await element.updateComplete;
    expect([...preview.querySelectorAll('li')].map(text)).toEqual(['one', 'two', 'three']);
  });

  it('shows markup and javascript: links in the text as text, never as HTML or a link', async () => {
    const element = await mount('action="/nowhere"');
    await userEvent.fill(
      $(element, '#body'),
      '<img src=x onerror="window.hacked=2"><script>window.hacked=3</script>\n\n' +
        '[click me](javascript:window.hacked=4) and [site](https://coop.example/)',
    );
    await userEvent.click($(element, '[part~="preview-button"]'));
    await vi.waitFor(() => {
      if (!element.shadowRoot!.querySelector('#preview p')) throw new Error('not yet');
    });
    const preview = $(element, '#preview');
    expect(preview.querySelector('img, script')).toBeNull();
    expect(text(preview)).toContain('<img src=x onerror="window.hacked=2">');
    const links = [...preview.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://coop.example/']);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('says there is nothing to preview yet', async () => {
    const element = await mount('action="/nowhere"', 'fr');
    await userEvent.click($(element, '[part~="preview-button"]'));
    await element.updateComplete;
    expect(text($(element, '#preview'))).toContain('Rien à afficher pour l’instant');
  });
});

describe('keyboard only', () => {
  it('fills and sends the whole form with Tab, typing, Space and Enter', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/ok"`);
    const outcome = nextOutcome(element);
    $<HTMLInputElement>(element, '#language-1').focus();
    const order: string[] = [];
    const step = async (keys?: string) => {
      if (keys) await userEvent.keyboard(keys);
      order.push(focused(element)?.id ?? '');
      await userEvent.tab();
    };
    await step(); // the writing language: English is checked already
    await step('Composting with neighbours');
    await step('A shared composter for three co-ops.');
    await step('We compost together.');
    await step(); // the preview button
    await step(' '); // themes: the first one
    for (let index = 1; index < 4; index += 1) await step();
    await step(' '); // languages: French
    for (let index = 1; index < 3; index += 1) await step();
    for (let index = 0; index < 6; index += 1) await step(); // the link rows, left empty
    await step('Ada Cooper');
    await step(); // organisation
    await step(); // kind: a radio group is one Tab stop
    await step(); // country
    await step('ada@coop.example');
    await step(' '); // consent
    expect(focused(element)).toBe($(element, '[part~="button"]'));
    await userEvent.keyboard('{Enter}');
    const done = (await outcome) as GicsPracticeSubmittedEvent;
    expect(done.type).toBe('gics-practice-submitted');
    expect(order).toEqual([
      'language-1',
      'title',
      'summary',
      'body',
      'preview-toggle',
      'theme-0',
      'theme-1',
      'theme-2',
      'theme-3',
      'available-0',
      'available-1',
      'available-2',
      'link-url-0',
      'link-title-0',
      'link-url-1',
      'link-title-1',
      'link-url-2',
      'link-title-2',
      'author-name',
      'organisation',
      'kind-0',
      'country',
      'email',
      'consent',
    ]);
    expect(done.detail.submission).toMatchObject({
      title: 'Composting with neighbours',
      themeIds: ['leadership'],
      languages: ['fr'],
      author: { name: 'Ada Cooper' },
      contactEmail: 'ada@coop.example',
    });
    expect(await run.requests()).toHaveLength(1);
  });
});

describe('accessibility', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations in ${lang}, ${scheme}, empty and with every error shown`, async () => {
        const element = await mount(`action="/nowhere" color-scheme="${scheme}"`, lang);
        await expectNoAxeViolations(element);
        await userEvent.fill($(element, '#link-url-1'), 'nope');
        await userEvent.click($(element, '[part~="button"]'));
        await element.updateComplete;
        await userEvent.click($(element, '[part~="preview-button"]'));
        await element.updateComplete;
        await expectNoAxeViolations(element);
      });
    }
  }

  it('has no axe violations showing a fault and the success message', async () => {
    const run = newRun();
    const element = await mount(`action="${run.base}/broken"`);
    await fill(element);
    await submit(element);
    await expectNoAxeViolations(element);
    const flaky = await mount(`action="${newRun().base}/ok"`, 'fr');
    await fill(flaky);
    await submit(flaky);
    await expectNoAxeViolations(flaky);
  });
});
