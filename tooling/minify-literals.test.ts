import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplateLiterals } from './minify-literals.js';

describe('minifyCss', () => {
  it('drops comments and the white space around punctuation', () => {
    expect(
      minifyCss('\n  /* why */\n  .a ,\n  .b > .c {\n    color : red;\n    margin: 0 1px;\n  }\n'),
    ).toBe(' .a,.b>.c{color :red;margin:0 1px}');
  });

  it('keeps descendant combinators and quoted strings exactly', () => {
    expect(minifyCss(`.chip[aria-pressed='true'] .label::before { content: '✓ ,  ' ; }`)).toBe(
      `.chip[aria-pressed='true'] .label::before{content:'✓ ,  '}`,
    );
    expect(minifyCss(`dt::after { content: var(--colon, " :"); }`)).toBe(
      `dt::after{content:var(--colon," :")}`,
    );
  });
});

describe('minifyHtml', () => {
  it('turns line breaks and indents into one space, and leaves single spaces alone', () => {
    expect(minifyHtml('<ul>\n      <li>a</li>\n    </ul> <b>x</b>')).toBe(
      '<ul> <li>a</li> </ul> <b>x</b>',
    );
  });
});

describe('minifyTemplateLiterals', () => {
  it('minifies html and css templates, nested ones included, and nothing else', () => {
    const source = [
      'const styles = css`',
      '  .a {',
      '    color: red;',
      '  }',
      '`;',
      'const view = html`<div>',
      '  ${items.map((item) => html`<p>',
      '    ${item}',
      '  </p>`)}',
      '  <span>${a} ${b}</span>',
      '</div>`;',
      'const text = `keep',
      '   this`;',
      'const other = sql`SELECT\n   1`;',
    ].join('\n');
    expect(minifyTemplateLiterals(source)).toBe(
      [
        'const styles = css` .a{color:red}`;',
        'const view = html`<div> ${items.map((item) => html`<p> ${item} </p>`)} <span>${a} ${b}</span> </div>`;',
        'const text = `keep',
        '   this`;',
        'const other = sql`SELECT\n   1`;',
      ].join('\n'),
    );
  });
});
