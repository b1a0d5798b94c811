import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createConsentRecord, isEmailAddress, validateSignup } from './signup.js';
import { Signup } from './signup.schema.js';
import { topicsFromSummit } from './topics.js';

const filled = {
  email: '  josee@coop.example ',
  name: ' Josée Tremblay ',
  language: 'fr',
  interests: ['numerique', 'circulaire'],
  consent: true,
};

describe('isEmailAddress', () => {
  it('accepts ordinary and accented addresses', () => {
    expect(isEmailAddress('name@example.com')).toBe(true);
    expect(isEmailAddress('first.last+news@sub.example.co.uk')).toBe(true);
    expect(isEmailAddress('josée@coop.québec')).toBe(true);
  });

  it('refuses what cannot be an address', () => {
    for (const value of [
      '',
      'name',
      'name@',
      '@example.com',
      'name@example',
      'a b@example.com',
      'a@@example.com',
      'a@example..com',
    ]) {
      expect(isEmailAddress(value), value).toBe(false);
    }
    expect(isEmailAddress(`${'a'.repeat(250)}@example.com`)).toBe(false);
  });
});

describe('validateSignup', () => {
  it('trims, keeps offered interests in offered order, drops the hidden name', () => {
    const result = validateSignup(filled, {
      interests: ['circulaire', 'numerique', 'gouvernance'],
    });
    expect(result).toEqual({
      ok: true,
      fields: {
        email: 'josee@coop.example',
        language: 'fr',
        interests: ['circulaire', 'numerique'],
      },
    });
  });

  it('keeps the name when the form asks for it', () => {
    const result = validateSignup(filled, {
      nameField: 'optional',
      interests: ['numerique', 'circulaire'],
    });
    expect(result.ok && result.fields.name).toBe('Josée Tremblay');
    const blank = validateSignup(
      { ...filled, name: '  ', interests: [] },
      { nameField: 'optional' },
    );
    expect(blank.ok && 'name' in blank.fields).toBe(false);
  });

  it('lists every problem in form order', () => {
    const result = validateSignup(
      { email: ' ', name: '', language: 'de', interests: ['made-up'], consent: false },
      { nameField: 'required', interests: ['numerique'] },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'email', code: 'email_missing' },
        { field: 'name', code: 'name_missing' },
        { field: 'interests', code: 'interest_unknown' },
        { field: 'language', code: 'language_invalid' },
        { field: 'consent', code: 'consent_missing' },
      ],
    });
  });

  it('tells an invalid address from a missing one and a too long one', () => {
    const code = (email: string) => {
      const result = validateSignup({ email, language: 'en', consent: true });
      return result.ok ? undefined : result.errors[0]?.code;
    };
    expect(code('name@example')).toBe('email_invalid');
    expect(code(`${'a'.repeat(250)}@example.com`)).toBe('email_too_long');
    expect(code('')).toBe('email_missing');
  });
});

describe('createConsentRecord', () => {
  it('keeps what was shown, when and where, without query or fragment', () => {
    const record = createConsentRecord({
      statement: 'I agree.\n   GICS will send you   its newsletter.',
      language: 'en',
      pageUrl: 'https://coop.example/news?email=josee@coop.example#signup',
      at: new Date('2024-03-01T14:05:00Z'),
    });
    expect(record).toEqual({
      statement: 'I agree. GICS will send you its newsletter.',
      language: 'en',
      timestamp: '2024-03-01T14:05:00.000Z',
      pageUrl: 'https://coop.example/news',
    });
  });
});

describe('Signup schema', () => {
  it('accepts exactly what validateSignup and createConsentRecord produce', () => {
    const result = validateSignup(filled, {
      nameField: 'optional',
      interests: ['numerique', 'circulaire'],
    });
    if (!result.ok) throw new Error('expected a valid form');
    const signup = {
      ...result.fields,
      consent: createConsentRecord({
        statement: 'Oui.',
        language: 'fr',
        pageUrl: 'https://coop.example/',
      }),
    };
    expect(z.safeParse(Signup, signup).success).toBe(true);
  });

  it('refuses a signup without consent or with a bad address, with our codes', () => {
    const result = z.safeParse(Signup, { email: 'nope', language: 'fr', interests: [] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map(
      (issue) => `${issue.path.join('.')}:${issue.message}`,
    );
    expect(messages).toContain('email:email_invalid');
    expect(messages?.some((message) => message.startsWith('consent:'))).toBe(true);
  });
});

describe('topicsFromSummit', () => {
  it('reads themes leniently from a summit or an array', () => {
    const summit = {
      themes: [
        {
          id: 'circulaire',
          name: { fr: 'Économie circulaire', en: 'Circular economy' },
          color: '#2e7d32',
        },
        { id: 'circulaire', name: 'Duplicate' },
        { id: '', name: 'No id' },
        { id: 'vide', name: { fr: ' ' } },
        'not a theme',
        { id: 'numerique', name: 'Numérique' },
      ],
      workshops: 'broken elsewhere',
    };
    expect(topicsFromSummit(summit)).toEqual([
      { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
      { id: 'numerique', name: 'Numérique' },
    ]);
    expect(topicsFromSummit(summit.themes.slice(5))).toHaveLength(1);
    expect(topicsFromSummit(null)).toEqual([]);
    expect(topicsFromSummit({ themes: 'x' })).toEqual([]);
  });
});
