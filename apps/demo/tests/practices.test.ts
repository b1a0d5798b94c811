/**
 * Shared practices on the demo: the endpoint as any client meets it, what it keeps on disk, the
 * moderation command, and the community file that approved practices join.
 */
import { describe, expect, it } from 'vitest';
import { parseCommunity } from '@gics/core/community';
import { gicsCommunity } from '@gics/core/samples/community';
import { PracticeStore } from '../src/practice-store.js';
import { PRACTICE_RATE_LIMIT } from '../src/practices.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { moderate, post, send, submission } from './support/practices.js';

const fresh = useFreshDemo({ session: false });

function stored() {
  const store = PracticeStore.open(fresh.data.dir, { readonly: true });
  try {
    return store.list();
  } finally {
    store.close();
  }
}

async function community() {
  const answer = await send(fresh.demo.origin, { method: 'GET', path: '/community.json' });
  expect(answer.status).toBe(200);
  return answer.body as typeof gicsCommunity;
}

describe('POST /api/practices', () => {
  it('keeps a valid submission as submitted, contact and consent included, and says so', async () => {
    const sent = submission();
    const answer = await post(fresh.demo.origin, sent);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      status: 'submitted',
      id: 1,
      message: 'Pratique reçue\u00a0; elle sera publiée après examen.',
    });
    expect(answer.headers['cache-control']).toBe('no-store');
    const [row, ...others] = stored();
    expect(others).toEqual([]);
    expect(row).toMatchObject({ id: 1, status: 'submitted', submission: sent, decisions: [] });
    // Not published before a moderator says so.
    expect((await community()).practices).toHaveLength(gicsCommunity.practices.length);
  });

  it('finds the first row when the same submission comes again (a retry after a lost answer)', async () => {
    const sent = submission();
    expect((await post(fresh.demo.origin, sent)).body).toMatchObject({ id: 1 });
    expect((await post(fresh.demo.origin, sent)).body).toMatchObject({ id: 1 });
    expect(
      (await post(fresh.demo.origin, submission({ title: 'Autre titre' }))).body,
    ).toMatchObject({ id: 2 });
    expect(stored().map((row) => row.id)).toEqual([1, 2]);
  });

  it('refuses fields with the core’s codes (422), keeping nothing', async () => {
    const answer = await post(fresh.demo.origin, {
      ...submission({ language: 'en' }),
      title: '  ',
      themeIds: ['invented-theme'],
      links: [{ url: 'javascript:alert(1)' }],
      consent: { statement: 'Yes' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      errors: [
        { field: 'title', code: 'title_missing' },
        { field: 'themes', code: 'theme_unknown' },
        { field: 'links', code: 'link_url_invalid', index: 0 },
        { field: 'consent', code: 'consent_missing' },
      ],
      message: 'Some details of the practice need fixing.',
    });
    expect(stored()).toEqual([]);
  });

  it('answers what is not a submission with 400, 413, 415 and 405, and HEAD with 204', async () => {
    const origin = fresh.demo.origin;
    expect((await send(origin, { body: '{"title":' })).status).toBe(400);
    expect((await send(origin, { body: '[1, 2]' })).status).toBe(400);
    expect((await send(origin, { body: 'x'.repeat(200 * 1024) })).status).toBe(413);
    expect(
      (await send(origin, { body: JSON.stringify(submission()), contentType: 'text/plain' }))
        .status,
    ).toBe(415);
    const get = await send(origin, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, HEAD');
    expect((await send(origin, { method: 'HEAD' })).status).toBe(204);
    expect(stored()).toEqual([]);
  });

  it(`slows one address down after ${PRACTICE_RATE_LIMIT.requests} submissions (429 + Retry-After)`, async () => {
    for (let index = 0; index < PRACTICE_RATE_LIMIT.requests; index += 1) {
      const answer = await post(fresh.demo.origin, submission({ title: `Pratique ${index}` }));
      expect(answer.status).toBe(201);
    }
    const limited = await post(fresh.demo.origin, submission({ title: 'Une de trop' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another visitor is not held back.
    const other = await post(fresh.demo.origin, submission({ title: 'Ailleurs' }), '127.0.0.9');
    expect(other.status).toBe(201);
  });
});

describe('npm run moderate', () => {
  it('lists, shows, approves into /community.json and rejects with a reason kept, deleting nothing', async () => {
    const dir = fresh.data.dir;
    const hostile = '<img src=x onerror="alert(1)">Un titre piégé';
    await post(fresh.demo.origin, submission());
    await post(
      fresh.demo.origin,
      submission({
        language: 'en',
        title: hostile,
        author: { name: 'Sam Okafor', kind: 'individual', country: 'NG' },
        contactEmail: 'sam@example.org',
      }),
    );

    const listed = await moderate(dir, 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /^#1 +submitted +\d{4}-\d\d-\d\d {2}fr {2}Une remorque partagée/m,
    );
    expect(listed.stdout).toContain('#2');

    const shown = await moderate(dir, 'show', '2');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      id: 2,
      status: 'submitted',
      submission: { title: hostile, contactEmail: 'sam@example.org' },
    });

    const approved = await moderate(dir, 'approve', '2');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('#2 approved');
    let file = await community();
    const published = file.practices.find((practice) => practice.id === 'shared-2');
    expect(published).toMatchObject({
      title: { en: hostile },
      authorIds: ['shared-2-author'],
      themeIds: ['economie-circulaire'],
    });
    expect(file.members.find((member) => member.id === 'shared-2-author')).toMatchObject({
      name: 'Sam Okafor',
      kind: 'individual',
      country: 'NG',
    });
    expect(parseCommunity(file).ok).toBe(true);
    // What the author asked to keep private stays private.
    expect(JSON.stringify(file)).not.toContain('sam@example.org');
    expect(JSON.stringify(file)).not.toContain('J’accepte');

    const rejected = await moderate(
      dir,
      'reject',
      '1',
      '--reason',
      'Hors sujet pour la communauté',
    );
    expect(rejected.code).toBe(0);
    const withdrawn = await moderate(
      dir,
      'reject',
      '2',
      '--reason',
      'Retirée à la demande de l’auteur',
    );
    expect(withdrawn.code).toBe(0);
    file = await community();
    expect(file.practices.some((practice) => practice.id.startsWith('shared-'))).toBe(false);

    const rows = stored();
    expect(rows.map((row) => [row.id, row.status, row.reason])).toEqual([
      [1, 'rejected', 'Hors sujet pour la communauté'],
      [2, 'rejected', 'Retirée à la demande de l’auteur'],
    ]);
    expect(rows[1]!.decisions.map((decision) => decision.status)).toEqual(['approved', 'rejected']);
    expect((await moderate(dir, 'list', 'rejected')).stdout.trim().split('\n')).toHaveLength(2);

    // A rejected practice can still be approved.
    expect((await moderate(dir, 'approve', '1')).code).toBe(0);
    expect((await community()).practices.some((practice) => practice.id === 'shared-1')).toBe(true);
  });

  it('says what is wrong, with exit code 1 for what does not exist and 2 for a misuse', async () => {
    const dir = fresh.data.dir;
    await post(fresh.demo.origin, submission());
    const missing = await moderate(dir, 'approve', '99');
    expect(missing).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no submission #99'),
    });
    for (const args of [
      [],
      ['publish', '1'],
      ['approve'],
      ['approve', 'one'],
      ['reject', '1'],
      ['reject', '1', '--reason', '  '],
      ['list', 'pending'],
      ['approve', '1', '--reason', 'why'],
      ['list', '--colour'],
    ]) {
      const result = await moderate(dir, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('Usage: npm run moderate');
    }
    expect(stored()[0]!.status).toBe('submitted');
  });
});
