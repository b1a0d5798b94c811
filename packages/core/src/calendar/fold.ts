/**
 * Writing iCalendar content lines (RFC 5545, section 3.1) in a single pass over each value.
 *
 * A value goes through three rules at once, character by character:
 * - cleaning: control characters are dropped (TAB excepted), lone surrogates become U+FFFD,
 *   exactly as `cleanText` does, so nothing in the data can end a line or confuse a reader;
 * - escaping (TEXT values, section 3.3.11): `\ ; ,` get a backslash, line breaks become `\n`;
 * - folding: a line longer than 75 octets of UTF-8 continues on the next physical line after
 *   CRLF and one space, which counts in that line's 75 octets. Lines break only between code
 *   points, never inside a multi-byte character or a surrogate pair, nor inside an escape.
 *
 * The loop records slices of the value rather than building strings character by character;
 * `flush` joins them into one string per event, and `toString` joins the events.
 */

const MAX_OCTETS = 75;
const FOLD = '\r\n ';
const CRLF = '\r\n';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const BACKSLASH = 0x5c;

/** Builds the text of an iCalendar object, one content line after another. */
export class ContentLines {
  /** Text written before the last flush, one string per flush. */
  readonly #pieces: string[] = [];
  /** Text written since, in slices. */
  readonly #parts: string[] = [];
  /** Octets on the current physical line. */
  #octets = 0;

  /** Adds a whole line that is known to be ASCII and short, e.g. `BEGIN:VEVENT`. */
  literal(line: string): this {
    this.#parts.push(line, CRLF);
    return this;
  }

  /** Adds content lines already written by another `ContentLines` (its `toString()`). */
  lines(text: string): this {
    this.#parts.push(text);
    return this;
  }

  /** Starts a content line with `NAME:`; follow with `text`/`raw` calls, then `end`. */
  property(name: string): this {
    this.#parts.push(name, ':');
    this.#octets = name.length + 1;
    return this;
  }

  /** Adds `value` as escaped TEXT to the current line. */
  text(value: string): this {
    this.#write(value, true);
    return this;
  }

  /** Adds `value` unescaped (a URI, a separator), still cleaned and folded. */
  raw(value: string): this {
    this.#write(value, false);
    return this;
  }

  /** Ends the current content line. */
  end(): this {
    this.#parts.push(CRLF);
    this.#octets = 0;
    return this;
  }

  /**
   * Ends a component (an event): joins the slices written since the last flush into one
   * string. Keeping every slice until the end would leave the garbage collector hundreds of
   * thousands of small strings to copy in a large export.
   */
  flush(): this {
    if (this.#parts.length > 0) {
      this.#pieces.push(this.#parts.join(''));
      this.#parts.length = 0;
    }
    return this;
  }

  toString(): string {
    return this.flush().#pieces.join('');
  }

  #write(value: string, escape: boolean): void {
    const parts = this.#parts;
    const length = value.length;
    let octets = this.#octets;
    let from = 0; // Start of the slice of `value` not yet in `parts`.
    let i = 0;
    while (i < length) {
      const code = value.charCodeAt(i);
      let size = code < 0x800 ? OCTETS[code]! : 3; // Octets in the output.
      let next = i + 1;
      let replacement: string | undefined; // What to write instead, when not the character.
      if (size === 0) {
        const escaped = ESCAPED[code];
        if (escaped === undefined) {
          replacement = ''; // A control character.
        } else if (!escape) {
          size = 1;
          if (code === LF || code === CR) {
            replacement = '';
            size = 0;
          }
        } else {
          replacement = escaped;
          size = 2;
          if (code === CR && value.charCodeAt(next) === LF) next += 1;
        }
      } else if ((code & 0xf800) === 0xd800) {
        if (code < 0xdc00 && (value.charCodeAt(next) & 0xfc00) === 0xdc00) {
          size = 4;
          next += 1;
        } else {
          replacement = '\uFFFD'; // A lone surrogate.
        }
      }
      if (octets + size > MAX_OCTETS) {
        if (i > from) parts.push(value.slice(from, i));
        parts.push(FOLD);
        from = i;
        octets = 1;
      }
      if (replacement !== undefined) {
        if (i > from) parts.push(value.slice(from, i));
        if (replacement) parts.push(replacement);
        from = next;
      }
      octets += size;
      i = next;
    }
    if (from === 0) parts.push(value);
    else if (from < length) parts.push(value.slice(from));
    this.#octets = octets;
  }
}

/**
 * Octets of the UTF-8 form of each code point below U+0800, or 0 for those written otherwise:
 * the TEXT specials and the control characters (C0 but TAB, DEL, C1).
 */
const OCTETS = new Uint8Array(0x800).map((_, code) => {
  if (code === BACKSLASH || code === SEMICOLON || code === COMMA) return 0;
  if (code === TAB) return 1;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  return code < 0x80 ? 1 : 2;
});

/** The TEXT escapes (RFC 5545, section 3.3.11). */
const ESCAPED: Partial<Record<number, string>> = {
  [BACKSLASH]: '\\\\',
  [SEMICOLON]: '\\;',
  [COMMA]: '\\,',
  [LF]: '\\n',
  [CR]: '\\n',
};

// ---------------------------------------------------------------------------------------------
// Whole lines at once
//
// The exporter writes most lines with the two functions below rather than with `ContentLines`:
// `textValue` escapes a value (and returns it untouched when, as nearly always, nothing in it
// needs escaping or cleaning), and `contentLine` folds a finished `NAME:value` line, returning
// short lines as they are. Each event then costs a few template strings instead of dozens of
// slices, which halved the garbage of a large export. Both follow exactly the rules above; the
// tests hold them to `ContentLines`.

/**
 * Anything `text` would not copy as is: TEXT specials, controls but TAB, lone surrogates (in a
 * `u` regex a surrogate range matches only halves that are not part of a pair).
 */
const NEEDS_ESCAPING = /(?!\t)[\p{Cc}\\;,\uD800-\uDFFF]/u;

/**
 * `value` as escaped, cleaned TEXT, as `ContentLines#text` writes it but not folded. A valid
 * surrogate pair is kept, a lone half becomes U+FFFD.
 */
export function textValue(value: string): string {
  if (!NEEDS_ESCAPING.test(value)) return value;
  let result = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let replacement: string | undefined;
    if ((code < 0x800 && OCTETS[code] === 0) || (code & 0xf800) === 0xd800) {
      if ((code & 0xf800) === 0xd800) {
        if (code < 0xdc00 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          i += 1; // a pair: kept
          continue;
        }
        replacement = '\uFFFD';
      } else {
        replacement = ESCAPED[code] ?? '';
      }
      result += value.slice(from, i) + replacement;
      from = i + 1;
      if (code === CR && value.charCodeAt(i + 1) === LF) {
        i += 1; // CRLF is one line break
        from = i + 1;
      }
    }
  }
  return from === 0 ? value : result + value.slice(from);
}

/**
 * A content line, `NAME:value` already escaped (every backslash starts a two-character escape,
 * and no lone surrogate is left), folded at 75 octets and ended with CRLF.
 */
export function contentLine(line: string): string {
  const length = line.length;
  // No UTF-16 unit takes more than three octets, so 25 units always fit.
  if (length <= MAX_OCTETS / 3) return line + CRLF;
  let octets = 0;
  let i = 0;
  while (i < length && octets <= MAX_OCTETS) {
    const code = line.charCodeAt(i++);
    // A pair's halves count 3 + 1.
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : (code & 0xfc00) === 0xdc00 ? 1 : 3;
  }
  if (octets <= MAX_OCTETS) return line + CRLF;
  return foldLine(line);
}

function foldLine(line: string): string {
  const length = line.length;
  let result = '';
  let from = 0;
  let octets = 0;
  let i = 0;
  while (i < length) {
    const code = line.charCodeAt(i);
    let size = 1;
    let next = i + 1;
    if (code === BACKSLASH) {
      size = 2; // an escape stays on one line
      next += 1;
    } else if (code >= 0x80) {
      if (code < 0x800) size = 2;
      else if ((code & 0xfc00) === 0xd800) {
        size = 4;
        next += 1;
      } else size = 3;
    }
    if (octets + size > MAX_OCTETS) {
      result += line.slice(from, i) + FOLD;
      from = i;
      octets = 1;
    }
    octets += size;
    i = next;
  }
  return result + line.slice(from) + CRLF;
}
