import { html, type TemplateResult } from 'lit';
import { styleProperties } from '../internal/style-properties.js';

/** Used when a theme has no colour, or one that is not a CSS colour we accept. */
export const NEUTRAL_COLOR = '#8c959f';
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The badge's markup, shared by `<gics-theme-badge>` and the cards the agenda renders in its
 * own shadow root (a thousand cards must not mean a thousand more shadow roots).
 *
 * The colour reaches CSS through `styleProperties`, which sets the custom property with the
 * CSSOM (`style.setProperty`) from the first render on: a strict `style-src 'self'` policy
 * allows that, while a `style="…"` attribute would be blocked. Only hex colours get through.
 * `data-color` repeats it for HTML rendered on a server, where there is no CSSOM: the server
 * writes a rule per colour into the element's styles (`@gics/widgets/ssr`).
 */
export function themeBadgeTemplate(
  name: unknown,
  color: string | undefined,
  part = 'badge',
): TemplateResult {
  const swatch = color !== undefined && HEX_COLOR.test(color) ? color : NEUTRAL_COLOR;
  return html`<span
    part=${part}
    class="badge"
    data-color=${swatch}
    style=${styleProperties({ '--_gics-theme-color': swatch })}
    ><span part="swatch" class="swatch" aria-hidden="true"></span
    ><span part="label" class="badge-label">${name}</span></span
  >`;
}
