/**
 * The visitor's favourites for one summit, kept in `localStorage` under
 * `gics-agenda:favorites:<summit id>` as a JSON list of workshop ids.
 *
 * Storage can be missing or refuse writes (private browsing, blocked site data, a full quota):
 * the favourites then live in memory for the visit and `persistent` says so, so the agenda can
 * tell the visitor quietly that they will not be kept.
 */
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
