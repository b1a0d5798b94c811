import { afterEach, describe, expect, it, vi } from 'vitest';
import { css, html, type TemplateResult } from 'lit';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { GicsElement } from './gics-element.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import { cleanupFixtures, fixture } from '../testing/helpers.js';

/** The smallest GICS element: says hello in its language, and fires what it is told to. */
class GicsGreeting extends GicsElement {
  static override styles = [
    GicsElement.styles,
    css`
      p {
        color: var(--_gics-color-text);
        background: var(--_gics-color-surface);
      }
    `,
  ];

  override render(): TemplateResult {
    return html`<p lang=${this.language}>${this.language === 'fr' ? 'Bonjour' : 'Hello'}</p>`;
  }

  fire(event: GicsWorkshopOpenEvent | GicsFavoriteChangeEvent): boolean {
    return this.emit(event);
  }

  /** Never called: the compiler proves that `emit` refuses an event that is not a GICS one. */
  fireUntyped(event: Event): boolean {
    // @ts-expect-error: `emit` takes the event classes of `src/events/` only.
    return this.emit(event);
  }
}
GicsGreeting.define('gics-greeting');

/**
 * An element whose first render fails as Lit's hydration does on HTML another release wrote,
 * and whose later renders succeed.
 */
class GicsRedrawn extends GicsElement {
  private renders = 0;

  override render(): TemplateResult {
    this.renders += 1;
    if (this.renders === 1) throw new Error('Hydration value mismatch: another release');
    return html`<p>Drawn here</p>`;
  }
}
GicsRedrawn.define('gics-redrawn');

/** An element whose render always fails: a bug, not a release mismatch. */
class GicsBroken extends GicsElement {
  override render(): TemplateResult {
    throw new Error('a bug');
  }
}
GicsBroken.define('gics-broken');

/** `tag` as a server renders it (declarative shadow DOM), inserted in a fixture; not yet updated. */
function prerendered(tag: string): HTMLElement & { updateComplete: Promise<boolean> } {
  const container = document.createElement('div');
  container.setAttribute('data-fixture', '');
  container.setHTMLUnsafe(
    `<${tag}><template shadowrootmode="open"><p>From the server</p></template></${tag}>`,
  );
  document.body.append(container);
  return container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
}

afterEach(cleanupFixtures);

const parsed = parseSummit(montreal2023);
if (!parsed.ok) throw new Error('the sample summit must be valid');
const sampleWorkshop = parsed.summit.workshops[0]!;

runElementBaseTests('gics-greeting');

const text = (element: Element) => element.shadowRoot!.querySelector('p')!.textContent;

describe('GicsElement', () => {
  it('renders in the language of the section around it, and again when the section changes', async () => {
    const section = await fixture<HTMLElement>(
      '<section lang="fr"><gics-greeting></gics-greeting></section>',
    );
    const greeting = section.querySelector('gics-greeting')!;
    expect(text(greeting)).toBe('Bonjour');
    section.lang = 'en';
    await vi.waitFor(() => expect(text(greeting)).toBe('Hello'));
  });

  it('watches the page with one observer, however many elements there are', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const section = await fixture<HTMLElement>(
      '<section lang="en"><gics-greeting></gics-greeting><gics-greeting></gics-greeting><gics-greeting></gics-greeting></section>',
    );
    expect(observe).toHaveBeenCalledTimes(3);
    expect(new Set(observe.mock.contexts).size).toBe(1);
    section.lang = 'fr';
    const greetings = [...section.querySelectorAll('gics-greeting')];
    await vi.waitFor(() => expect(greetings.map(text)).toEqual(['Bonjour', 'Bonjour', 'Bonjour']));
    observe.mockRestore();
  });

  it('emits GICS events from the host and says whether a listener cancelled them', async () => {
    const section = await fixture<HTMLElement>(
      '<section><gics-greeting></gics-greeting></section>',
    );
    const greeting = section.querySelector<GicsGreeting>('gics-greeting')!;
    const heard: string[] = [];
    section.addEventListener('gics-favorite-change', (event) =>
      heard.push(event.detail.workshopId),
    );
    section.addEventListener('gics-workshop-open', (event) => {
      heard.push(event.detail.trigger);
      event.preventDefault();
    });
    const change = new GicsFavoriteChangeEvent({
      workshopId: 'w1',
      favorite: true,
      favoriteIds: ['w1'],
    });
    expect(greeting.fire(change)).toBe(true);
    expect(
      greeting.fire(new GicsWorkshopOpenEvent({ workshop: sampleWorkshop, trigger: 'method' })),
    ).toBe(false);
    expect(heard).toEqual(['w1', 'method']);
  });

  describe('a pre-rendered root its first update cannot take over', () => {
    it('is emptied and drawn again, with one warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = prerendered('gics-redrawn');
      await element.updateComplete;
      expect([...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
        'Drawn here',
      ]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toBe(
        '[gics] <gics-redrawn> was pre-rendered by another release: drawn again.',
      );
      warn.mockRestore();
    });

    it('keeps the server’s HTML on show when drawing it again fails too', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      // Lit reports a failed update again, unhandled, once the update cycle is over.
      const reported = new Promise<unknown>((resolve) =>
        window.addEventListener(
          'unhandledrejection',
          (event) => {
            event.preventDefault();
            resolve(event.reason);
          },
          { once: true },
        ),
      );
      const element = prerendered('gics-broken');
      await expect(element.updateComplete).rejects.toThrow('a bug');
      expect(await reported).toMatchObject({ message: 'a bug' });
      expect(element.shadowRoot!.textContent).toBe('From the server');
      warn.mockRestore();
    });
  });

  describe('colours', () => {
    const paint = (element: Element) => {
      const style = getComputedStyle(element.shadowRoot!.querySelector('p')!);
      return { text: style.color, surface: style.backgroundColor };
    };

    it('takes the text colour of the page, and the light palette on a page with dark text', async () => {
      const page = await fixture<HTMLElement>(
        '<div style="color: rgb(60, 20, 90); background: white"><gics-greeting></gics-greeting></div>',
      );
      const greeting = page.querySelector('gics-greeting')!;
      expect(greeting.matches(':state(dark)')).toBe(false);
      expect(paint(greeting)).toEqual({ text: 'rgb(60, 20, 90)', surface: 'rgb(255, 255, 255)' });
    });

    it('takes the dark palette on a page with light text, and keeps the page’s text colour', async () => {
      const page = await fixture<HTMLElement>(
        '<div style="color: rgb(235, 230, 220); background: #111"><gics-greeting></gics-greeting></div>',
      );
      const greeting = page.querySelector('gics-greeting')!;
      expect(greeting.matches(':state(dark)')).toBe(true);
      expect(paint(greeting)).toEqual({ text: 'rgb(235, 230, 220)', surface: 'rgb(22, 27, 34)' });
    });

    it('uses its own palette, text colour included, when color-scheme forces one', async () => {
      const page = await fixture<HTMLElement>(
        '<div style="color: rgb(235, 230, 220)"><gics-greeting color-scheme="light"></gics-greeting><gics-greeting color-scheme="dark"></gics-greeting></div>',
      );
      const [light, dark] = page.querySelectorAll('gics-greeting');
      expect(paint(light!)).toEqual({ text: 'rgb(27, 31, 36)', surface: 'rgb(255, 255, 255)' });
      expect(paint(dark!)).toEqual({ text: 'rgb(230, 237, 243)', surface: 'rgb(22, 27, 34)' });
    });

    it('follows the page when it switches theme on <body>', async () => {
      const greeting = await fixture<HTMLElement>('<gics-greeting></gics-greeting>');
      const before = document.body.getAttribute('style');
      try {
        document.body.style.color = 'rgb(240, 240, 240)';
        await vi.waitFor(() => expect(greeting.matches(':state(dark)')).toBe(true));
        document.body.style.color = 'rgb(10, 10, 10)';
        await vi.waitFor(() => expect(greeting.matches(':state(dark)')).toBe(false));
      } finally {
        if (before === null) document.body.removeAttribute('style');
        else document.body.setAttribute('style', before);
      }
    });
  });
});
