import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { localize, type CommunityInput } from '@gics/core';
import { gicsCommunity } from '@gics/core/samples/community';
import '../define/gics-practices.js';
import type { GicsPracticeOpenEvent } from '../events/practice-open.js';
import type { GicsPracticesErrorEvent } from '../events/practices-error.js';
import type { GicsPracticesLoadEvent } from '../events/practices-load.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import {
  cleanupFixtures,
  headingAbove,
  expectNoAxeViolations,
  spokenText,
  underStrictCsp,
} from '../testing/helpers.js';
import { FIRST_CARDS, MORE_CARDS } from '../internal/progressive.js';
import type { GicsPractices } from './practices.js';
import {
  $,
  $$,
  byRole,
  cardTitles,
  focused,
  frames,
  mountPractices,
  nextOutcome,
  text,
  until,
} from './testing/helpers.js';
import { HOSTILE_PRACTICES, INJECTED } from './testing/hostile.js';

const server = inject('practicesServer');
const deadUrl = inject('agendaDeadUrl');
const COMMUNITY = `src="${server}/community.json"`;
const TOTAL = gicsCommunity.practices.length;
const initialUrl = location.href;

afterEach(() => {
  cleanupFixtures();
  history.replaceState(null, '', initialUrl);
  vi.restoreAllMocks();
});

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

/** The sample's practices, the newest (last revised, else shared) first, as cards show them. */
function newestFirst(lang: 'fr' | 'en') {
  return gicsCommunity.practices
    .map((practice, position) => ({
      practice,
      position,
      date: (practice as { updated?: string }).updated ?? practice.date,
    }))
    .sort((a, b) =>
      a.date === b.date
        ? a.position - b.position
        : a.date === undefined
          ? 1
          : b.date === undefined
            ? -1
            : a.date < b.date
              ? 1
              : -1,
    )
    .map(({ practice }) => localize(practice.title, lang));
}

/** Waits until every card of the list is on the page (the rest follows the first ones). */
async function allCards(library: GicsPractices, count: number): Promise<void> {
  await until(() => cardTitles(library).length === count);
}

describe('loading data', () => {
  it('fetches src once, shows a skeleton with aria-busy, then the cards', async () => {
    const { library, outcome } = await mountPractices(`src="${server}/slow.json?ms=400"`, {
      wait: false,
    });
    await library.updateComplete;
    expect($(library, '[part="base"]').getAttribute('aria-busy')).toBe('true');
    expect(text($(library, '[role="status"]'))).toBe('Loading the practices…');
    await expectNoAxeViolations(library);
    const event = (await outcome) as GicsPracticesLoadEvent;
    expect(event.type).toBe('gics-practices-load');
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.source).toBe('community');
    expect(event.detail.community.practices).toHaveLength(TOTAL);
    expect(event.detail.warnings).toEqual([]);
    expect($(library, '[part="base"]').getAttribute('aria-busy')).toBe('false');
    await allCards(library, TOTAL);
    expect(text($(library, '[part="count"]'))).toBe(`${TOTAL} practices`);
    expect(await hits('/slow.json')).toBe(1);
  });

  it('reads the practices of a summit file too', async () => {
    const { library, outcome } = await mountPractices(`src="${server}/summit.json"`);
    const event = (await outcome) as GicsPracticesLoadEvent;
    expect(event.detail.source).toBe('summit');
    expect(cardTitles(library)).toHaveLength(event.detail.community.practices.length);
    expect(cardTitles(library).length).toBeGreaterThan(0);
  });

  const failures = [
    ['missing.json', 'not-found', 'was not found at this address'],
    ['broken.json', 'server', 'having a problem'],
    ['invalid.json', 'not-json', 'not a readable JSON file'],
    ['other.json', 'not-community', 'neither a GICS community of practice nor a GICS summit'],
  ] as const;
  for (const [file, kind, words] of failures) {
    it(`says what went wrong: ${kind}`, async () => {
      const { library, outcome } = await mountPractices(`src="${server}/${file}"`);
      const event = (await outcome) as GicsPracticesErrorEvent;
      expect(event.type).toBe('gics-practices-error');
      expect(event.detail.kind).toBe(kind);
      expect(event.detail.src).toBe(`${server}/${file}`);
      expect(event.detail.message).toContain(words);
      const alert = $(library, '[role="alert"]');
      expect(text(alert)).toContain('The practices library could not be shown');
      expect(text(alert)).toContain(words);
      expect(byRole(library, 'button', 'Try again')).toBeTruthy();
      await expectNoAxeViolations(library);
    });
  }

  it('says so when the server cannot be reached, in French', async () => {
    const { library, outcome } = await mountPractices(`src="${deadUrl}"`, { lang: 'fr-CA' });
    expect(((await outcome) as GicsPracticesErrorEvent).detail.kind).toBe('network');
    expect(text($(library, '[role="alert"]'))).toContain('Impossible de joindre le serveur');
    expect(byRole(library, 'button', 'Réessayer')).toBeTruthy();
  });

  it('"Try again" fetches again and shows the library', async () => {
    const path = `/flaky/${crypto.randomUUID()}.json`;
    const { library } = await mountPractices(`src="${server}${path}"`);
    expect(text($(library, '[role="alert"]'))).toContain('having a problem');
    const loaded = nextOutcome(library);
    await userEvent.click(byRole(library, 'button', 'Try again'));
    expect((await loaded).type).toBe('gics-practices-load');
    await allCards(library, TOTAL);
    expect(await hits(path)).toBe(2);
  });

  it('shows the valid practices of a partial file and reports the others once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { library, outcome } = await mountPractices(`src="${server}/partial.json"`);
    const event = (await outcome) as GicsPracticesLoadEvent;
    await allCards(library, event.detail.community.practices.length);
    expect(cardTitles(library)).toHaveLength(TOTAL);
    const dropped = event.detail.warnings.filter((w) => w.code === 'record_dropped');
    expect(dropped.map((w) => w.where)).toEqual([`practices[${TOTAL}]`, `practices[${TOTAL + 1}]`]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<gics-practices>');
  });

  it('says when no practice has been shared yet, without search or filters', async () => {
    const { library } = await mountPractices(`src="${server}/empty.json"`, { lang: 'fr' });
    expect(text($(library, '.empty'))).toBe('Aucune pratique n’a encore été partagée.');
    expect($$(library, 'input, select')).toHaveLength(0);
    await expectNoAxeViolations(library);
  });

  it('shows a community set as a property, and a list of practices alone', async () => {
    const { library } = await mountPractices('', { community: gicsCommunity });
    await allCards(library, TOTAL);
    const loaded = nextOutcome(library);
    library.practices = gicsCommunity.practices.slice(0, 3);
    await loaded;
    expect(cardTitles(library)).toHaveLength(3);
    // Still named by the community's themes and members.
    expect($$(library, '.card .badge').length).toBeGreaterThan(0);
    expect($$(library, '.author-name').length).toBeGreaterThan(0);
    const alone = nextOutcome(library);
    library.community = undefined;
    await alone;
    expect(cardTitles(library)).toHaveLength(3);
    expect($$(library, '.author-name')).toHaveLength(0);
  });
});

describe('structured data', () => {
  it('gives search engines every practice as a CreativeWork, in the light DOM', async () => {
    const { library } = await mountPractices(
      `${COMMUNITY} structured-data practice-href="/pratiques/{id}"`,
      {
        lang: 'fr',
      },
    );
    await until(() => library.querySelector('script[type="application/ld+json"]') !== null);
    const data = JSON.parse(
      library.querySelector('script[type="application/ld+json"]')!.textContent!,
    ) as {
      '@type': string;
      numberOfItems: number;
      itemListElement: Array<{ item: { '@type': string; url: string } }>;
    };
    expect(data['@type']).toBe('ItemList');
    expect(data.numberOfItems).toBe(TOTAL);
    expect(data.itemListElement[0]!.item['@type']).toBe('CreativeWork');
    expect(data.itemListElement[0]!.item.url).toMatch(/\/pratiques\/[\w-]+$/);
    expect(library.shadowRoot!.querySelector('script')).toBeNull();
  });
});

describe('cards', () => {
  it('show title, summary, themes, authors with organisation and country, date and languages', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'en' });
    const practice = gicsCommunity.practices[0]!;
    const card = $(library, `.card[data-id="${practice.id}"]`);
    expect(text(card.querySelector('.card-title'))).toBe('Climate on every board agenda');
    expect(text(card.querySelector('.card-summary'))).toBe(
      'A standing agenda item, and one indicator followed quarter after quarter.',
    );
    expect(text(card.querySelector('.badge'))).toBe('Co-operative leadership');
    const authors = text(card.querySelector('.card-authors'));
    const first = gicsCommunity.members.find((member) => member.id === practice.authorIds[0])!;
    expect(authors).toContain(`By ${first.name}`);
    expect(authors).toContain(
      new Intl.DisplayNames(['en-CA'], { type: 'region' }).of(first.country!)!,
    );
    expect(text(card.querySelector('time'))).toBe('Updated November 5, 2024');
    expect(card.querySelector('time')!.getAttribute('datetime')).toBe('2024-11-05');
    expect(text(card.querySelector('.card-languages'))).toBe('In French and English');
  });

  it('speak French with fr-CA dates and language names', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'fr' });
    const card = $(library, `.card[data-id="${gicsCommunity.practices[0]!.id}"]`);
    expect(text(card.querySelector('.card-title'))).toBe('Le climat à chaque réunion du conseil');
    expect(text(card.querySelector('time'))).toBe('Mise à jour le 5 novembre 2024');
    expect(text(card.querySelector('.card-languages'))).toBe('En français et anglais');
    expect($(library, '[part="count"]').textContent).toBe(`${TOTAL}\u00a0pratiques`);
    expect(text($(library, '.card-authors'))).toContain('Par ');
  });

  it('are read one author and one theme at a time by a screen reader, in French and English', async () => {
    const practice = gicsCommunity.practices.find(
      (candidate) => candidate.authorIds.length > 1 && candidate.themeIds.length > 1,
    )!;
    for (const lang of ['fr', 'en'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang });
      await allCards(library, TOTAL);
      const card = $(library, `.card[data-id="${practice.id}"]`);
      const authors = [...card.querySelectorAll('.card-authors .author')].map(spokenText);
      expect(authors).toHaveLength(practice.authorIds.length);
      // Each author ends where the next begins: a pause (« ; ») between them, never one
      // author's country run into the next one's name.
      expect(spokenText(card.querySelector('.card-authors'))).toBe(
        `${lang === 'fr' ? 'Par' : 'By'} ${authors.join('; ')}`,
      );
      const themes = card.querySelector('.card-themes')!;
      expect(themes.getAttribute('role')).toBe('list');
      const themeNames = practice.themeIds.map((id) =>
        localize(gicsCommunity.themes!.find((theme) => theme.id === id)!.name, lang),
      );
      expect([...themes.querySelectorAll(':scope > li')].map(spokenText)).toEqual(themeNames);
      library.open(practice.id);
      await until(() => $$(library, 'dialog[open] h2').length === 1);
      await library.updateComplete;
      const inDialog = $(library, 'dialog .facts .badges');
      expect(inDialog.getAttribute('role')).toBe('list');
      expect([...inDialog.querySelectorAll(':scope > li')].map(spokenText)).toEqual(themeNames);
      cleanupFixtures();
    }
  });

  it('write the first of a month as « 1er » in French', async () => {
    const practice = gicsCommunity.practices.find(
      (candidate) => !candidate.updated && candidate.date?.endsWith('-01'),
    )!;
    const [year, month] = practice.date!.split('-').map(Number);
    for (const lang of ['fr', 'en'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang });
      await allCards(library, TOTAL);
      const time = $(library, `.card[data-id="${practice.id}"] time`);
      const monthName = new Intl.DateTimeFormat(`${lang}-CA`, {
        month: 'long',
        timeZone: 'UTC',
      }).format(Date.UTC(year!, month! - 1, 1));
      expect(text(time)).toBe(
        lang === 'fr' ? `Partagée le 1er ${monthName} ${year}` : `Shared ${monthName} 1, ${year}`,
      );
      cleanupFixtures();
    }
  });

  it('never start a line with the dot between the date and the languages, in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang, width: '288px' });
      const meta = $(library, '.card-meta');
      const time = meta.querySelector('time')!;
      const languages = meta.querySelector('.card-languages')!;
      // At this width the languages go to a line of their own.
      expect(languages.getBoundingClientRect().top, lang).toBeGreaterThan(
        time.getBoundingClientRect().top,
      );
      const words = document.createRange();
      words.selectNodeContents(languages);
      // Nothing shows between the box's edge and the languages' first word.
      const start = words.getClientRects()[0]!.left;
      expect(start - meta.getBoundingClientRect().left, lang).toBeLessThan(1);
      // The dot is still there, in the clipped gap before the line.
      expect(getComputedStyle(languages, '::before').content, lang).not.toBe('none');
      cleanupFixtures();
    }
  });

  it('come newest first, or A–Z as French sorts', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'fr' });
    await allCards(library, TOTAL);
    expect(cardTitles(library)).toEqual(newestFirst('fr'));
    const select = $<HTMLSelectElement>(library, '#practices-sort');
    await userEvent.selectOptions(select, 'Titre (A à Z)');
    await allCards(library, TOTAL);
    const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
    const titles = cardTitles(library);
    expect(titles).toEqual([...titles].sort(collator.compare));
    expect(library.sort).toBe('title');
    expect(library.getAttribute('sort')).toBe('title');
  });

  it('link to the host’s pages with practice-href, and never to a script', async () => {
    const { library } = await mountPractices(`${COMMUNITY} practice-href="/practices/{id}"`);
    const links = $$<HTMLAnchorElement>(library, '.card-title a');
    expect(links[0]!.getAttribute('href')).toMatch(/^\/practices\/[\w-]+$/);
    expect(library.shadowRoot!.querySelector('[data-open]')).toBeNull();
    library.practiceHref = 'javascript:alert({id})';
    await library.updateComplete;
    expect($$(library, '.card-title a')).toHaveLength(0);
    expect(cardTitles(library)[0]).toBe(newestFirst('en')[0]);
  });
});

describe('outline', () => {
  it('puts the cards under the count, a heading of their own, not under the filters’ heading', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang });
      const parent = headingAbove($(library, '.card-title'));
      expect(parent?.localName).toBe('h2');
      expect(parent?.getAttribute('part')).toBe('count');
      expect(text(parent!)).toBe(text($(library, '[part="count"] [role="status"]')));
      expect(text(parent!)).toMatch(lang === 'fr' ? /pratiques$/ : /practices$/);
      cleanupFixtures();
    }
  });
});

describe('search and filters', () => {
  it('searches without caring about case or accents, and announces the count after a pause', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'fr' });
    const count = $(library, '[part="count"] [role="status"]');
    await userEvent.type($(library, 'input[type="search"]'), 'ECONOMIE CIRCULAIRE');
    await until(() => cardTitles(library).length < TOTAL && /sur/.test(text(count)));
    const shown = cardTitles(library).length;
    expect(shown).toBeGreaterThan(0);
    expect(count.textContent).toBe(`${shown} sur ${TOTAL}\u00a0pratiques`);
  });

  it('filters with counts at once on wide screens, focus staying on the box ticked', async () => {
    const { library } = await mountPractices(COMMUNITY);
    const box = byRole<HTMLInputElement>(library, 'checkbox', 'Circular economy');
    const label = library.shadowRoot!.querySelector(`label[for="${box.id}"]`)!;
    const expected = Number(text(label.querySelector('.facet-count [aria-hidden]')));
    expect(text(label.querySelector('.facet-count .vh'))).toBe(`${expected} practices`);
    box.focus();
    await userEvent.keyboard(' ');
    await library.updateComplete;
    expect(box.checked).toBe(true);
    expect(focused(library)).toBe(box);
    await allCards(library, expected);
    expect(text($(library, '[part="count"]'))).toBe(`${expected} of ${TOTAL} practices`);
    // Every card shown is filed under the theme.
    for (const card of $$(library, '.card')) expect(text(card)).toContain('Circular economy');
    await expectNoAxeViolations(library);
  });

  it('unticks every box when the filters are cleared', async () => {
    const { library } = await mountPractices(COMMUNITY);
    const box = byRole<HTMLInputElement>(library, 'checkbox', 'Circular economy');
    box.focus();
    await userEvent.keyboard(' ');
    await library.updateComplete;
    expect(box.checked).toBe(true);
    byRole(library, 'button', 'Clear filters').click();
    await library.updateComplete;
    expect(box.checked).toBe(false);
    expect(text($(library, '[part="count"]'))).toBe(`${TOTAL} practices`);
  });

  it('offers every filter the data can answer: theme, language, member type, country, year', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'fr' });
    expect($$(library, 'legend').map(text)).toEqual([
      'Thème',
      'Langue',
      'Type de membre',
      'Pays',
      'Année',
    ]);
    expect(byRole(library, 'checkbox', 'Sénégal')).toBeTruthy();
    expect(byRole(library, 'checkbox', 'Mutuelle')).toBeTruthy();
    expect(byRole(library, 'checkbox', '2024')).toBeTruthy();
  });

  it('lists languages and countries in the alphabetical order of their names, in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang });
      const collator = new Intl.Collator(lang);
      for (const filter of ['languages', 'countries']) {
        // A label is the value's name, then its count.
        const names = $$(library, `input[id^="facet-${filter}-"]`).map((box) =>
          [...box.closest('li')!.querySelector('label')!.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join('')
            .trim(),
        );
        expect(names.length, `${lang} ${filter}`).toBeGreaterThan(5);
        expect(names, `${lang} ${filter}`).toEqual([...names].sort(collator.compare));
      }
      cleanupFixtures();
    }
  });

  it('on small screens, ticks wait for "Apply", which never moves focus', async () => {
    const { library } = await mountPractices(COMMUNITY, { width: '360px' });
    await frames(3);
    await library.updateComplete;
    const toggle = byRole(library, 'button', 'Filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($(library, '#filters-panel').hidden).toBe(true);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await library.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(focused(library)).toBe(toggle);
    await userEvent.tab();
    const box = focused(library) as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    await userEvent.keyboard(' ');
    await library.updateComplete;
    expect(box.checked).toBe(true);
    // Nothing applied yet: the list and its count are as they were.
    expect(text($(library, '[part="count"]'))).toBe(`${TOTAL} practices`);
    const apply = byRole(library, 'button', /^Show \d+ practices?$/);
    const pending = Number(/\d+/.exec(text(apply))![0]);
    expect(pending).toBeLessThan(TOTAL);
    apply.focus();
    await userEvent.keyboard('{Enter}');
    await library.updateComplete;
    expect(focused(library)).toBe(apply);
    expect(text($(library, '[part="count"]'))).toBe(`${pending} of ${TOTAL} practices`);
    expect(text(toggle)).toBe('Filters (1) ▴');
    await expectNoAxeViolations(library);
  });

  it('says when nothing matches, and clears the filters from there', async () => {
    const { library } = await mountPractices(COMMUNITY);
    await userEvent.type($(library, 'input[type="search"]'), 'zzzqqq');
    await until(() => library.shadowRoot!.querySelector('.empty') !== null);
    expect(text($(library, '.empty p'))).toBe('No practices match this search and these filters.');
    await expectNoAxeViolations(library);
    const clear = $$(library, '.empty button')[0]!;
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await allCards(library, TOTAL);
    expect($<HTMLInputElement>(library, 'input[type="search"]').value).toBe('');
  });
});

describe('the practice dialog', () => {
  async function openFirstByKeyboard(library: GicsPractices) {
    const link = $$<HTMLAnchorElement>(library, '.card-title a')[0]!;
    link.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => $$(library, 'dialog[open] h2').length === 1);
    await library.updateComplete;
    return { link, dialog: $<HTMLDialogElement>(library, 'dialog') };
  }

  it('opens from a card by keyboard, with a deep link, and gives focus back on Escape', async () => {
    const { library } = await mountPractices(COMMUNITY);
    const opened: GicsPracticeOpenEvent[] = [];
    library.addEventListener('gics-practice-open', (event) => opened.push(event));
    const { link, dialog } = await openFirstByKeyboard(library);
    const id = link.dataset.open!;
    expect(opened.map((event) => [event.detail.practice.id, event.detail.trigger])).toEqual([
      [id, 'card'],
    ]);
    expect(location.hash).toBe(`#practice-${id}`);
    expect(text(dialog.querySelector('h2'))).toBe(text(link));
    expect(dialog.contains(focused(library))).toBe(true);
    await expectNoAxeViolations(library);
    await userEvent.keyboard('{Escape}');
    await until(() => !dialog.open);
    expect(focused(library)).toBe(link);
    await until(() => location.hash === '');
  });

  it('lists its facts as a term and its value, each date on its row, in English and French', async () => {
    const practice = gicsCommunity.practices[0]!;
    const expected = {
      en: [
        ['Themes', 'Co-operative leadership'],
        ['Shared', 'September 12, 2023'],
        ['Updated', 'November 5, 2024'],
        ['Languages', 'French and English'],
        ['Keywords', 'gouvernance, governance, climat, climate'],
      ],
      fr: [
        ['Thèmes', 'Leadership coopératif'],
        ['Date de partage', '12 septembre 2023'],
        ['Mise à jour', '5 novembre 2024'],
        ['Langues', 'français et anglais'],
        ['Mots-clés', 'gouvernance, governance, climat, climate'],
      ],
    };
    for (const lang of ['en', 'fr'] as const) {
      const { library } = await mountPractices(COMMUNITY, { lang });
      library.open(practice.id);
      await until(() => $$(library, 'dialog[open] h2').length === 1);
      await library.updateComplete;
      const rows = $$(library, 'dialog .facts > div').map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]);
      expect(rows).toEqual(expected[lang]);
      const dates = $$(library, 'dialog .facts time').map((time) => time.getAttribute('datetime'));
      expect(dates).toEqual(['2023-09-12', '2024-11-05']);
      cleanupFixtures();
    }
  });

  it('shows the body as Markdown, the links, the authors and related practices', async () => {
    const { library } = await mountPractices(COMMUNITY);
    library.open(gicsCommunity.practices[0]!.id);
    await until(() => $$(library, 'dialog[open] h2').length === 1);
    await library.updateComplete;
    const dialog = $<HTMLDialogElement>(library, 'dialog');
    expect(text(dialog.querySelector('.body strong'))).toBe('fifteen minutes');
    expect(dialog.querySelectorAll('.body li')).toHaveLength(3);
    const guide = dialog.querySelector<HTMLAnchorElement>('.links a')!;
    expect(guide.href).toBe('https://chaire-gouvernance.example.org/modele-ordre-du-jour');
    expect(guide.target).toBe('_blank');
    expect(text(guide)).toBe('Agenda template (opens in a new tab)');
    expect(dialog.querySelectorAll('.authors li')).toHaveLength(2);
    const related = [...dialog.querySelectorAll<HTMLAnchorElement>('.related a')];
    expect(related.length).toBeGreaterThan(0);
    const leadership = new Set(
      gicsCommunity.practices
        .filter((practice) => practice.themeIds.includes('leadership-cooperatif'))
        .map((practice) => practice.id),
    );
    for (const link of related) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice('#practice-'.length));
      expect(leadership.has(id)).toBe(true);
      expect(id).not.toBe(gicsCommunity.practices[0]!.id);
    }
  });

  it('follows back and forward, related practices included', async () => {
    const { library } = await mountPractices(COMMUNITY);
    const { link, dialog } = await openFirstByKeyboard(library);
    const first = link.dataset.open!;
    const related = dialog.querySelector<HTMLAnchorElement>('.related a')!;
    const second = decodeURIComponent(related.getAttribute('href')!.slice('#practice-'.length));
    related.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => location.hash === `#practice-${second}`);
    await until(() => focused(library)?.id === 'dialog-title');
    history.back();
    await until(() => location.hash === `#practice-${first}`);
    await until(() => text(dialog.querySelector('h2')) === text(link));
    history.back();
    await until(() => !dialog.open);
    expect(focused(library)).toBe(link);
    history.forward();
    await until(() => dialog.open && text(dialog.querySelector('h2')) === text(link));
    // Closing takes back the entry the card pushed.
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => !dialog.open && location.hash === '');
  });

  it('opens the practice a deep link names once the data is there', async () => {
    const practice = gicsCommunity.practices[4]!;
    history.replaceState(null, '', `#practice-${practice.id}`);
    const { library } = await mountPractices(COMMUNITY, { wait: false });
    const opened = new Promise<GicsPracticeOpenEvent>((resolve) =>
      library.addEventListener('gics-practice-open', resolve, { once: true }),
    );
    expect((await opened).detail.trigger).toBe('link');
    await until(() => $$(library, 'dialog[open] h2').length === 1);
    expect(text($(library, 'dialog h2'))).toBe(localize(practice.title, 'en'));
    $(library, 'dialog .close').click();
    await until(() => location.hash === '');
  });

  it('lets the host show the practice itself when it cancels gics-practice-open', async () => {
    const { library } = await mountPractices(COMMUNITY);
    library.addEventListener('gics-practice-open', (event) => event.preventDefault());
    const link = $$<HTMLAnchorElement>(library, '.card-title a')[0]!;
    await userEvent.click(link);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($<HTMLDialogElement>(library, 'dialog').open).toBe(false);
    expect(location.hash).toBe('');
  });

  it('copies the deep link, says so, and gives the link to copy by hand when it cannot', async () => {
    const { library } = await mountPractices(COMMUNITY, { lang: 'fr' });
    const { link, dialog } = await openFirstByKeyboard(library);
    const written: string[] = [];
    const clipboard = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(async (value) => void written.push(value));
    await userEvent.click(byRole(library, 'button', 'Copier le lien'));
    await until(() => text(dialog.querySelector('.copied')) === 'Lien copié.');
    const url = new URL(initialUrl);
    url.hash = `practice-${link.dataset.open!}`;
    expect(written).toEqual([url.href]);
    clipboard.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await userEvent.click(byRole(library, 'button', 'Copier le lien'));
    await until(() => text(dialog.querySelector('.copied')).startsWith('Copiez ce lien :'));
    expect(text(dialog.querySelector('.copied-url'))).toBe(url.href);
  });

  it('prints from the dialog', async () => {
    const { library } = await mountPractices(COMMUNITY);
    await openFirstByKeyboard(library);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.click(byRole(library, 'button', 'Print'));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('data from elsewhere is text, never markup nor script', () => {
  const hostile = `src="${server}/hostile.json"`;

  function expectNoScriptLinks(library: GicsPractices): void {
    for (const element of $$(library, '[href]')) {
      expect(element.getAttribute('href')!.trim().toLowerCase()).not.toMatch(/^javascript:/);
    }
    expect($$(library, 'script, img, iframe')).toHaveLength(0);
    for (const element of $$(library, '*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`shows markup in every practice and member field as text, in ${lang}`, async () => {
      delete (window as unknown as Record<string, unknown>)[INJECTED];
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { library, outcome } = await mountPractices(hostile, { lang });
      const event = (await outcome) as GicsPracticesLoadEvent;
      // Addresses that are scripts are refused by the reader, with a warning.
      expect(event.detail.warnings.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledTimes(1);
      await until(() => cardTitles(library).length === event.detail.community.practices.length);
      const titles = cardTitles(library).filter((title) => title.includes('<script>'));
      expect(titles).toHaveLength(HOSTILE_PRACTICES);
      expectNoScriptLinks(library);
      const practices = event.detail.community.practices;
      for (const [index, practice] of practices.slice(0, HOSTILE_PRACTICES + 1).entries()) {
        library.open(practice.id);
        await until(() => $<HTMLDialogElement>(library, 'dialog').open);
        await until(
          () =>
            text(library.shadowRoot!.querySelector('dialog h2')) === localize(practice.title, lang),
        );
        expectNoScriptLinks(library);
        const dialog = text($(library, 'dialog'));
        if (index < HOSTILE_PRACTICES) {
          // Body, tags, link titles and authors all show their markup as words.
          expect(dialog.split('<img src=x onerror=').length).toBeGreaterThan(6);
        } else {
          // Its page and link were script addresses: the reader left them out.
          expect(practice.url).toBeUndefined();
          expect(dialog).not.toContain('Practice page');
        }
        $(library, 'dialog .close').click();
        await until(() => !$<HTMLDialogElement>(library, 'dialog').open);
      }
      // Long enough for a broken image's error event to have fired.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as Record<string, unknown>)[INJECTED]).toBeUndefined();
    });
  }

  it('runs no script of a community set as a property either', async () => {
    delete (window as unknown as Record<string, unknown>)[INJECTED];
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await fetch(`${server}/hostile.json`);
    const { library } = await mountPractices('', { community: await response.json() });
    expectNoScriptLinks(library);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((window as unknown as Record<string, unknown>)[INJECTED]).toBeUndefined();
  });
});

describe('long libraries', () => {
  /** `count` practices over the sample's themes and members. */
  function largeCommunity(count: number): CommunityInput {
    const base = gicsCommunity.practices;
    return {
      ...gicsCommunity,
      practices: Array.from({ length: count }, (_, index) => ({
        ...base[index % base.length]!,
        id: `practice-${index}`,
        title: { fr: `Pratique ${index}`, en: `Practice ${index}` },
      })),
    };
  }

  it('renders the first cards at once, the rest as the visitor asks', async () => {
    const { library } = await mountPractices('', { community: largeCommunity(3000) });
    expect(cardTitles(library).length).toBeLessThanOrEqual(FIRST_CARDS + MORE_CARDS);
    const more = await (async () => {
      await until(() => library.shadowRoot!.querySelector('.more') !== null);
      return $(library, '.more');
    })();
    const before = cardTitles(library).length;
    expect(text(more)).toBe(
      `Show more (${(3000 - before).toLocaleString('en-CA')} practices more)`,
    );
    more.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => cardTitles(library).length > before);
    expect(text($(library, '[part="count"]'))).toBe('3,000 practices');
  });

  it('searches a long library at once, its search prepared while the page was idle', async () => {
    const { library } = await mountPractices('', { community: largeCommunity(2500) });
    await userEvent.type($(library, 'input[type="search"]'), 'Practice 2499');
    await until(() => cardTitles(library).length === 1);
    expect(cardTitles(library)).toEqual(['Practice 2499']);
  });
});

describe('accessibility and the host page', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe in ${lang}, ${scheme}, list and dialog`, async () => {
        const { library } = await mountPractices(`${COMMUNITY} color-scheme="${scheme}"`, {
          lang,
        });
        await expectNoAxeViolations(library);
        library.open(gicsCommunity.practices[1]!.id);
        await until(() => $$(library, 'dialog[open] h2').length === 1);
        await library.updateComplete;
        await expectNoAxeViolations(library);
      });
    }
  }

  it('passes axe on a phone, its filter panel open', async () => {
    const { library } = await mountPractices(COMMUNITY, { width: '320px', lang: 'fr' });
    await frames(3);
    await userEvent.click(byRole(library, 'button', 'Filtres'));
    await library.updateComplete;
    await expectNoAxeViolations(library);
  });

  it('works under a strict Content-Security-Policy', async () => {
    const {
      document: page,
      violations,
      remove,
    } = await underStrictCsp(
      new URL('../define/gics-practices.ts', import.meta.url).href,
      'gics-practices',
      '<gics-practices lang="en"></gics-practices>',
    );
    try {
      const library = page.querySelector('gics-practices') as GicsPractices;
      const loaded = nextOutcome(library);
      library.community = gicsCommunity;
      await loaded;
      library.open(gicsCommunity.practices[0]!.id);
      await until(() => library.shadowRoot!.querySelector('dialog[open] h2') !== null);
      const swatch = library.shadowRoot!.querySelector('.badge .swatch')!;
      const color = getComputedStyle(swatch).backgroundColor;
      expect(color).not.toBe('rgba(0, 0, 0, 0)');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).toEqual([]);
    } finally {
      remove();
    }
  });
});

runElementBaseTests<GicsPractices>('gics-practices', (element) => {
  element.community = gicsCommunity;
});
