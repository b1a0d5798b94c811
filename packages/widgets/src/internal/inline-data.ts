/**
 * The data a pre-rendered element carries in its light DOM (`@gics/widgets/ssr`), so that its
 * first update shows exactly what the server rendered, and hydrates it, without fetching:
 *
 *   <gics-agenda src="…"><template shadowrootmode="open">…</template>
 *     <script type="application/json" data-gics-data>{"data":…,"now":…}</script>
 *   </gics-agenda>
 *
 * A `<script>` of type `application/json` is data the browser never runs, so a strict
 * Content-Security-Policy needs no change for it. Its text escapes `<`, `>` and `&` (and the
 * two line separators JavaScript once refused), so no text in the data, `</script>` included,
 * can end the block early.
 */
import { isServer } from 'lit';
import type { Validators } from '../agenda/load.js';

/** What a server rendered an element with, as the element reads it back in the browser. */
export interface Prerendered {
  /** The element's data as the server read it (for the agenda, the summit). */
  data: unknown;
  /** The instant the server rendered at (epoch milliseconds): "happening now" as it was. */
  now: number;
  /** The validators of the data's version (its ETag), for a conditional `refresh`. */
  validators?: Validators;
}

/** Marks the data block among the element's children. */
export const INLINE_DATA_ATTRIBUTE = 'data-gics-data';

/**
 * What `host`'s data block carries; `undefined` when it has none, or one that does not read
 * (the element then loads as if it had not been pre-rendered).
 */
export function readInlineData(host: Element): Prerendered | undefined {
  const block = host.querySelector(
    `:scope > script[type="application/json"][${INLINE_DATA_ATTRIBUTE}]`,
  );
  if (!block) return undefined;
  try {
    const read = JSON.parse(block.textContent ?? '') as Partial<Prerendered> | null;
    if (!read || typeof read !== 'object' || typeof read.now !== 'number') return undefined;
    return {
      data: read.data,
      now: read.now,
      ...(read.validators ? { validators: read.validators } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * What a pre-rendered `host` was rendered with, for its first update: the `prerendered`
 * property the server's renderer sets, or in a browser the data block among its children.
 * Taken once: the property is cleared.
 */
export function takePrerendered(
  host: HTMLElement & { prerendered?: Prerendered | undefined },
): Prerendered | undefined {
  const prerendered = isServer ? host.prerendered : readInlineData(host);
  host.prerendered = undefined;
  return prerendered;
}
