/**
 * `@gics/widgets/hydrate-support`: lets GICS elements pre-rendered on a server
 * (`@gics/widgets/ssr`) take over their HTML in place instead of drawing it again. Import it
 * before any element module (before Lit itself is evaluated); pages that are not pre-rendered
 * do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
