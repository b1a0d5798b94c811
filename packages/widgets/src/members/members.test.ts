import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { gicsCommunity } from '@gics/core/samples/community';
import '../define/gics-members.js';
import type { GicsMemberOpenEvent } from '../events/member-open.js';
import type { GicsMembersErrorEvent } from '../events/members-error.js';
import type { GicsMembersLoadEvent } from '../events/members-load.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  headingAbove,
  underStrictCsp,
} from '../testing/helpers.js';
import type { GicsMembers } from './members.js';
import { FIRST_CARDS } from '../internal/progressive.js';
import { hostileCommunity, PWNED } from './testing/communities.js';

const server = inject('membersServer');
const initialUrl = location.href;
/** The sample's listed members: twenty, less two people who did not agree to be listed. */
const LISTED = gicsCommunity.members.length - 2;

afterEach(() => {
  cleanupFixtures();
  history.replaceState(null, '', initialUrl);
  vi.restoreAllMocks();
});

type Outcome = GicsMembersLoadEvent | GicsMembersErrorEvent;

function nextOutcome(element: GicsMembers): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (event: Outcome) => {
      element.removeEventListener('gics-members-load', done);
      element.removeEventListener('gics-members-error', done);
      void element.updateComplete.then(() => resolve(event));
    };
    element.addEventListener('gics-members-load', done);
    element.addEventListener('gics-members-error', done);
  });
}

async function mount(
  attributes: string,
  options: { lang?: string; community?: unknown; wait?: boolean; width?: string } = {},
): Promise<{ members: GicsMembers; outcome: Promise<Outcome> }> {
  const wrapper = await fixture<HTMLElement>(
    `<div lang="${options.lang ?? 'en'}"><gics-members ${attributes}></gics-members></div>`,
    (element) => element.style.setProperty('width', options.width ?? '1000px'),
  );
  const members = wrapper.querySelector('gics-members')!;
  const outcome = nextOutcome(members);
  if (options.community !== undefined) members.community = options.community;
  if (options.wait !== false) {
    await outcome;
    await members.updateComplete;
  }
  return { members, outcome };
}

const $ = <T extends Element = HTMLElement>(host: Element, selector: string): T => {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (host: Element) => $$(host, '.card .open').map(text);
const focused = (host: Element) => host.shadowRoot!.activeElement as HTMLElement | null;

async function until(check: () => boolean, what = 'condition'): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error(`waiting for ${what}`);
  });
}

async function hits(path: string): Promise<number> {
  return (await fetch(`${server}/__hits${path}`)).json();
}

function button(host: Element, name: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(host, 'button').find((candidate) => {
    const label = candidate.getAttribute('aria-label') ?? text(candidate);
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}

async function select(host: GicsMembers, id: string, value: string): Promise<void> {
  const element = $<HTMLSelectElement>(host, `#filter-${id}`);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await host.updateComplete;
}

/** Renders every card: waits for the background steps to finish. */
async function allCards(host: GicsMembers, count: number): Promise<void> {
  await until(() => $$(host, '.card').length === count, `${count} cards`);
}

runElementBaseTests<GicsMembers>('gics-members', (element) => {
  element.community = gicsCommunity;
});

describe('loading data', () => {
  it('fetches a community file once: skeleton with aria-busy, then a card per listed member', async () => {
    const { members, outcome } = await mount(`src="${server}/slow.json?ms=300"`, { wait: false });
    await members.updateComplete;
    expect($(members, '[part="base"]').getAttribute('aria-busy')).toBe('true');
    expect(text($(members, '[role="status"]'))).toBe('Loading the directory…');
    await expectNoAxeViolations(members);
    const event = (await outcome) as GicsMembersLoadEvent;
    expect(event.type).toBe('gics-members-load');
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.format).toBe('community');
    expect(event.detail.listed).toBe(LISTED);
    await allCards(members, LISTED);
    expect(text($(members, '[part="count"]'))).toBe(`${LISTED} members`);
    expect(await hits('/slow.json')).toBe(1);
  });

  it('shows only members who may be listed: a person appears only after agreeing', async () => {
    const { members } = await mount('', { community: gicsCommunity });
    await allCards(members, LISTED);
    expect(names(members)).toContain('Aminata Exemple-Diallo');
    expect(names(members)).not.toContain('Léa Imaginaire');
    expect(names(members)).not.toContain('Marc-Antoine Exemple');
  });

  it('shows a card with the kind, organisation, place in the visitor’s language, languages and tags', async () => {
    const { members } = await mount('', { community: gicsCommunity, lang: 'fr' });
    const card = $(members, '[data-id="cooperative-thies"]');
    expect(text(card.querySelector('.place'))).toBe('Thiès, Sénégal');
    expect(text(card.querySelector('.kind'))).toBe('Coopérative');
    expect(text(card.querySelector('.languages'))).toBe('Langues français, wolof');
    expect(card.querySelectorAll('.tags li').length).toBe(2);
    const english = await mount('', { community: gicsCommunity, lang: 'en' });
    expect(text($(english.members, '[data-id="cooperative-thies"] .place'))).toBe('Thiès, Senegal');
  });

  it('reads a Murmurations Index answer (/v2/nodes), its importer loaded on demand', async () => {
    const { members, outcome } = await mount(`src="${server}/v2/nodes?country=FR"`);
    const event = (await outcome) as GicsMembersLoadEvent;
    expect(event.detail.format).toBe('murmurations');
    expect(names(members)).toContain('Boulangerie coopérative du Vieux-Port');
    expect(text($(members, '[data-id] .place'))).toContain('Marseille, France');
  });

  it('reads a list of Murmurations profiles', async () => {
    const { outcome } = await mount(`src="${server}/profiles.json"`);
    const event = (await outcome) as GicsMembersLoadEvent;
    expect(event.detail.format).toBe('murmurations');
    expect(event.detail.listed).toBeGreaterThan(0);
  });

  it('reads a summit file, and lists a member’s workshops in the dialog, linked with workshop-href', async () => {
    const { members, outcome } = await mount(
      `src="${server}/summit.json" workshop-href="/programme#workshop-{id}"`,
    );
    expect(((await outcome) as GicsMembersLoadEvent).detail.format).toBe('summit');
    const summit = ((await outcome) as GicsMembersLoadEvent).detail.community;
    expect(summit.members.length).toBeGreaterThan(0);
    const opener = $$(members, '.card .open')[0]!;
    opener.click();
    await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
    const links = $$<HTMLAnchorElement>(members, 'dialog a[href^="/programme#workshop-"]');
    expect(links.length).toBeGreaterThan(0);
  });

  const failures = [
    ['missing.json', 'not-found', 'was not found at this address'],
    ['broken.json', 'server', 'having a problem'],
    ['invalid.json', 'not-json', 'not a readable JSON file'],
    ['other.json', 'not-community', 'neither a GICS community'],
  ] as const;
  for (const [file, kind, words] of failures) {
    it(`says what went wrong: ${kind}`, async () => {
      const { members, outcome } = await mount(`src="${server}/${file}"`);
      const event = (await outcome) as GicsMembersErrorEvent;
      expect(event.type).toBe('gics-members-error');
      expect(event.detail.kind).toBe(kind);
      expect(text($(members, '[role="alert"]'))).toContain(words);
      expect(button(members, 'Try again')).toBeDefined();
      await expectNoAxeViolations(members);
    });
  }

  it('says when the directory has no member yet', async () => {
    const { members } = await mount(`src="${server}/empty.json"`, { lang: 'fr' });
    expect(text($(members, '.empty'))).toBe('Aucun membre n’apparaît encore dans l’annuaire.');
  });
});

describe('structured data', () => {
  it('gives search engines the listed members, in the light DOM', async () => {
    const { members } = await mount(`src="${server}/community.json" structured-data`);
    await until(() => members.querySelector('script[type="application/ld+json"]') !== null);
    const data = JSON.parse(
      members.querySelector('script[type="application/ld+json"]')!.textContent!,
    ) as { '@type': string; itemListElement: Array<{ item: { '@type': string; name: string } }> };
    expect(data['@type']).toBe('ItemList');
    expect(data.itemListElement.map(({ item }) => item.name)).toEqual(names(members));
    expect(data.itemListElement.map(({ item }) => item['@type'])).toContain('Cooperative');
  });
});

describe('search, filters and views', () => {
  it('searches as the visitor types, accents ignored, and announces the count after a pause', async () => {
    const { members } = await mount('', { community: gicsCommunity });
    $<HTMLInputElement>(members, '#filter-query').focus();
    await userEvent.keyboard('thies');
    await until(() => names(members).length === 1, 'one card');
    expect(names(members)).toEqual(['Coopérative maraîchère de Thiès Exemple']);
    await until(() => text($(members, '[part="count"]')) === `1 member of ${LISTED}`, 'the count');
  });

  it('shows no match, and clears filters from there', async () => {
    const { members } = await mount('', { community: gicsCommunity });
    $<HTMLInputElement>(members, '#filter-query').focus();
    await userEvent.keyboard('zzzzqqq');
    await until(() => $$(members, '.empty').length === 1, 'no match');
    expect(text($(members, '.empty p'))).toBe('No member matches these filters.');
    await expectNoAxeViolations(members);
    $$<HTMLButtonElement>(members, '.empty button')[0]!.click();
    await allCards(members, LISTED);
  });

  it('offers each filter’s values with the number of members each would show', async () => {
    const { members } = await mount('', { community: gicsCommunity });
    const options = $$<HTMLOptionElement>(members, '#filter-countries option').map(text);
    expect(options).toContain('Canada (3)');
    expect(options).toContain('France (2)');
    await select(members, 'countries', 'CA');
    expect(names(members).sort()).toEqual([
      'Chaire de recherche sur la gouvernance coopérative (fictive)',
      'Coopérative d’habitation Rosemont Exemple',
      'Coopérative forestière de l’Abitibi Exemple',
    ]);
    const kinds = $$<HTMLOptionElement>(members, '#filter-kinds option').map(text);
    expect(kinds).toContain('Academic (1)');
  });

  it('lists countries and languages in the alphabetical order of their names, in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { members } = await mount('', { community: gicsCommunity, lang });
      const collator = new Intl.Collator(lang);
      for (const filter of ['countries', 'languages']) {
        // The first option is "All".
        const names = $$<HTMLOptionElement>(members, `#filter-${filter} option`)
          .slice(1)
          .map((option) => text(option).replace(/ \(\d+\)$/, ''));
        expect(names.length, `${lang} ${filter}`).toBeGreaterThan(5);
        expect(names, `${lang} ${filter}`).toEqual([...names].sort(collator.compare));
      }
      cleanupFixtures();
    }
  });

  it('groups members by country, each heading with its count', async () => {
    const { members } = await mount('view="countries"', { community: gicsCommunity, lang: 'fr' });
    await allCards(members, LISTED);
    const headings = $$(members, '.group-heading').map(text);
    expect(headings).toContain('Canada 3 membres');
    expect(headings).toContain('Sénégal 2 membres');
    await expectNoAxeViolations(members);
  });

  it('renders a long directory a part at a time', async () => {
    const many = {
      ...gicsCommunity,
      practices: [],
      members: Array.from({ length: 300 }, (_, index) => ({
        id: `coop-${index}`,
        name: `Coopérative numéro ${index}`,
        kind: 'cooperative',
        country: 'CA',
      })),
    };
    const { members } = await mount('', { community: many, wait: false });
    await nextOutcome(members);
    expect($$(members, '.card').length).toBeLessThan(300);
    expect($$(members, '.card').length).toBeGreaterThanOrEqual(FIRST_CARDS);
    await allCards(members, 300);
  });
});

describe('the filters of a narrow directory', () => {
  /** Whether `element` takes room on screen. */
  const shown = (element: Element) => element.getClientRects().length > 0;

  it('fold behind « Filtres » at 320 px, the search box above, and open and count what is set', async () => {
    const { members } = await mount('', { community: gicsCommunity, lang: 'fr', width: '320px' });
    const toggle = button(members, 'Filtres ▾');
    const panel = $(members, '#filters-panel');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(shown($(members, '#filter-query'))).toBe(true);
    for (const control of $$(members, '#filters-panel select')) expect(shown(control)).toBe(false);
    await userEvent.click(toggle);
    await members.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Filtres ▴');
    expect(focused(members)).toBe(toggle);
    for (const control of $$(members, '#filters-panel select')) expect(shown(control)).toBe(true);
    await select(members, 'countries', 'CA');
    expect(text(toggle)).toBe('Filtres (1) ▴');
    expect(names(members)).toHaveLength(3);
    for (const scheme of ['light', 'dark'] as const) {
      members.colorScheme = scheme;
      await members.updateComplete;
      await expectNoAxeViolations(members);
    }
    await userEvent.click(toggle);
    await members.updateComplete;
    expect(text(toggle)).toBe('Filtres (1) ▾');
    expect(shown($(members, '#filter-countries'))).toBe(false);
  });

  it('are all on show on a wide directory, with no button', async () => {
    const { members } = await mount('', { community: gicsCommunity, width: '1000px' });
    expect(shown($(members, '[aria-controls="filters-panel"]'))).toBe(false);
    const selects = $$(members, '#filters-panel select');
    expect(selects.length).toBeGreaterThan(2);
    for (const control of selects) expect(shown(control)).toBe(true);
    // From the search box, Tab goes straight to the first select.
    $<HTMLInputElement>(members, '#filter-query').focus();
    await userEvent.tab();
    expect(focused(members)).toBe(selects[0]);
  });
});

describe('the detail dialog', () => {
  it('opens from a card’s name, with the bio as Markdown and the member’s practices; Escape gives focus back', async () => {
    const { members } = await mount('practice-href="/pratiques#practice-{id}"', {
      community: gicsCommunity,
    });
    const opened = vi.fn((event: GicsMemberOpenEvent) => event.detail.trigger);
    members.addEventListener('gics-member-open', opened);
    const opener = $<HTMLButtonElement>(members, '[data-open="habitat-rosemont"]');
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = $<HTMLDialogElement>(members, 'dialog');
    await until(() => dialog.open, 'the dialog');
    expect(opened).toHaveReturnedWith('card');
    expect(text(dialog.querySelector('h2'))).toBe('Coopérative d’habitation Rosemont Exemple');
    expect(dialog.querySelectorAll('.bio p').length).toBeGreaterThan(0);
    expect(dialog.querySelectorAll('a[href^="/pratiques#practice-"]').length).toBeGreaterThan(0);
    await expectNoAxeViolations(members);
    await userEvent.keyboard('{Escape}');
    await until(() => !dialog.open, 'the dialog to close');
    expect(focused(members)).toBe(opener);
  });

  it('opens from a deep link #member-<id>, and not for a person who is not listed', async () => {
    history.replaceState(null, '', '#member-dairy-nyeri');
    const { members } = await mount('', { community: gicsCommunity });
    await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
    expect(text($(members, 'dialog h2'))).toBe('Nyeri Example Dairy Co-operative');
    members.renderRoot.querySelector('dialog')!.close();
    await until(() => !$<HTMLDialogElement>(members, 'dialog').open, 'the dialog to close');
    location.hash = '#member-lea-imaginaire';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($<HTMLDialogElement>(members, 'dialog').open).toBe(false);
  });

  it('lets the host cancel gics-member-open to show the member its own way', async () => {
    const { members } = await mount('', { community: gicsCommunity });
    members.addEventListener('gics-member-open', (event) => event.preventDefault());
    $<HTMLButtonElement>(members, '[data-open="habitat-rosemont"]').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($<HTMLDialogElement>(members, 'dialog').open).toBe(false);
  });
});

describe('the map', () => {
  async function mountMap(lang = 'en', width = '1000px') {
    const mounted = await mount('view="map"', { community: gicsCommunity, lang, width });
    await until(() => $$(mounted.members, '.marker').length > 0, 'markers');
    return mounted.members;
  }

  it('names its zoom buttons and its markers as two groups told apart, in French and English', async () => {
    for (const [lang, names] of [
      ['fr', ['Zoom de la carte', 'Carte des membres']],
      ['en', ['Map zoom', 'Map of the members']],
    ] as const) {
      const members = await mountMap(lang);
      const groups = $$(members, '.map [role="group"]').map((group) =>
        group.getAttribute('aria-label'),
      );
      expect(groups, lang).toEqual(names);
      cleanupFixtures();
    }
  });

  it('marks every placed member, in the list’s order, each marker named with its place', async () => {
    const members = await mountMap('fr');
    const markers = $$(members, '.marker');
    const labels = markers.map((marker) => marker.getAttribute('aria-label')!);
    expect(labels).toContain('Cooperativa Remienda (ficticia), Oaxaca, Mexique');
    // Each marker's first member comes in the list in the same order as the markers.
    const listIds = $$(members, '.card').map((card) => card.dataset.id!);
    const firsts = markers.map((marker) => listIds.indexOf(marker.dataset.marker!));
    expect(firsts.every((rank) => rank >= 0)).toBe(true);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const counted = markers.reduce(
      (sum, marker) => sum + (marker.classList.contains('group') ? Number(text(marker)) : 1),
      0,
    );
    expect(counted).toBe(LISTED);
  });

  it('is used with the keyboard only: Tab through markers, + and − zoom, 0 resets, Enter opens', async () => {
    const members = await mountMap();
    const svg = $<SVGSVGElement>(members, '.map-stage svg');
    const world = svg.getAttribute('viewBox');
    button(members, 'Whole world').focus();
    await userEvent.keyboard('{Tab}');
    const first = focused(members)!;
    expect(first.classList.contains('marker')).toBe(true);
    await userEvent.keyboard('+');
    await members.updateComplete;
    expect(svg.getAttribute('viewBox')).not.toBe(world);
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('0');
    await members.updateComplete;
    expect(svg.getAttribute('viewBox')).toBe(world);
    // Zoom buttons do the same.
    button(members, 'Zoom in').click();
    await members.updateComplete;
    expect(svg.getAttribute('viewBox')).not.toBe(world);
    button(members, 'Zoom out').click();
    await members.updateComplete;
    expect(svg.getAttribute('viewBox')).toBe(world);
    const single = $$(members, '.marker:not(.group)')[0]!;
    single.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
    expect(single.getAttribute('aria-label')).toContain(text($(members, 'dialog h2')));
    await userEvent.keyboard('{Escape}');
    await until(() => !$<HTMLDialogElement>(members, 'dialog').open, 'the dialog to close');
    expect(focused(members)).toBe(single);
  });

  it('a group’s marker shows its members in the list beside the map', async () => {
    const members = await mountMap();
    const group = $$(members, '.marker.group')[0];
    expect(group).toBeDefined();
    const count = Number(text(group));
    group!.click();
    await until(() => names(members).length === count, 'the group in the list');
    expect(text($(members, '[part="count"]'))).toMatch(/members near/);
    button(members, 'Show every member').click();
    await allCards(members, LISTED);
  });

  it('follows the search and the filters', async () => {
    const members = await mountMap();
    await select(members, 'countries', 'SN');
    await until(() => $$(members, '.marker').length === 1, 'one marker');
  });

  it('has no axe violations at 320 px, in French and English, light and dark', async () => {
    for (const lang of ['fr', 'en']) {
      for (const scheme of ['light', 'dark'] as const) {
        const members = await mountMap(lang, '320px');
        members.colorScheme = scheme;
        await members.updateComplete;
        await expectNoAxeViolations(members);
        cleanupFixtures();
      }
    }
  });
});

describe('privacy and safety', () => {
  it('shows images from the page’s own origin only, unless allow-remote-images', async () => {
    const before = await hits('/logo.png');
    const { members } = await mount(`src="${server}/images.json?page=${location.origin}"`);
    expect($$(members, '[data-id="remote"] img')).toHaveLength(0);
    expect($<HTMLImageElement>(members, '[data-id="local"] img').src).toBe(
      `${location.origin}/favicon.ico`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await hits('/logo.png')).toBe(before);
    const allowed = await mount(
      `src="${server}/images.json?page=${location.origin}" allow-remote-images`,
    );
    expect($<HTMLImageElement>(allowed.members, '[data-id="remote"] img').src).toBe(
      `${server}/logo.png`,
    );
    await until(() => $<HTMLImageElement>(allowed.members, '[data-id="remote"] img').complete);
    expect(await hits('/logo.png')).toBeGreaterThan(before);
  });

  it('runs nothing from any member field, and links nothing to javascript:', async () => {
    for (const view of ['list', 'countries', 'map']) {
      const { members } = await mount(`src="${server}/hostile.json" view="${view}"`, {
        lang: 'fr',
      });
      await members.updateComplete;
      for (const id of ['coop-injection', 'javascript-urls', 'person-agreed']) {
        members.open(id);
        await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
        const root = members.shadowRoot!;
        expect(root.querySelectorAll('script, img[src="x"], [onerror]')).toHaveLength(0);
        for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          expect(link.protocol).not.toBe('javascript:');
        }
        expect(text(root.querySelector('dialog h2'))).not.toBe('');
        root.querySelector('dialog')!.close();
        await until(() => !$<HTMLDialogElement>(members, 'dialog').open, 'the dialog to close');
      }
      expect(text($(members, '[data-open="coop-injection"]'))).toContain('<img src=x');
      expect((window as unknown as Record<string, unknown>)[PWNED]).toBeUndefined();
      cleanupFixtures();
    }
    // The same data set as a property.
    const { members } = await mount('', { community: hostileCommunity });
    expect(names(members)).toHaveLength(3);
    expect((window as unknown as Record<string, unknown>)[PWNED]).toBeUndefined();
  });

  it('asks no other origin than the page’s and the data’s, even with the map', async () => {
    performance.clearResourceTimings();
    const { members } = await mount(`src="${server}/community.json" view="map"`);
    await until(() => $$(members, '.marker').length > 0, 'markers');
    members.open('habitat-rosemont');
    await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
    const origins = new Set(
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin),
    );
    origins.delete(location.origin);
    expect([...origins]).toEqual([server]);
  });

  it('works under a strict Content Security Policy, map included', async () => {
    const {
      document: page,
      violations,
      remove,
    } = await underStrictCsp(
      new URL('../define/gics-members.ts', import.meta.url).href,
      'gics-members',
      '<gics-members lang="en" view="map"></gics-members>',
    );
    try {
      // The policy's connect-src keeps the page's own origin: the data is given as a property.
      const members = page.querySelector('gics-members')!;
      members.community = gicsCommunity;
      await until(
        () => (members.shadowRoot?.querySelectorAll('.marker').length ?? 0) > 0,
        'markers',
      );
      const marker = members.shadowRoot!.querySelector<HTMLElement>('.marker')!;
      // Placed through the CSSOM, which the policy allows.
      expect(marker.style.left).toMatch(/%$/);
      expect(violations).toEqual([]);
    } finally {
      remove();
    }
  });
});

describe('accessibility', () => {
  it('puts the cards under the count, a heading of their own, not under the filters’ heading', async () => {
    for (const lang of ['fr', 'en']) {
      const { members } = await mount('', { community: gicsCommunity, lang });
      const parent = headingAbove($(members, '.card .name'));
      expect(parent?.localName, lang).toBe('h2');
      expect(parent?.getAttribute('part'), lang).toBe('count');
      expect(text(parent!), lang).toBe(text($(members, '[part="count"] [role="status"]')));
      expect(text(parent!), lang).toMatch(lang === 'fr' ? /membres$/ : /members$/);
      cleanupFixtures();
    }
  });

  it('sets a one-line name at the top of its card, its button a 24-px target as tall as its line', async () => {
    for (const lang of ['fr', 'en']) {
      const { members } = await mount('', { community: gicsCommunity, lang, width: '1200px' });
      await allCards(members, LISTED);
      const buttons = $$<HTMLButtonElement>(members, '.card .open');
      const lineHeight = parseFloat(getComputedStyle(buttons[0]!).lineHeight);
      const oneLine = buttons
        .filter((button) => button.getClientRects().length > 0)
        .find((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          return range.getClientRects().length === 1;
        })!;
      expect(oneLine, lang).toBeDefined();
      const height = oneLine.getBoundingClientRect().height;
      expect(height, lang).toBeGreaterThanOrEqual(24);
      expect(height, lang).toBeLessThanOrEqual(Math.max(24, lineHeight) + 1);
      cleanupFixtures();
    }
  });

  for (const lang of ['fr', 'en']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations in ${lang}, ${scheme}: list and dialog`, async () => {
        const { members } = await mount(`color-scheme="${scheme}"`, {
          community: gicsCommunity,
          lang,
        });
        await allCards(members, LISTED);
        await expectNoAxeViolations(members);
        members.open('rosa-inventada');
        await until(() => $<HTMLDialogElement>(members, 'dialog').open, 'the dialog');
        await expectNoAxeViolations(members);
      });
    }
  }
});
