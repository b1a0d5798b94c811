/**
 * Writing iCalendar content lines (RFC 5545, section 3.1) straight into UTF-8 octets.
 *
 * A value goes through three rules at once, one UTF-16 unit at a time:
 * - cleaning: control characters are dropped (TAB excepted), lone surrogates become U+FFFD,
 *   exactly as `cleanText` does, so nothing in the data can end a line or confuse a reader;
 * - escaping (TEXT values, section 3.3.11): `\ ; ,` get a backslash, line breaks become `\n`;
 * - folding: a line longer than 75 octets of UTF-8 continues on the next physical line after
 *   CRLF and one space, which counts in that line's 75 octets. Lines break only between code
 *   points, never inside a multi-byte character or a surrogate pair, nor inside an escape.
 *
 * Why octets and not strings: folding counts octets, so a writer of strings has to work out
 * every character's UTF-8 length anyway, and then builds the file from thousands of slices and
 * joins. Writing the octets themselves makes the count free. They go into a buffer of 64 KiB
 * handed to a sink each time it fills (`writeICalendar` gives it to its caller; `toICalendar`
 * decodes it into a string and joins those strings at the end). A buffer the size of the whole
 * file cost more than the writing itself: the first touch of megabytes of fresh memory is slow
 * on the virtual machines that run CI, which a sink that writes each chunk out never pays at
 * all (see BENCHMARKS.md).
 */

const MAX_OCTETS = 75;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const BACKSLASH = 0x5c;
const LETTER_N = 0x6e;

/** How an ASCII unit is written. */
const COPY = 0;
const DROP = 1;
/** `\ ; ,`: escaped in TEXT, copied in raw values. */
const SPECIAL = 2;
/** LF and CR: `\n` in TEXT, dropped in raw values. */
const LINE_BREAK = 3;

const ASCII_KIND = new Uint8Array(0x80).map((_, code) => {
  if (code === BACKSLASH || code === SEMICOLON || code === COMMA) return SPECIAL;
  if (code === LF || code === CR) return LINE_BREAK;
  if (code === TAB) return COPY;
  return code < 0x20 || code === 0x7f ? DROP : COPY;
});

let decoder: InstanceType<typeof TextDecoder> | undefined;

/**
 * Octets handed on at a time: small enough to stay reused memory (under the 128 KiB past which
 * engines give a buffer fresh pages of its own), large enough to decode or write out fast.
 */
const CHUNK_OCTETS = 1 << 16;

/**
 * Receives the octets of a file in order. `octets` is a view of a buffer that is written over
 * once the sink returns: write it out or copy it before returning.
 */
export type OctetSink = (octets: Uint8Array) => void;

/** Builds an iCalendar object, one content line after another. */
export class ContentLines {
  #bytes = new Uint8Array(CHUNK_OCTETS);
  #length = 0;
  readonly #sink: OctetSink;
  /** Without a sink of the caller's: the text of the chunks written so far. */
  readonly #text: string[] | undefined;
  /** Octets on the current physical line. */
  #octets = 0;

  /** Hands the octets to `sink` as chunks fill; without one, keeps them as text (`toString`). */
  constructor(sink?: OctetSink) {
    if (sink !== undefined) {
      this.#sink = sink;
    } else {
      const text: string[] = [];
      this.#text = text;
      this.#sink = (octets) => {
        decoder ??= new TextDecoder();
        text.push(decoder.decode(octets));
      };
    }
  }

  /** Adds a whole line, e.g. `BEGIN:VEVENT`, cleaned and folded like any other. */
  literal(line: string): this {
    this.#write(line, false);
    return this.end();
  }

  /** Starts a content line with `NAME:`; follow with `text`/`raw` calls, then `end`. */
  property(name: string): this {
    this.#write(name, false);
    this.#reserve(1);
    this.#bytes[this.#length++] = COLON;
    this.#octets += 1;
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
    this.#reserve(2);
    this.#bytes[this.#length++] = CR;
    this.#bytes[this.#length++] = LF;
    this.#octets = 0;
    return this;
  }

  /** Hands the octets written since the last chunk to the sink. */
  flush(): this {
    if (this.#length === 0) return this;
    const length = this.#length;
    // Emptied first, so that a sink which throws leaves no octets to be handed on twice.
    this.#length = 0;
    this.#sink(this.#bytes.subarray(0, length));
    return this;
  }

  /** The text written so far, when no sink was given. */
  toString(): string {
    if (this.#text === undefined) throw new TypeError('These content lines go to a sink.');
    this.flush();
    return this.#text.length === 1 ? this.#text[0]! : this.#text.join('');
  }

  /**
   * Makes room for `octets` more. Called before each value, so a chunk never ends inside a
   * character.
   */
  #reserve(octets: number): void {
    if (this.#length + octets <= this.#bytes.length) return;
    this.flush();
    if (octets > this.#bytes.length) this.#bytes = new Uint8Array(octets);
  }

  #write(value: string, escape: boolean): void {
    const length = value.length;
    // A unit takes at most 3 octets (an escape 2, a pair 4 for two units), and at most one
    // fold of 3 octets comes per 71 octets of value: 4 per unit is always enough.
    this.#reserve(length * 4 + 4);
    const bytes = this.#bytes;
    let at = this.#length;
    let octets = this.#octets;
    // The fold is written out in each branch: one shared path for all units measured 7% slower
    // on a 10,000-workshop export.
    for (let i = 0; i < length; i++) {
      let code = value.charCodeAt(i);
      if (code < 0x80) {
        let kind = ASCII_KIND[code]!;
        if (kind !== COPY && !escape) {
          if (kind !== SPECIAL) continue;
          kind = COPY; // `\ ; ,` in a raw value
        }
        if (kind === COPY) {
          if (octets === MAX_OCTETS) {
            bytes[at++] = CR;
            bytes[at++] = LF;
            bytes[at++] = SPACE;
            octets = 1;
          }
          bytes[at++] = code;
          octets += 1;
          continue;
        }
        if (kind === DROP) continue;
        // An escape: two octets that stay on one line.
        if (kind === LINE_BREAK) {
          if (code === CR && value.charCodeAt(i + 1) === LF) i += 1; // CRLF is one break
          code = LETTER_N;
        }
        if (octets + 2 > MAX_OCTETS) {
          bytes[at++] = CR;
          bytes[at++] = LF;
          bytes[at++] = SPACE;
          octets = 1;
        }
        bytes[at++] = BACKSLASH;
        bytes[at++] = code;
        octets += 2;
        continue;
      }
      let size: number;
      if (code < 0x800) {
        if (code < 0xa0) continue; // C1 controls
        size = 2;
      } else if ((code & 0xf800) === 0xd800) {
        const low = value.charCodeAt(i + 1);
        if (code < 0xdc00 && (low & 0xfc00) === 0xdc00) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 1;
          size = 4;
        } else {
          code = 0xfffd; // a lone surrogate
          size = 3;
        }
      } else {
        size = 3;
      }
      if (octets + size > MAX_OCTETS) {
        bytes[at++] = CR;
        bytes[at++] = LF;
        bytes[at++] = SPACE;
        octets = 1;
      }
      if (size === 2) {
        bytes[at++] = 0xc0 | (code >> 6);
      } else if (size === 3) {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      } else {
        bytes[at++] = 0xf0 | (code >> 18);
        bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      }
      bytes[at++] = 0x80 | (code & 0x3f);
      octets += size;
    }
    this.#length = at;
    this.#octets = octets;
  }
}
