/**
 * The visitor's favourites for one summit, kept in `localStorage` under
 * `gics-agenda:favorites:<summit id>` as a JSON list of workshop ids.
 *
 * Storage can be missing or refuse writes (private browsing, blocked site data, a full quota):
 * the favourites then live in memory for the visit and `persistent` says so, so the agenda can
 * tell the visitor quietly that they will not be kept.
 *
 * `Favorites` holds the store of the summit on show for the agenda and re-renders it on a
 * change; its `ids` is a new set after each change, so views and caches compare it by identity.
 */
import type { ReactiveControllerHost } from 'lit';

const PREFIX = 'gics-agenda:favorites:';

function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = `${PREFIX}probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

/** The favourites of one summit, in `localStorage` when the browser keeps it, else in memory. */
export class FavoriteStore {
  readonly ids = new Set<string>();
  /** Whether the favourites survive the visit. */
  persistent: boolean;
  private readonly store: Storage | undefined;
  private readonly key: string;

  constructor(summitId: string) {
    this.key = PREFIX + summitId;
    this.store = storage();
    this.persistent = this.store !== undefined;
    try {
      const saved: unknown = JSON.parse(this.store?.getItem(this.key) ?? '[]');
      if (Array.isArray(saved)) {
        for (const id of saved) if (typeof id === 'string') this.ids.add(id);
      }
    } catch {
      // A damaged entry starts an empty list; the next change overwrites it.
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Adds or removes `id`; returns whether it is now a favourite. */
  toggle(id: string): boolean {
    const favorite = !this.ids.has(id);
    if (favorite) this.ids.add(id);
    else this.ids.delete(id);
    try {
      this.store?.setItem(this.key, JSON.stringify([...this.ids]));
    } catch {
      this.persistent = false;
    }
    return favorite;
  }
}

/** The favourites of the summit on show, re-rendering the host when they change. */
export class Favorites {
  /** The ids of the favourites; a new set after each change. */
  ids: ReadonlySet<string> = new Set();
  /** Whether the visitor starred or unstarred a workshop during this visit. */
  touched = false;
  private store?: FavoriteStore;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the favourites survive the visit; `undefined` before a summit is open. */
  get persistent(): boolean | undefined {
    return this.store?.persistent;
  }

  /** Opens the favourites kept for summit `summitId`. */
  open(summitId: string): void {
    this.store = new FavoriteStore(summitId);
    this.ids = new Set(this.store.ids);
  }

  /** Stars or unstars `id`; returns whether it is now a favourite (`undefined` with no summit). */
  toggle(id: string): boolean | undefined {
    const store = this.store;
    if (!store) return undefined;
    const favorite = store.toggle(id);
    this.ids = new Set(store.ids);
    this.touched = true;
    this.host.requestUpdate();
    return favorite;
  }
}
