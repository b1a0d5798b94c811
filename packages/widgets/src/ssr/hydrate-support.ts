/**
 * `@gics/widgets/hydrate-support`: lets GICS elements pre-rendered on a server
 * (`@gics/widgets/ssr`) take over their HTML in place instead of drawing it again. Import it
 * before any element module (before Lit itself is evaluated); pages that are not pre-rendered
 * do not need it.
 *
 * It lends the elements the `hydrate` and `render` of the copy of Lit that hydrates them, under
 * `Symbol.for('gics-kit.hydration')`: a pre-rendered agenda hydrates the lists after its first
 * screen later, one at a time, with them (agenda/later-lists.ts).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { render } from 'lit/html.js';

(globalThis as Record<symbol, unknown>)[Symbol.for('gics-kit.hydration')] = { hydrate, render };
