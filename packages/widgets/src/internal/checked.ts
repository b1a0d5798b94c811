/**
 * A checkbox's state that renders on a server as well as in the browser. Lit's server renderer
 * writes a `.checked=${false}` binding as the attribute `checked="false"`, which HTML reads as
 * checked; a `?checked` binding alone sets only the initial state, which a visitor's click
 * makes stale. So a box takes both:
 *
 *   <input type="checkbox" ?checked=${on} ${checkedState(on)} />
 *
 * `?checked` gives the server's HTML (and the first state); `checkedState` keeps the box's live
 * state equal to `on` on every update in the browser (an element part, which a server skips).
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CheckedStateDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checkedState() belongs on an <input>.');
  }

  render(_checked: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]) {
    const input = part.element as HTMLInputElement;
    if (input.checked !== checked) input.checked = checked;
    return nothing;
  }
}

/** Keeps a checkbox's live state equal to `checked` (see the module's comment). */
export const checkedState = directive(CheckedStateDirective);
