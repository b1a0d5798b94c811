import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createConsentRecord } from '../newsletter/signup.js';
import { ConsentRecord } from '../newsletter/signup.schema.js';
import { gicsCommunity } from '../samples/community.js';
import { Member, Practice } from '../summit/summit.schema.js';
import { Community } from './community.schema.js';
import { parseCommunity } from './community.js';
import {
  checkPracticeSubmission,
  isConsentRecord,
  practiceFromSubmission,
  PRACTICE_SUBMISSION_ERROR_CODES,
  PRACTICE_SUBMISSION_LIMITS,
  validatePracticeSubmission,
  type PracticeSubmissionForm,
} from './submission.js';

const THEMES = ['leadership', 'circulaire', 'numerique'];

const filled: PracticeSubmissionForm = {
  language: 'fr',
  title: '  Une bibliothèque d’outils entre voisines ',
  summary: 'Trois coopératives partagent perceuses, échafaudages et remorques.',
  body: 'Nous avons commencé en 2022.\n\n- un inventaire commun\n- des **règles** simples\n',
  themes: ['circulaire'],
  languages: ['FR', 'en', 'fr'],
  links: [
    { url: ' https://outils.example/guide ', title: ' Le guide ' },
    { url: '', title: '' },
    { url: 'https://outils.example/video' },
  ],
  authorName: ' Maëlle Fortin-Ouellet ',
  organisation: ' Coop des Trois-Rivages ',
  kind: 'cooperative',
  country: 'ca',
  contactEmail: ' maelle@rivages.example ',
  consent: true,
};

const consent = createConsentRecord({
  statement: 'J’accepte que cette pratique soit publiée.',
  language: 'fr',
  pageUrl: 'https://coop.example/fr/pratiques/?x=1',
  at: new Date('2025-03-01T14:05:00Z'),
});

function codes(form: Partial<PracticeSubmissionForm>, themes: readonly string[] = THEMES) {
  const result = validatePracticeSubmission({ ...filled, ...form }, { themes });
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
}

describe('validatePracticeSubmission', () => {
  it('trims, canonicalises, keeps offered themes in offered order and drops empty link rows', () => {
    const result = validatePracticeSubmission(
      { ...filled, themes: ['numerique', 'circulaire'] },
      { themes: THEMES },
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        language: 'fr',
        title: 'Une bibliothèque d’outils entre voisines',
        summary: 'Trois coopératives partagent perceuses, échafaudages et remorques.',
        body: 'Nous avons commencé en 2022.\n\n- un inventaire commun\n- des **règles** simples',
        themeIds: ['circulaire', 'numerique'],
        languages: ['fr', 'en'],
        links: [
          { url: 'https://outils.example/guide', title: 'Le guide' },
          { url: 'https://outils.example/video' },
        ],
        author: {
          name: 'Maëlle Fortin-Ouellet',
          organisation: 'Coop des Trois-Rivages',
          kind: 'cooperative',
          country: 'CA',
        },
        contactEmail: 'maelle@rivages.example',
      },
    });
  });

  it('leaves out what the author did not give, and takes the writing language when no language is chosen', () => {
    const result = validatePracticeSubmission({
      ...filled,
      language: 'en',
      languages: [],
      links: [],
      organisation: ' ',
      kind: '',
      country: '',
    });
    expect(result.ok && result.fields.languages).toEqual(['en']);
    expect(result.ok && result.fields.author).toEqual({ name: 'Maëlle Fortin-Ouellet' });
  });

  it('lists every problem in form order', () => {
    const result = validatePracticeSubmission(
      {
        language: 'de',
        title: ' ',
        summary: '',
        body: '\n',
        themes: [],
        languages: ['not a language!'],
        links: [{ url: '', title: 'Sans adresse' }],
        authorName: '',
        organisation: 'x'.repeat(201),
        kind: 'company',
        country: 'Canada',
        contactEmail: 'nope',
        consent: false,
      },
      { themes: THEMES },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'language', code: 'language_invalid' },
        { field: 'title', code: 'title_missing' },
        { field: 'summary', code: 'summary_missing' },
        { field: 'body', code: 'body_missing' },
        { field: 'themes', code: 'theme_missing' },
        { field: 'languages', code: 'languages_invalid' },
        { field: 'links', code: 'link_url_missing', index: 0 },
        { field: 'authorName', code: 'author_name_missing' },
        { field: 'organisation', code: 'organisation_too_long' },
        { field: 'kind', code: 'kind_invalid' },
        { field: 'country', code: 'country_invalid' },
        { field: 'contactEmail', code: 'email_invalid' },
        { field: 'consent', code: 'consent_missing' },
      ],
    });
  });

  it('refuses texts over their limits, and accepts them at the limit', () => {
    const limits = PRACTICE_SUBMISSION_LIMITS;
    expect(codes({ title: 'é'.repeat(limits.title) })).toEqual([]);
    expect(codes({ title: 'é'.repeat(limits.title + 1) })).toEqual(['title:title_too_long']);
    expect(codes({ summary: 's'.repeat(limits.summary + 1) })).toEqual([
      'summary:summary_too_long',
    ]);
    expect(codes({ body: 'b'.repeat(limits.body + 1) })).toEqual(['body:body_too_long']);
    expect(codes({ authorName: 'n'.repeat(limits.authorName + 1) })).toEqual([
      'authorName:author_name_too_long',
    ]);
    expect(codes({ contactEmail: `${'a'.repeat(250)}@example.com` })).toEqual([
      'contactEmail:email_too_long',
    ]);
    expect(codes({ contactEmail: '' })).toEqual(['contactEmail:email_missing']);
  });

  it('refuses themes the form did not offer, and any theme id shape when it offered none', () => {
    expect(codes({ themes: ['invented'] })).toEqual(['themes:theme_unknown']);
    // A form with no themes to offer asks for none.
    expect(codes({ themes: [] }, [])).toEqual([]);
    const open = validatePracticeSubmission({ ...filled, themes: ['any-id', 'any-id'] });
    expect(open.ok && open.fields.themeIds).toEqual(['any-id']);
    expect(
      validatePracticeSubmission({ ...filled, themes: ['<b>'] }).ok,
      'an id must look like one',
    ).toBe(false);
  });

  it('makes links of web addresses only, and says which link is wrong', () => {
    const result = validatePracticeSubmission({
      ...filled,
      links: [
        { url: 'https://ok.example/' },
        { url: 'javascript:alert(1)', title: 'Cliquez' },
        { url: 'data:text/html,<script>alert(1)</script>' },
        { url: 'coop.example/guide' },
        { url: 'mailto:someone@coop.example' },
        { url: 'https://ok.example/', title: 't'.repeat(PRACTICE_SUBMISSION_LIMITS.linkTitle + 1) },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'links', code: 'link_url_invalid', index: 1 },
      { field: 'links', code: 'link_url_invalid', index: 2 },
      { field: 'links', code: 'link_url_invalid', index: 3 },
      { field: 'links', code: 'link_url_invalid', index: 4 },
      { field: 'links', code: 'link_title_too_long', index: 5 },
    ]);
    const many = Array.from({ length: PRACTICE_SUBMISSION_LIMITS.links + 1 }, (_, index) => ({
      url: `https://ok.example/${index}`,
    }));
    expect(codes({ links: many })).toEqual(['links:links_too_many']);
  });

  it('keeps markup and scripts in the texts as the visitor typed them: they are text, never HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = validatePracticeSubmission({
      ...filled,
      title: hostile,
      body: `${hostile}\n[lien](javascript:alert(3))`,
      authorName: hostile,
    });
    expect(result.ok && result.fields.title).toBe(hostile);
    expect(result.ok && result.fields.author.name).toBe(hostile);
  });
});

describe('checkPracticeSubmission', () => {
  function submission() {
    const result = validatePracticeSubmission(filled, { themes: THEMES });
    if (!result.ok) throw new Error('the filled form must be valid');
    return { ...result.fields, consent };
  }

  it('accepts what the form sends, as JSON, unchanged', () => {
    const sent = JSON.parse(JSON.stringify(submission()));
    expect(checkPracticeSubmission(sent, { themes: THEMES })).toEqual({
      ok: true,
      submission: submission(),
    });
  });

  it('refuses a submission without a valid consent record', () => {
    for (const record of [
      undefined,
      true,
      { ...consent, statement: ' ' },
      { ...consent, language: 'de' },
      { ...consent, timestamp: 'yesterday' },
      { ...consent, pageUrl: '' },
    ]) {
      const result = checkPracticeSubmission({ ...submission(), consent: record });
      expect(result.ok ? [] : result.errors, JSON.stringify(record)).toEqual([
        { field: 'consent', code: 'consent_missing' },
      ]);
    }
    // The same rule as the zod schema servers of the newsletter use.
    expect(isConsentRecord(consent)).toBe(z.safeParse(ConsentRecord, consent).success);
  });

  it('reads wrong types as the field’s own problem, one per field, in form order', () => {
    const result = checkPracticeSubmission(
      {
        ...submission(),
        title: 42,
        themeIds: 'circulaire',
        languages: [1],
        links: [{ url: 'https://ok.example/' }, 'https://not-a-row.example/', { url: 7 }],
        author: { name: ['x'], organisation: {}, kind: 3, country: null },
        contactEmail: { email: 'a@b.example' },
      },
      { themes: THEMES },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'title_missing' },
        { field: 'themes', code: 'theme_missing' },
        { field: 'languages', code: 'languages_invalid' },
        { field: 'links', code: 'link_url_invalid', index: 1 },
        { field: 'links', code: 'link_url_invalid', index: 2 },
        { field: 'authorName', code: 'author_name_missing' },
        { field: 'organisation', code: 'organisation_invalid' },
        { field: 'kind', code: 'kind_invalid' },
        { field: 'country', code: 'country_invalid' },
        { field: 'contactEmail', code: 'email_missing' },
      ],
    });
    expect(checkPracticeSubmission(null).ok).toBe(false);
    expect(checkPracticeSubmission([]).ok).toBe(false);
  });

  it('has a code for every way a field can be refused, each reached by some input', () => {
    const reached = new Set<string>();
    const forms: Array<Partial<PracticeSubmissionForm>> = [
      {
        language: 'x',
        title: '',
        summary: '',
        body: '',
        themes: [],
        authorName: '',
        contactEmail: '',
        consent: false,
      },
      { title: 't'.repeat(999), summary: 's'.repeat(999), body: 'b'.repeat(30_000), themes: ['x'] },
      { languages: ['!!'], links: [{ url: '', title: 'a' }], authorName: 'n'.repeat(300) },
      {
        links: [{ url: 'ftp://x.example', title: 't'.repeat(300) }],
        organisation: 'o'.repeat(300),
      },
      { links: Array.from({ length: 11 }, () => ({ url: 'https://x.example' })) },
      { kind: 'x', country: 'x', contactEmail: 'x' },
      { contactEmail: `${'a'.repeat(300)}@x.example` },
    ];
    for (const form of forms) {
      const result = validatePracticeSubmission({ ...filled, ...form }, { themes: THEMES });
      if (!result.ok) for (const error of result.errors) reached.add(error.code);
    }
    const typed = checkPracticeSubmission({ author: { organisation: 1 } });
    if (!typed.ok) for (const error of typed.errors) reached.add(error.code);
    expect([...reached].sort()).toEqual([...PRACTICE_SUBMISSION_ERROR_CODES].sort());
  });
});

describe('practiceFromSubmission', () => {
  it('gives a practice and its author that the community schema and reader accept, without the contact address', () => {
    const result = validatePracticeSubmission(filled, { themes: THEMES });
    if (!result.ok) throw new Error('the filled form must be valid');
    const { practice, author } = practiceFromSubmission(
      { ...result.fields, ...{ consent } },
      { id: 'submitted-1', authorId: 'submitted-1-author', date: '2025-03-02' },
    );
    expect(practice).toEqual({
      id: 'submitted-1',
      title: { fr: 'Une bibliothèque d’outils entre voisines' },
      summary: { fr: 'Trois coopératives partagent perceuses, échafaudages et remorques.' },
      body: {
        fr: 'Nous avons commencé en 2022.\n\n- un inventaire commun\n- des **règles** simples',
      },
      themeIds: ['circulaire'],
      authorIds: ['submitted-1-author'],
      tags: [],
      date: '2025-03-02',
      languages: ['fr', 'en'],
      links: [
        { url: 'https://outils.example/guide', title: { fr: 'Le guide' } },
        { url: 'https://outils.example/video' },
      ],
    });
    expect(author).toEqual({
      id: 'submitted-1-author',
      name: 'Maëlle Fortin-Ouellet',
      kind: 'cooperative',
      organisation: 'Coop des Trois-Rivages',
      country: 'CA',
      languages: [],
      tags: [],
      links: [],
    });
    expect(JSON.stringify({ practice, author })).not.toContain('maelle@rivages.example');
    expect(JSON.stringify({ practice, author })).not.toContain('J’accepte');
    expect(z.safeParse(Practice, practice).success).toBe(true);
    expect(z.safeParse(Member, author).success).toBe(true);

    // Added to the sample community (whose themes include the chosen one), still a community.
    const themes = gicsCommunity.themes.map((theme) => theme.id);
    const grown = {
      ...gicsCommunity,
      members: [...gicsCommunity.members, author],
      practices: [...gicsCommunity.practices, { ...practice, themeIds: [themes[0]!] }],
    };
    expect(z.safeParse(Community, grown).success).toBe(true);
    expect(parseCommunity(grown).ok).toBe(true);
  });
});
