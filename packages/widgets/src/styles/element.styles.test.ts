import { afterEach, describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { cardStyles } from '../workshop-card/workshop-card.styles.js';
import { elementStyles } from './element.styles.js';

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

/**
 * A 320-px box scrolling sideways if anything overflows it, holding a right-aligned line that
 * ends with a visually hidden text: where the line ends, at the box's very edge, the hidden
 * text starts.
 */
function narrowLine(styles: CSSResult): HTMLElement {
  const host = document.createElement('div');
  hosts.push(host);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = styles.styleSheet!;
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = `<div class="box" style="inline-size: 320px; overflow: auto; position: relative">
      <p style="margin: 0; text-align: end">Visible text<span class="vh">, read aloud only</span></p>
    </div>`;
  return root.querySelector<HTMLElement>('.box')!;
}

describe('.vh (visually hidden)', () => {
  for (const [name, styles] of [
    ['the elements’ styles', elementStyles],
    ['the cards’ styles', cardStyles],
  ] as const) {
    it(`never widens a narrow box by its pixel, in ${name}`, () => {
      const box = narrowLine(styles);
      expect(box.scrollWidth).toBe(box.clientWidth);
      const hidden = box.querySelector('.vh')!.getBoundingClientRect();
      expect(hidden.width).toBe(1);
    });
  }
});
