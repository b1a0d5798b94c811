/**
 * `style=${styleProperties({ 'grid-row': '2', '--_gics-theme-color': '#2e7d32' })}`: sets inline
 * style properties through the CSSOM only (`element.style.setProperty`), first render included.
 *
 * Why not Lit's `styleMap`: on first render it writes a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks, so badges lost their
 * colour and the grid its layout on such sites. Setting properties through the CSSOM is not an
 * inline style in the CSP's sense and is never blocked.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() only binds to the style attribute');
    }
  }

  override render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      current.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.previous = current;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
