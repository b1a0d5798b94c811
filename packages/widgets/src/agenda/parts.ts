/**
 * The agenda's parts that its actions (actions.ts), its summit source (summit-source.ts) and its
 * hydration (prerendered.ts) reach: agenda.ts makes them, and hands each of those the same set.
 */
import type { DetailDialog } from '../internal/detail-dialog.js';
import type { ProgressiveRendering } from '../internal/progressive.js';
import type { Choices } from './choices.js';
import type { Clock } from './clock.js';
import type * as Detail from './detail.js';
import type { SearchEngines } from './engines.js';
import type { Favorites } from './favorites.js';
import type { Live } from './live.js';
import type { SummitLoad } from './load-controller.js';
import type { AgendaMemo, AgendaViewModel } from './view-model.js';

export interface AgendaParts {
  readonly loader: SummitLoad;
  readonly choices: Choices;
  readonly favorites: Favorites;
  readonly progressive: ProgressiveRendering;
  readonly dialog: DetailDialog<typeof Detail>;
  readonly clock: Clock;
  readonly engines: SearchEngines;
  readonly live: Live;
  readonly memo: AgendaMemo;
  /** What the last update showed. */
  model(): AgendaViewModel;
  /** The zone times are shown in. */
  zone(): string;
}

/** `T` as the function that makes it writes it: the parts give read-only views of their state. */
export type Writable<T> = { -readonly [key in keyof T]: T[key] };
