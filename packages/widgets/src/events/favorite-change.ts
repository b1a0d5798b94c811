export interface GicsFavoriteChangeDetail {
  /** The workshop whose star was toggled. */
  workshopId: string;
  /** Whether it is now a favourite. */
  favorite: boolean;
  /** Every favourite of this summit after the change, in summit order. */
  favoriteIds: string[];
}

/** Fired by `<gics-agenda>` when the visitor adds a workshop to their agenda or removes it. */
export class GicsFavoriteChangeEvent extends CustomEvent<GicsFavoriteChangeDetail> {
  constructor(detail: GicsFavoriteChangeDetail) {
    super('gics-favorite-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-favorite-change': GicsFavoriteChangeEvent;
  }
}
