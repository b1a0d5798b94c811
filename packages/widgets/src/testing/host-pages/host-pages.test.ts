/**
 * Every element in the host pages of `profiles.ts`, measured as a visitor sees it: touch
 * targets, card widths, the smallest text, horizontal scrolling on a phone, and what a fixed
 * site header hides. Each profile is compared with the plain page at the same width; then the
 * plain and the 62.5-% pages again with the browser's default font size at 20 px.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { gicsCommunity } from '@gics/core/samples/community';
import type { GicsAgenda } from '../../agenda/agenda.js';
import type { GicsMembers } from '../../members/members.js';
import type { GicsPractices } from '../../practices/practices.js';
import type { GicsWorkshopCard } from '../../workshop-card/workshop-card.js';
import {
  HOST_PROFILES,
  HOSTILE_TEXT,
  SITE_HEADER_HEIGHT,
  openHostPage,
  type HostProfile,
} from './profiles.js';

/** During the summit, so the agenda offers "jump to now". */
const DURING = '2023-05-17T10:45:00-04:00';
const WIDTHS = [1280, 320] as const;
/** The side of a comfortable touch target (WCAG 2.2 asks 24 px; 44 px is what fingers need). */
const TARGET = 44;
/** The smallest text anything shows. */
const SMALLEST_TEXT = 14;

type Box = { width: number; height: number };

/** What the tests compare with the plain page, for one element at one width. */
interface Measures {
  /** Touch targets of a fixed size (icon buttons), compared in both dimensions. */
  targets: Record<string, Box>;
  /** Touch targets sized by their label, whose width follows the page's font: heights compared. */
  labelled: Record<string, Box>;
  /** Lengths that make the layout: card and form widths, the card's room for its star. */
  widths: Record<string, number>;
  /** The smallest font size of any visible text, and where. */
  smallestText: { size: number; where: string };
  /** Line height over font size of the body text, which themes change. */
  lineHeightRatio: number;
  /** Whether the page scrolls sideways. */
  scrollsSideways: boolean;
}

function box(element: Element | null | undefined, what: string): Box {
  if (!element) throw new Error(`no ${what}`);
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
}

/** The smallest computed font size of visible text under `root`, shadow roots included. */
function smallestText(root: Node): { size: number; where: string } {
  let smallest = { size: Infinity, where: '' };
  const visit = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
      if (current instanceof current.ownerDocument!.defaultView!.Element && current.shadowRoot) {
        visit(current.shadowRoot);
      }
      if (current.nodeType !== Node.TEXT_NODE || !current.textContent?.trim()) continue;
      const parent = current.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest.size) {
        smallest = {
          size,
          where: `${parent.localName}.${parent.className}: ${current.textContent.trim().slice(0, 30)}`,
        };
      }
    }
  };
  visit(root);
  return smallest;
}

function lineHeightRatio(element: Element): number {
  const style = getComputedStyle(element);
  return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
}

function scrollsSideways(page: Document): boolean {
  return page.documentElement.scrollWidth > page.documentElement.clientWidth;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Mounts a loaded agenda in a host page. */
async function hostAgenda(css: string, width: number, attributes = '') {
  const host = await openHostPage(
    css,
    `<gics-agenda now="${DURING}" ${attributes}></gics-agenda>`,
    {
      width,
    },
  );
  const agenda = host.page.querySelector('gics-agenda') as GicsAgenda;
  const loaded = new Promise((resolve) =>
    agenda.addEventListener('gics-agenda-load', resolve, { once: true }),
  );
  agenda.summit = montreal2023;
  await loaded;
  await agenda.updateComplete;
  return { ...host, agenda, root: agenda.shadowRoot! };
}

async function measureAgenda(css: string, width: number): Promise<Measures> {
  const { page, agenda, root, remove } = await hostAgenda(css, width);
  try {
    const targets: Record<string, Box> = {
      favourite: box(root.querySelector('.fav'), 'favourite button'),
    };
    // A narrow agenda folds its filters behind a button (the search box apart): measured, then
    // opened to measure what it folds.
    const fold = root.querySelector<HTMLElement>('.fold')!;
    const folded: Record<string, Box> =
      fold.offsetWidth > 0 ? { 'filters button': box(fold, 'filters button') } : {};
    if (fold.offsetWidth > 0) {
      fold.click();
      await agenda.updateComplete;
    }
    const labelled = {
      ...folded,
      'view button': box(root.querySelector('.toggle'), 'view button'),
      'theme filter': box(root.querySelector('.chip'), 'theme filter'),
      'format filter': box(root.querySelector('select'), 'format filter'),
    };
    const widths: Record<string, number> = { card: box(root.querySelector('.card'), 'card').width };
    // On a wide agenda each slot is a row whose time column has a width of its own (in em).
    if (width >= 1024)
      widths['slot time'] = box(root.querySelector('.slot-heading'), 'slot time').width;
    let smallest = smallestText(agenda);
    const ratio = lineHeightRatio(root.querySelector('.card-summary')!);
    agenda.open(montreal2023.workshops[3]!.id);
    await until(() => root.querySelector('dialog[open] .close') !== null, 'the dialog');
    const dialog = root.querySelector('dialog')!;
    targets.close = box(dialog.querySelector('.close'), 'close button');
    widths.dialog = box(dialog, 'dialog').width;
    const inDialog = smallestText(dialog);
    if (inDialog.size < smallest.size) smallest = inDialog;
    dialog.close();
    if (width >= 1024) {
      agenda.view = 'grid';
      await until(() => root.querySelector('.grid .card') !== null, 'the grid');
      widths['grid card'] = box(root.querySelector('.grid .card'), 'grid card').width;
      widths['time column'] = box(root.querySelector('.grid-time'), 'time column').width;
      targets['grid favourite'] = box(root.querySelector('.grid .fav'), 'grid favourite button');
      const inGrid = smallestText(root.querySelector('.grid')!);
      if (inGrid.size < smallest.size) smallest = inGrid;
    }
    return {
      targets,
      labelled,
      widths,
      smallestText: smallest,
      lineHeightRatio: ratio,
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

async function measureSignup(css: string, width: number): Promise<Measures> {
  const { page, remove } = await openHostPage(
    css,
    '<gics-newsletter-signup action="/subscribe" name-field="optional"></gics-newsletter-signup>',
    { width },
  );
  try {
    const signup = page.querySelector('gics-newsletter-signup')!;
    const root = signup.shadowRoot!;
    return {
      targets: {},
      labelled: {
        'subscribe button': box(root.querySelector('button'), 'subscribe button'),
        'email field': box(root.querySelector('input[type="email"]'), 'email field'),
      },
      widths: { form: box(root.querySelector('form'), 'form').width },
      smallestText: smallestText(signup),
      lineHeightRatio: lineHeightRatio(root.querySelector('.hint')!),
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

async function measurePracticeForm(css: string, width: number): Promise<Measures> {
  const { page, remove } = await openHostPage(
    css,
    '<gics-practice-form action="/practices" moderator-name="Coop Exemple"></gics-practice-form>',
    { width },
  );
  try {
    const form = page.querySelector('gics-practice-form')!;
    await (form as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const root = form.shadowRoot!;
    return {
      targets: {},
      labelled: {
        'share button': box(root.querySelector('button.submit'), 'share button'),
        'preview button': box(root.querySelector('.preview-button'), 'preview button'),
        'title field': box(root.querySelector('#title'), 'title field'),
        'country select': box(root.querySelector('#country'), 'country select'),
      },
      widths: { form: box(root.querySelector('form'), 'form').width },
      smallestText: smallestText(form),
      lineHeightRatio: lineHeightRatio(root.querySelector('.hint')!),
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

async function measureCard(css: string, width: number): Promise<Measures> {
  const { page, remove } = await openHostPage(
    css,
    `<gics-workshop-card></gics-workshop-card>
     <p><gics-theme-badge name="Circular economy" color="#1d6b3a"></gics-theme-badge></p>`,
    { width },
  );
  try {
    const card = page.querySelector('gics-workshop-card') as GicsWorkshopCard;
    const parsed = parseSummit(montreal2023);
    if (!parsed.ok) throw new Error('the sample summit must be valid');
    card.workshop = parsed.summit.workshops[1]!;
    await card.updateComplete;
    const root = card.shadowRoot!;
    const badge = page.querySelector('gics-theme-badge')!;
    const padding = getComputedStyle(root.querySelector('.card')!);
    return {
      targets: {},
      labelled: {},
      widths: {
        'card padding':
          parseFloat(padding.paddingInlineStart) + parseFloat(padding.paddingInlineEnd),
        'badge text': parseFloat(
          getComputedStyle(badge.shadowRoot!.querySelector('.badge')!).fontSize,
        ),
      },
      smallestText: [smallestText(card), smallestText(badge)].sort((a, b) => a.size - b.size)[0]!,
      lineHeightRatio: lineHeightRatio(root.querySelector('.card-summary')!),
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

async function measureMembers(css: string, width: number): Promise<Measures> {
  const { page, remove } = await openHostPage(css, '<gics-members view="map"></gics-members>', {
    width,
  });
  try {
    const members = page.querySelector('gics-members') as GicsMembers;
    const loaded = new Promise((resolve) =>
      members.addEventListener('gics-members-load', resolve, { once: true }),
    );
    members.community = gicsCommunity;
    await loaded;
    await members.updateComplete;
    const root = members.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('.marker')).not.toBeNull());
    return {
      targets: {},
      labelled: {
        'view toggle': box(root.querySelector('.toggle'), 'view toggle'),
        'search field': box(root.querySelector('#filter-query'), 'search field'),
        'zoom button': box(root.querySelector('.map-controls .action'), 'zoom button'),
      },
      widths: { card: box(root.querySelector('.card'), 'card').width },
      smallestText: smallestText(members),
      lineHeightRatio: lineHeightRatio(root.querySelector('.card .place')!),
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

async function measurePractices(css: string, width: number): Promise<Measures> {
  const { page, remove } = await openHostPage(css, '<gics-practices></gics-practices>', { width });
  try {
    const library = page.querySelector('gics-practices') as GicsPractices;
    const loaded = new Promise((resolve) =>
      library.addEventListener('gics-practices-load', resolve, { once: true }),
    );
    library.community = gicsCommunity;
    await loaded;
    await library.updateComplete;
    const root = library.shadowRoot!;
    // Small screens fold the filters behind a button: open them to measure their rows.
    const toggle = root.querySelector<HTMLButtonElement>('.panel-toggle');
    if (toggle) {
      toggle.click();
      await library.updateComplete;
    }
    const labelled: Record<string, Box> = {
      'search field': box(root.querySelector('#practices-query'), 'search field'),
      'sort select': box(root.querySelector('#practices-sort'), 'sort select'),
      'filter value': box(root.querySelector('.facet label'), 'filter value'),
    };
    if (toggle) labelled['filters button'] = box(toggle, 'filters button');
    const widths: Record<string, number> = { card: box(root.querySelector('.card'), 'card').width };
    let smallest = smallestText(library);
    const ratio = lineHeightRatio(root.querySelector('.card-summary')!);
    library.open(gicsCommunity.practices[0]!.id);
    await until(() => root.querySelector('dialog[open] .close') !== null, 'the dialog');
    const dialog = root.querySelector('dialog')!;
    const targets = { close: box(dialog.querySelector('.close'), 'close button') };
    widths.dialog = box(dialog, 'dialog').width;
    const inDialog = smallestText(dialog);
    if (inDialog.size < smallest.size) smallest = inDialog;
    dialog.close();
    return {
      targets,
      labelled,
      widths,
      smallestText: smallest,
      lineHeightRatio: ratio,
      scrollsSideways: scrollsSideways(page),
    };
  } finally {
    remove();
  }
}

const ELEMENTS = {
  'gics-agenda': measureAgenda,
  'gics-members': measureMembers,
  'gics-practices': measurePractices,
  'gics-newsletter-signup': measureSignup,
  'gics-practice-form': measurePracticeForm,
  'gics-workshop-card and gics-theme-badge': measureCard,
} as const;

/** The plain page's measures, taken once per element and width, by the first profile. */
const plain = new Map<string, Measures>();

function expectNear(actual: number, expected: number, what: string): void {
  expect(
    actual / expected,
    `${what}: ${actual.toFixed(1)} px against ${expected.toFixed(1)} px`,
  ).toBeGreaterThan(0.9);
  expect(
    actual / expected,
    `${what}: ${actual.toFixed(1)} px against ${expected.toFixed(1)} px`,
  ).toBeLessThan(1.1);
}

/** What must hold on every page: big enough targets and text, no sideways scrolling. */
function expectUsable(
  measures: Measures,
  width: number,
  minTarget = TARGET,
  minText = SMALLEST_TEXT,
): void {
  for (const [name, { width: w, height }] of Object.entries({
    ...measures.targets,
    ...measures.labelled,
  })) {
    expect(
      Math.min(w, height),
      `${name} is ${w.toFixed(1)} × ${height.toFixed(1)} px`,
    ).toBeGreaterThanOrEqual(minTarget - 0.5);
  }
  expect(
    measures.smallestText.size,
    `smallest text: ${measures.smallestText.where}`,
  ).toBeGreaterThanOrEqual(minText - 0.01);
  if (width === 320)
    expect(measures.scrollsSideways, 'the page scrolls sideways at 320 px').toBe(false);
}

function expectLikePlain(measures: Measures, reference: Measures, scale = 1): void {
  for (const [name, target] of Object.entries(measures.targets)) {
    expectNear(target.width, reference.targets[name]!.width * scale, `${name} width`);
    expectNear(target.height, reference.targets[name]!.height * scale, `${name} height`);
  }
  for (const [name, target] of Object.entries(measures.labelled)) {
    expectNear(target.height, reference.labelled[name]!.height * scale, `${name} height`);
  }
  for (const [name, width] of Object.entries(measures.widths)) {
    if (reference.widths[name]! > 0)
      expectNear(width, reference.widths[name]! * scale, `${name} width`);
  }
  expect(measures.lineHeightRatio).toBeCloseTo(reference.lineHeightRatio, 2);
}

describe.each(Object.entries(ELEMENTS))('%s in host pages', (element, measure) => {
  for (const profile of HOST_PROFILES as readonly HostProfile[]) {
    for (const width of WIDTHS) {
      it(`${profile.name} at ${width} px looks as in the plain page`, async () => {
        const measures = await measure(profile.css, width);
        expectUsable(measures, width);
        const key = `${element}@${width}`;
        if (!plain.has(key))
          plain.set(key, profile.name === 'plain' ? measures : await measure('', width));
        expectLikePlain(measures, plain.get(key)!);
      });
    }
  }
});

describe('inherited text properties', () => {
  it("take the elements' own values, while the font family follows the page", async () => {
    const css = `${HOSTILE_TEXT} body { font-family: 'DejaVu Sans Mono', monospace; }`;
    const { agenda, root, remove } = await hostAgenda(css, 1280);
    const signup = agenda.ownerDocument.createElement('gics-newsletter-signup');
    agenda.after(signup);
    await (signup as Element & { updateComplete: Promise<unknown> }).updateComplete;
    try {
      for (const inside of [
        root.querySelector('.card-summary')!,
        signup.shadowRoot!.querySelector('label')!,
      ]) {
        const style = getComputedStyle(inside);
        expect(style.letterSpacing).toBe('normal');
        expect(style.wordSpacing).toBe('0px');
        expect(style.textTransform).toBe('none');
        expect(style.textAlign).toBe('start');
        expect(style.textIndent).toBe('0px');
        expect(style.whiteSpace).toBe('normal');
        expect(style.fontStyle).toBe('normal');
        expect(lineHeightRatio(inside)).toBeLessThan(1.6);
        expect(style.fontFamily).toContain('DejaVu Sans Mono');
      }
    } finally {
      remove();
    }
  });
});

/** The fixed header, then the sticky day heading, then `target`: none covers the next. */
function expectBelowHeader(page: Document, target: HTMLElement, frame: HTMLIFrameElement): void {
  const header = page.querySelector('.site-header')!.getBoundingClientRect();
  expect(header.bottom).toBe(SITE_HEADER_HEIGHT);
  const heading = target.closest('.day')!.querySelector('.day-heading')!.getBoundingClientRect();
  expect(heading.top, 'the day heading is not under the site header').toBeGreaterThanOrEqual(
    header.bottom - 0.5,
  );
  const seen = target.getBoundingClientRect();
  expect(seen.top, 'the card is below the sticky heading').toBeGreaterThanOrEqual(
    heading.bottom - 0.5,
  );
  expect(seen.bottom).toBeLessThanOrEqual(frame.contentWindow!.innerHeight);
}

describe('under a fixed site header', () => {
  const fixedHeader = HOST_PROFILES.find((profile) => profile.name === 'fixed-header')!;
  for (const width of WIDTHS) {
    it(`"jump to now" shows the card below the header and its sticky day heading at ${width} px`, async () => {
      const { frame, page, root, remove } = await hostAgenda(fixedHeader.css, width);
      try {
        root.querySelector<HTMLElement>('.now-button')!.click();
        await until(
          () => root.activeElement?.closest('.card')?.classList.contains('is-now') === true,
          'focus on the card happening now',
        );
        // The scroll may be smooth, and may start a frame or two after the click: wait until
        // the page has stood still for ten polls (200 ms), which a running scroll never does.
        let last = -1;
        let stillFor = 0;
        await until(() => {
          const now = page.documentElement.scrollTop;
          stillFor = now === last ? stillFor + 1 : 0;
          last = now;
          return stillFor >= 10;
        }, 'the scroll to end');
        expectBelowHeader(page, root.activeElement as HTMLElement, frame);
      } finally {
        remove();
      }
    });

    it(`a deep link's card shows below the header and its sticky day heading at ${width} px`, async () => {
      const { frame, page, root, remove } = await hostAgenda(fixedHeader.css, width);
      try {
        // A workshop of the last day, far down the page.
        const target = montreal2023.workshops.at(-2)!;
        frame.contentWindow!.location.hash = `#workshop-${target.id}`;
        await until(
          () => root.querySelector('dialog[open]') !== null,
          'the dialog of the deep link',
        );
        root.querySelector('dialog')!.close();
        const opener = root.querySelector<HTMLElement>(`[data-open="${CSS.escape(target.id)}"]`)!;
        await until(() => root.activeElement === opener, 'focus back on the card');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(page.documentElement.scrollTop, 'the page scrolled to the card').toBeGreaterThan(0);
        expectBelowHeader(page, opener, frame);
      } finally {
        remove();
      }
    });
  }
});

describe('with the browser font size at 20 px', () => {
  beforeAll(async () => {
    await cdp().send('Page.setFontSizes', { fontSizes: { standard: 20, fixed: 16 } });
  });
  afterAll(async () => {
    await cdp().send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  });

  for (const [element, measure] of Object.entries(ELEMENTS)) {
    for (const profile of HOST_PROFILES as readonly HostProfile[]) {
      for (const width of WIDTHS) {
        it(`${element}, ${profile.name} at ${width} px: everything grows by a quarter`, async () => {
          const measures = await measure(profile.css, width);
          expectUsable(measures, width, TARGET * 1.25, SMALLEST_TEXT * 1.25);
          const reference =
            plain.get(`${element}@${width}`) ??
            (await (async () => {
              await cdp().send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
              try {
                return await measure('', width);
              } finally {
                await cdp().send('Page.setFontSizes', { fontSizes: { standard: 20, fixed: 16 } });
              }
            })());
          // Targets and widths grow with the text, except what fills the room there is: every
          // width on a phone, the list's cards, which share their slot's row, and the grid's
          // room columns, which share the screen.
          const widths = Object.fromEntries(
            Object.entries(measures.widths).filter(
              ([name]) => name !== 'grid card' && name !== 'card',
            ),
          );
          const scaled = { ...measures, widths: width === 320 ? {} : widths };
          expectLikePlain(scaled, reference, 1.25);
        });
      }
    }
  }
});
