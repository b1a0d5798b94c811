/**
 * The footer's signup form against the demo's own endpoint, end to end: what the visitor sees,
 * and what the server kept on disk (the subscriber and the proof of their consent). Then the
 * endpoint itself, for clients other than the widget.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SubscriberStore } from '../src/store.js';
import { openSession, type Session } from './support/browser.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { TEXT, seeText, signUp } from './support/site.js';

// The endpoint's tests need no page: the signup tests open their own session.
const fresh = useFreshDemo({ session: false });

/** Reads what the server stored, from its database file, as a separate reader would. */
function stored(email: string) {
  const store = SubscriberStore.open(fresh.data.dir, { readonly: true });
  try {
    return { subscriber: store.find(email), count: store.list().length };
  } finally {
    store.close();
  }
}

describe('signing up from the footer', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openSession(fresh.browser);
  });
  afterEach(async () => {
    await session.close();
  });

  it('subscribes the visitor and stores the subscriber with their consent record', async () => {
    const { page } = session;
    const before = new Date();
    await page.goto(`${fresh.demo.origin}/fr/`);
    await signUp(page, 'fr', 'josee.tremblay@coop.example', { topics: [TEXT.fr.circular] });
    await seeText(page, TEXT.fr.subscribed);
    const after = new Date();

    const { subscriber, count } = stored('josee.tremblay@coop.example');
    expect(count).toBe(1);
    expect(subscriber).toMatchObject({
      email: 'josee.tremblay@coop.example',
      language: 'fr',
      interests: ['economie-circulaire'],
    });
    expect(subscriber?.consents).toHaveLength(1);
    const consent = subscriber!.consents[0]!;
    // The statement as the visitor saw it: what they agreed to, who sends it, how to reach them.
    expect(consent.statement).toContain('Oui, j’accepte de recevoir l’infolettre par courriel.');
    expect(consent.statement).toContain('Coopérative Exemple');
    expect(consent.statement).toContain('1234, rue de l’Exemple');
    expect(consent.statement).toContain('bonjour@coop.example');
    expect(consent.statementVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(consent).toMatchObject({
      language: 'fr',
      pageUrl: `${fresh.demo.origin}/fr/`,
      interests: ['economie-circulaire'],
      outcome: 'subscribed',
    });
    for (const instant of [consent.consentedAt, consent.receivedAt]) {
      expect(Date.parse(instant)).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(Date.parse(instant)).toBeLessThanOrEqual(after.getTime() + 1000);
    }

    expect(session.cspViolations).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('answers a second signup with the same address as already subscribed, keeping both consents', async () => {
    const { page } = session;
    await page.goto(`${fresh.demo.origin}/en/`);
    await signUp(page, 'en', 'sam@coop.example');
    await seeText(page, TEXT.en.subscribed);

    await page.reload();
    await signUp(page, 'en', 'Sam@Coop.example', { topics: [TEXT.en.circular] });
    await seeText(page, TEXT.en.already);

    const { subscriber, count } = stored('sam@coop.example');
    expect(count).toBe(1);
    // The first signup is kept as it was; the second only adds its consent record.
    expect(subscriber).toMatchObject({ email: 'sam@coop.example', language: 'en', interests: [] });
    expect(subscriber?.consents.map((consent) => consent.outcome)).toEqual([
      'subscribed',
      'already-subscribed',
    ]);
    expect(subscriber?.consents[1]).toMatchObject({
      language: 'en',
      pageUrl: `${fresh.demo.origin}/en/`,
      interests: ['economie-circulaire'],
    });
    expect(subscriber?.consents[1]?.statement).toContain(
      'Yes, I agree to receive the newsletter by email.',
    );

    expect(session.cspViolations).toEqual([]);
    // The 409 "already subscribed" answer is the only HTTP error, and Chromium logs it.
    expect(session.problems).toEqual([
      `HTTP 409: ${fresh.demo.origin}/api/newsletter`,
      'console error: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
  });
});

describe('the signup endpoint', () => {
  const consent = {
    statement: 'Yes, I agree to receive the newsletter by email.',
    language: 'en',
    timestamp: '2024-03-01T14:05:00.000Z',
    pageUrl: 'http://localhost:4173/en/',
  };

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${fresh.demo.origin}/api/newsletter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { response, body: (await response.json()) as Record<string, unknown> };
  }

  it('refuses invalid fields with our codes and messages in the signup’s language', async () => {
    const { response, body } = await post({
      email: 'nope',
      language: 'fr',
      interests: ['made-up'],
      consent: { ...consent, statement: ' ' },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(body.errors).toEqual([
      {
        field: 'email',
        code: 'email_invalid',
        message: 'Cette adresse courriel n’est pas valide.',
      },
      {
        field: 'interests',
        code: 'interest_unknown',
        message: 'Un des sujets choisis ne fait pas partie de la liste proposée.',
      },
      {
        field: 'consent',
        code: 'consent_missing',
        message: 'Le consentement à recevoir l’infolettre est manquant ou incomplet.',
      },
    ]);
    expect(stored('nope').count).toBe(0);
  });

  it('answers 201, then 409 for the same address in another case', async () => {
    const signup = { email: 'Kim@coop.example', language: 'en', interests: [], consent };
    const first = await post(signup);
    expect(first.response.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'subscribed', doubleOptIn: false });
    const again = await post({ ...signup, email: 'kim@COOP.example' });
    expect(again.response.status).toBe(409);
    expect(again.body).toMatchObject({ message: 'This address is already subscribed.' });
  });

  it('refuses what is not a JSON signup, in the visitor’s language', async () => {
    const french = { 'accept-language': 'fr-CA,fr;q=0.9' };
    const notJson = await post('{"email":', french);
    expect(notJson.response.status).toBe(400);
    expect(notJson.body).toEqual({ message: 'La demande n’est pas un JSON valide.' });

    const notSignup = await post([1, 2], { 'accept-language': 'en' });
    expect(notSignup.response.status).toBe(400);
    expect(notSignup.body).toEqual({ message: 'The request does not contain a signup.' });

    const form = await post('email=a%40b.example', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.response.status).toBe(415);

    const huge = await post({ email: 'a@b.example', padding: 'x'.repeat(20_000) });
    expect(huge.response.status).toBe(413);

    const get = await fetch(`${fresh.demo.origin}/api/newsletter`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, HEAD');
    // The widget's probe after a failed request: an answer means "reachable".
    const head = await fetch(`${fresh.demo.origin}/api/newsletter`, { method: 'HEAD' });
    expect(head.status).toBe(204);
  });

  it('slows down a client that posts too often, with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const { response } = await post({});
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10).every((status) => status === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
