/**
 * What the agenda's views call (`AgendaActions`), and what those calls do:
 *
 *   toolbar, filters, grid tabs and rooms → the agenda's properties (`view`, `time-zone`,
 *     `compact`) or the visitor's choices (choices.ts); arrow keys, Home and End move between
 *     the grid's day tabs, and focus follows
 *   a card's star → favourites (favorites.ts) → `gics-favorite-change`
 *   a card's title, a `#workshop-<id>` link, `open()` → `gics-workshop-open` (cancelable)
 *     → the detail dialog (internal/detail-dialog.ts); nothing with `workshop-href`
 *   "Jump to now" → the card under way (or next), its filters cleared if they hide it, the list
 *     grown to it, scrolled to and focused
 *   a download → the calendar file, its module fetched on demand (modules.ts)
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language, Workshop } from '@gics/core/summit';
import { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { clearKeepingFocus } from '../internal/keep-focus.js';
import { MORE_CARDS } from '../internal/progressive.js';
import { loadDownload } from './modules.js';
import type { AgendaParts } from './parts.js';
import { conferenceDayOf, dayForKey, nowTarget } from './now-target.js';
import { readingRank } from './progressive.js';
import { scrollToCard } from './scroll-to-card.js';
import type { AgendaView, DownloadPlace } from './types.js';
import { workshopIdFromHash } from './url-state.js';
import type { AgendaActions, AgendaViewModel } from './view-model.js';

/** The agenda's properties and methods its actions use. */
export interface ActionsHost extends ReactiveControllerHost {
  view: AgendaView;
  timeZone: string;
  compact: boolean;
  readonly workshopHref: string;
  readonly language: Language;
  readonly renderRoot: ParentNode;
  readonly favoriteIds: string[];
  reload(): void;
  dispatchEvent(event: Event): boolean;
}

/** What the agenda's actions give it. */
export interface AgendaHandlers {
  /** The views' event handlers. */
  readonly actions: AgendaActions;
  /**
   * Opens workshop `id`'s dialog, unless cards link to the host's pages, the id is unknown, or
   * a `gics-workshop-open` listener cancels it.
   * @param opener What gets focus back when the dialog closes (by default what has it now).
   */
  open(id: string, trigger: 'card' | 'link' | 'method', opener?: HTMLElement): Promise<void>;
  /** Opens workshop `id` that a link names, unless it is open already or nothing is shown. */
  openLinked(id: string): void;
  /** Opens the workshop the page's `#workshop-<id>` names, if any. */
  openFromHash(): void;
  /**
   * Where the last calendar download failed, its module not arriving (a notice says so there):
   * in the dialog, or above the programme ("my agenda"); `undefined` when none failed.
   */
  downloadFailed(): DownloadPlace | undefined;
}

/** The actions of agenda `host`, made of its `parts`. */
export function agendaHandlers(host: ActionsHost, parts: AgendaParts): AgendaHandlers {
  const { loader, choices, favorites, progressive, dialog } = parts;

  const open: AgendaHandlers['open'] = async (id, trigger, opener) => {
    const workshop = loader.summit?.workshops.find((candidate) => candidate.id === id);
    if (!workshop || host.workshopHref) return;
    if (!host.dispatchEvent(new GicsWorkshopOpenEvent({ workshop, trigger }))) return;
    await dialog.show(id, opener);
  };

  const openLinked = (id: string): void => {
    if (id !== dialog.openId && loader.status === 'ready') void open(id, 'link');
  };

  let downloadFailed: DownloadPlace | undefined;
  const settleDownload = (failed: DownloadPlace | undefined) => {
    if (failed === downloadFailed) return;
    downloadFailed = failed;
    host.requestUpdate();
  };
  const download = (place: DownloadPlace, workshopIds: readonly string[], fileName?: string) => {
    const summit = loader.summit;
    if (!summit) return;
    const lang = host.language;
    loadDownload().then(
      ({ downloadCalendar }) => {
        settleDownload(undefined);
        downloadCalendar(summit, lang, workshopIds, fileName);
      },
      // Said in words where it was asked for; asked for again at the next download.
      () => settleDownload(place),
    );
  };

  const toggleFavorite = (id: string): void => {
    const favorite = favorites.toggle(id);
    if (favorite === undefined) return;
    host.dispatchEvent(
      new GicsFavoriteChangeEvent({ workshopId: id, favorite, favoriteIds: host.favoriteIds }),
    );
  };

  const jumpToNow = async (): Promise<void> => {
    const summit = loader.summit;
    const model = parts.model();
    if (model.status !== 'ready' || !summit) return;
    const { filtered } = model;
    const instant = parts.clock.now;
    const target = nowTarget(filtered, instant) ?? nowTarget(summit.workshops, instant);
    if (!target) return;
    if (!filtered.includes(target)) choices.clear();
    if (host.view === 'mine') host.view = 'list';
    if (host.view === 'grid')
      choices.set({ gridDay: conferenceDayOf(summit, target, parts.zone()) });
    await host.updateComplete;
    const rank = rankOf(parts.model(), target);
    if (rank >= progressive.limit) {
      progressive.grow(rank + MORE_CARDS);
      await host.updateComplete;
    }
    const card = host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`);
    if (card) scrollToCard(card);
  };

  return {
    actions: {
      showView: (view) => (host.view = view),
      showZone: (zone) => (host.timeZone = zone),
      jumpToNow: () => void jumpToNow(),
      search: (event) => choices.type((event.target as HTMLInputElement).value),
      toggleTheme: choices.toggleTheme,
      setFilters: choices.filter,
      clearFilters: (event) => clearKeepingFocus(host, event, choices.clear),
      showDay: (day) => choices.set({ gridDay: day }),
      // Arrow keys (wrapping around), Home and End move between the grid's day tabs.
      dayKeydown: (event, days) => {
        const day = dayForKey(event.key, days, choices.gridDay);
        if (day === undefined) return;
        event.preventDefault();
        choices.set({ gridDay: day });
        void host.updateComplete.then(() =>
          host.renderRoot.querySelector<HTMLElement>(`#tab-${day}`)?.focus(),
        );
      },
      toggleRoom: choices.toggleRoom,
      setCompact: (compact) => (host.compact = compact),
      showMore: () => progressive.grow(),
      // Titles open the dialog, stars toggle favourites.
      cardClick: (event) => {
        const target = event.target as Element;
        const star = target.closest<HTMLElement>('[data-favorite]');
        if (star) {
          toggleFavorite(star.dataset.favorite!);
          return;
        }
        const opener = target.closest<HTMLElement>('[data-open]');
        if (opener) void open(opener.dataset.open!, 'card', opener);
      },
      downloadFavorites: () => download('list', host.favoriteIds),
      closeDialog: dialog.close,
      dialogClosed: () => {
        // The dialog's notice goes with it: another workshop opened next starts afresh.
        if (downloadFailed === 'dialog') settleDownload(undefined);
        dialog.closed();
      },
      toggleFavorite,
      downloadWorkshop: ({ id }) => download('dialog', [id], `${id}.ics`),
      reload: () => host.reload(),
    },
    open,
    openLinked,
    openFromHash: () => {
      const id = workshopIdFromHash(location.hash);
      if (id) openLinked(id);
    },
    downloadFailed: () => downloadFailed,
  };
}

/** Where `target` comes among the cards of the view shown (its 0-based rank), or -1. */
function rankOf(model: AgendaViewModel, target: Workshop): number {
  if (model.status !== 'ready') return -1;
  const { content } = model;
  if (content.kind === 'grid')
    return content.grid.cells.findIndex((cell) => cell.workshop === target);
  return content.kind === 'list' ? readingRank(content.all, target.id) : -1;
}
