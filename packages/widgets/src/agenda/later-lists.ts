/**
 * The lists of cards of a pre-rendered agenda that come after its first screen, hydrated a few
 * at a time in background tasks rather than all in the first update, so that no task of the
 * page's hydration is long however long the programme:
 *
 *   on a server (`renderAgenda`): a list whose first card comes after the first screen (past
 *     `FIRST_CARDS` in reading order) is written inside `later()`, whose comment (`LATER_MARK`)
 *     starts it, and `renderAgenda` renames the hydration markers inside it (`lit-part` →
 *     `gics-part`, `lit-node` → `gics-node`, ssr/agenda.ts): Lit's hydration of the whole shadow
 *     root reads only its own names, so it passes over those cards
 *   the first update in the browser: such a list stays as the server drew it (`noChange`); what
 *     it showed (its cards as that update would draw them, not built yet) is kept for its turn
 *   then, a few lists per background task in reading order: a list's markers get Lit's names
 *     back and Lit hydrates it, its `<ul>` as the root of a render of its own, which draws its
 *     cards at every later update: the server's nodes stay, nothing is drawn twice
 *   a list whose cards change before its turn (a star, the favourites read from the browser, a
 *     filter, a search, a refresh) is hydrated at once, in that update, then drawn as it should
 *     be: nothing the visitor does waits for the background, or is lost
 *
 * A slot's heading (`laterText`) is left as the server wrote it by the first update too, its
 * words made only when a later update compares them with its own. What only readers without
 * JavaScript see (`laterNever`: a pre-rendered grid's other days) is written the same way and
 * never hydrated: the update after the first takes it away.
 *
 * Lit's hydration support (ssr/hydrate-support.ts, loaded before the elements) lends the
 * `hydrate` and `render` of its copy of Lit, the copy that hydrated the rest of the root.
 * Without it, a list stays the server's until it changes, and is then drawn again over the
 * server's nodes, as is a list Lit refuses to hydrate (with a warning).
 */
import { html, noChange, type ChildPart, type RenderOptions, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { Workshop } from '@gics/core/summit';

/** The comment that starts a list the server left for later. */
export const LATER_MARK = 'gics-later';

/** A list left for later, as the server writes it: the comment, then its cards. */
const later = (items: unknown): TemplateResult => html`<!--gics-later-->${items}`;

/** Lit's `hydrate` and `render`, as ssr/hydrate-support.ts lends them. */
interface LentHydration {
  hydrate(value: unknown, container: Element, options?: Partial<RenderOptions>): void;
  render(value: unknown, container: Element, options?: RenderOptions): unknown;
}

function lentHydration(): LentHydration | undefined {
  return (globalThis as Record<symbol, LentHydration | undefined>)[
    Symbol.for('gics-kit.hydration')
  ];
}

/** The longest a background task hydrates lists for, in milliseconds. */
const STEP_MS = 6;

/** Lists waiting for their turn, in reading order, from every agenda of the page. */
const queue: LaterList[] = [];
let next = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Hydrates waiting lists for up to `STEP_MS`, then leaves the rest to the next task. */
function step(): void {
  timer = undefined;
  const end = performance.now() + STEP_MS;
  while (next < queue.length && performance.now() < end) queue[next++]!.take();
  if (next < queue.length) timer = setTimeout(step, 0);
  else queue.length = next = 0;
}

/** A card's key: its card is drawn again only when an entry changes (cards.ts, `cardKey`). */
type CardKey = (workshop: Workshop) => readonly unknown[];
/** A card, in its `<li>`. */
type Card = (workshop: Workshop) => TemplateResult;

/** The keys of the cards of `workshops`, one after the other. */
function keysOf(workshops: readonly Workshop[], key: CardKey): unknown[] {
  const keys: unknown[] = [];
  for (const workshop of workshops) keys.push(...key(workshop));
  return keys;
}

/** Whether two lists of keys are equal entry by entry. */
function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    if (!Object.is(a[index], b[index])) return false;
  }
  return true;
}

class LaterList extends Directive {
  /**
   * `plain`: a list drawn by its part like any other; `waiting`: the server's, not hydrated yet;
   * `own`: hydrated, its `<ul>` the root of its own render. Decided at the first update.
   */
  private state?: 'plain' | 'waiting' | 'own';
  private list?: Element;
  /** The shadow root the list was drawn in: a list no longer in it has gone. */
  private root?: Node;
  private options?: RenderOptions;
  /**
   * What the server drew, while the list waits: its cards, and their keys (made when first
   * compared, not in the first update).
   */
  private server?: { items: () => TemplateResult[]; keys: () => readonly unknown[] };

  /** On a server: a list after the first screen (`afterFirstScreen`) is left for later. */
  render(afterFirstScreen: boolean, workshops: readonly Workshop[], card: Card, _key: CardKey) {
    const items = workshops.map(card);
    return afterFirstScreen ? later(items) : items;
  }

  override update(part: ChildPart, [, workshops, card, key]: Parameters<this['render']>): unknown {
    if (!this.state) {
      const first = part.startNode?.nextSibling;
      this.state = 'plain';
      if (first instanceof Comment && first.data === LATER_MARK) {
        this.state = 'waiting';
        this.list = part.parentNode as Element;
        this.root = this.list.getRootNode();
        // Its own render's options: the host for its events, no `renderBefore` of the root.
        this.options = { host: part.options?.host };
        let keys: readonly unknown[] | undefined;
        this.server = {
          items: () => workshops.map(card),
          keys: () => (keys ??= keysOf(workshops, key)),
        };
        queue.push(this);
        timer ??= setTimeout(step, 0);
        return noChange;
      }
    }
    if (this.state === 'waiting') {
      if (sameKeys(keysOf(workshops, key), this.server!.keys())) return noChange;
      // A list that cannot be hydrated is drawn again by its part, over the server's nodes.
      if (!this.hydrate()) this.state = 'plain';
    }
    const items = workshops.map(card);
    if (this.state === 'plain') return items;
    lentHydration()!.render(later(items), this.list!, this.options);
    return noChange;
  }

  /**
   * Its turn in the background: hydrated if it still waits and is still on show; a list Lit
   * refuses is drawn again at once.
   */
  take(): void {
    if (this.state !== 'waiting' || !this.root!.contains(this.list!) || !lentHydration()) return;
    if (this.hydrate()) return;
    this.state = 'plain';
    (this.options!.host as { requestUpdate?(): void } | undefined)?.requestUpdate?.();
  }

  /**
   * Hydrates the server's list (see above); `false` without the lent hydration, or when Lit
   * refuses the list (then drawn again, over the server's nodes, by the part).
   */
  private hydrate(): boolean {
    const lit = lentHydration();
    if (!lit) return false;
    const list = this.list!;
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_COMMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const comment = node as Comment;
      const data = comment.data;
      if (/^\/?gics-(?:part|node)/.test(data)) comment.data = data.replace('gics-', 'lit-');
    }
    try {
      lit.hydrate(later(this.server!.items()), list, this.options);
    } catch (error) {
      console.warn(
        '[gics] A list of the pre-rendered agenda could not be hydrated: drawn again.',
        error,
      );
      return false;
    }
    this.state = 'own';
    this.server = undefined;
    return true;
  }
}

class LaterText extends Directive {
  /** Decided at the first update: whether it shows the server's text. */
  private decided = false;
  /**
   * While the server's text is on show: the text as the first update would have drawn it, made
   * when first compared.
   */
  private server?: (() => string) | string;

  render(text: () => string): string {
    return text();
  }

  override update(part: ChildPart, [text]: Parameters<this['render']>): unknown {
    if (!this.decided) {
      this.decided = true;
      // Hydrating the server's text: left as it is, its words not even made.
      if (part.startNode?.nextSibling instanceof Text) {
        this.server = text;
        return noChange;
      }
    }
    const now = text();
    if (this.server !== undefined) {
      if (typeof this.server !== 'string') this.server = this.server();
      if (now === this.server) return noChange;
      this.server = undefined;
    }
    return now;
  }
}

class LaterNever extends Directive {
  /** Decided at the first update: whether the server's content is on show, never hydrated. */
  private decided = false;

  /** On a server: `content` left for later, which Lit's hydration passes over. */
  render(content: () => unknown): unknown {
    return later(content());
  }

  override update(part: ChildPart, [content]: Parameters<this['render']>): unknown {
    if (!this.decided) {
      this.decided = true;
      const first = part.startNode?.nextSibling;
      if (first instanceof Comment && first.data === LATER_MARK) return noChange;
    }
    // Still on show after the first update: drawn again over the server's nodes.
    return content();
  }
}

/**
 * What a pre-rendered agenda draws for readers without JavaScript alone (the grid's other
 * days): on a server, left for later; in the browser, never hydrated, not even built: the first
 * update leaves it as the server drew it, and the next one takes it away.
 */
export const laterNever = directive(LaterNever);

/**
 * A heading's text: in the browser, the server's is left as it is until the words change, so
 * the first update of a pre-rendered agenda makes none of them.
 */
export const laterText = directive(LaterText);

/**
 * A list of cards of the list view: on a server, left for later when it comes after the first
 * screen; in the browser, hydrated in the background when the server left it for later (see
 * above), else drawn as any list is.
 */
export const laterList = directive(LaterList);
