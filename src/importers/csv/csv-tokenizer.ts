/**
 * An RFC 4180 tokenizer for untrusted text fed in chunks, written here rather than taken from
 * csv-parse for two measured reasons (issue 3, "Bad input"; numbers in csv-reader.ts):
 * - csv-parse 7 (sync, relax options) took 1.7-3.3 s on the benchmark's 200,000-row, 52 MB
 *   messages.csv on this shared 2-core machine, more than the whole parse budget; reading it with
 *   this tokenizer took 0.35-0.45 s in the same runs.
 * - csv-parse's `max_record_size` with `skip_records_with_error` returns from its parse loop at the
 *   oversized field and silently drops every later row of the buffer (seen with csv-parse 7.0.3),
 *   so "skip the huge row, keep the rest" cannot be built on it.
 *
 * Leniency, as the exports need it: a quote inside an unquoted field is text; a quote inside a
 * quoted field that is not followed by a quote, delimiter or line end is text too (LinkedIn
 * content with stray quotes); CRLF, LF and lone CR all end a line. Line numbers are physical
 * 1-based lines, counting the line breaks inside quoted fields (messages.csv 2026 variant).
 */

export interface TokenizerLimits {
  /** Longest field kept, in characters of the text fed in (bytes for UTF-8 input, csv-reader.ts). */
  maxFieldChars: number;
  /** Longest row kept, all fields together. */
  maxRowChars: number;
  /** Most fields a row may have. */
  maxFieldsPerRow: number;
}

export type RecordProblem =
  'field-too-large' | 'row-too-large' | 'too-many-fields' | 'unclosed-quote';

export interface RawRecord {
  /** Empty when the record has a problem: its content was not kept. */
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
  problem?: RecordProblem;
  /** 0-based index of the field that was too large. */
  problemField?: number;
}

/** Return `false` to stop reading. */
export type RecordHandler = (record: RawRecord) => boolean | void;

const HIGH = /[\u0080-\uffff]/g;
const LF = 10;
const CR = 13;
const QUOTE = 34;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  AfterCr,
}

export class CsvTokenizer {
  private readonly delimiter: number;
  private state = State.FieldStart;
  private line = 1;
  private recordLine = 1;
  /** The last character seen inside quoted text was a CR (so a following LF is the same line break). */
  private quotedPrevCr = false;
  private fields: string[] = [];
  private field = '';
  private fieldLength = 0;
  private fieldWasQuoted = false;
  private rowLength = 0;
  private problem: RecordProblem | undefined;
  private problemField: number | undefined;
  private stopped = false;
  /** The current field holds a character above U+007F (only tracked with decodeField). */
  private fieldHasHigh = false;
  /** Next position in the chunk being pushed of a character above U+007F. */
  private nextHigh = -1;

  /**
   * @param decodeField applied to each field holding a character above U+007F (csv-reader.ts
   * feeds UTF-8 as Latin-1 "byte strings" and decodes only the fields that are not ASCII).
   */
  constructor(
    delimiter: string,
    private readonly limits: TokenizerLimits,
    private readonly onRecord: RecordHandler,
    private readonly decodeField?: (text: string) => string,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new Error(`unsupported CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  push(text: string): void {
    const n = text.length;
    this.nextHigh = -1;
    const delimiter = this.delimiter;
    // Next LF / CR at or after the scan position inside quoted text, cached so that a field full
    // of escaped quotes does not rescan the chunk for every quote (n means none).
    let nextLf = -1;
    let nextCr = -1;
    let i = 0;
    while (i < n && !this.stopped) {
      switch (this.state) {
        case State.AfterCr:
          if (text.charCodeAt(i) === LF) i += 1;
          this.state = State.FieldStart;
          break;
        case State.FieldStart:
          if (text.charCodeAt(i) === QUOTE) {
            this.fieldWasQuoted = true;
            this.quotedPrevCr = false;
            this.state = State.Quoted;
            i += 1;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          let j = i;
          let c = 0;
          for (; j < n; j += 1) {
            c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
          }
          this.append(text, i, j);
          if (j === n) {
            i = n;
            break;
          }
          this.endField();
          if (c === delimiter) {
            this.state = State.FieldStart;
          } else {
            this.endRecord(c === CR);
          }
          i = j + 1;
          break;
        }
        case State.Quoted: {
          let q = text.indexOf('"', i);
          if (q === -1) q = n;
          if (nextLf < i) nextLf = text.indexOf('\n', i);
          if (nextLf === -1) nextLf = n;
          if (nextCr < i) nextCr = text.indexOf('\r', i);
          if (nextCr === -1) nextCr = n;
          if (nextLf < q || nextCr < q) this.countQuotedLineBreaks(text, i, q);
          else if (q > i) this.quotedPrevCr = false;
          this.append(text, i, q);
          if (q < n) {
            this.state = State.QuoteInQuoted;
            this.quotedPrevCr = false;
          }
          i = q + 1;
          break;
        }
        case State.QuoteInQuoted: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            this.appendQuote();
            this.state = State.Quoted;
            i += 1;
          } else if (c === delimiter) {
            this.endField();
            this.state = State.FieldStart;
            i += 1;
          } else if (c === LF || c === CR) {
            this.endField();
            this.endRecord(c === CR);
            i += 1;
          } else {
            // A stray quote inside quoted text: keep it as text and stay quoted.
            this.appendQuote();
            this.state = State.Quoted;
          }
          break;
        }
      }
    }
  }

  /** Flushes the last record; a quoted field still open at the end is reported, not kept. */
  end(): void {
    if (this.stopped) return;
    if (this.state === State.Quoted) {
      // The open quote is the cause even when the runaway field also grew too large.
      this.fail('unclosed-quote');
      this.problemField = undefined;
      this.endField();
      this.emit();
      return;
    }
    if (this.state === State.AfterCr) return;
    if (this.fields.length > 0 || this.fieldLength > 0 || this.fieldWasQuoted || this.problem) {
      this.endField();
      this.emit();
    }
  }

  private countQuotedLineBreaks(text: string, from: number, to: number): void {
    let prevCr = this.quotedPrevCr;
    for (let k = from; k < to; k += 1) {
      const c = text.charCodeAt(k);
      if (c === CR) {
        this.line += 1;
        prevCr = true;
      } else {
        if (c === LF && !prevCr) this.line += 1;
        prevCr = false;
      }
    }
    this.quotedPrevCr = prevCr;
  }

  private append(text: string, from: number, to: number): void {
    const length = to - from;
    if (length === 0 || this.problem) return;
    if (this.fieldLength + length > this.limits.maxFieldChars) {
      const index = this.fields.length;
      this.fail('field-too-large');
      this.problemField = index;
      return;
    }
    if (this.rowLength + length > this.limits.maxRowChars) {
      this.fail('row-too-large');
      return;
    }
    if (this.decodeField !== undefined && !this.fieldHasHigh) {
      if (this.nextHigh < from) {
        HIGH.lastIndex = from;
        this.nextHigh = HIGH.exec(text)?.index ?? text.length;
      }
      if (this.nextHigh < to) this.fieldHasHigh = true;
    }
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    this.field = this.fieldLength === 0 ? piece : this.field + piece;
    this.fieldLength += length;
    this.rowLength += length;
  }

  /** An escaped `""` inside quotes: one quote of text (ASCII, so no decoding to track). */
  private appendQuote(): void {
    if (this.problem) return;
    if (this.fieldLength + 1 > this.limits.maxFieldChars) {
      const index = this.fields.length;
      this.fail('field-too-large');
      this.problemField = index;
      return;
    }
    if (this.rowLength + 1 > this.limits.maxRowChars) {
      this.fail('row-too-large');
      return;
    }
    this.field = this.fieldLength === 0 ? '"' : `${this.field}"`;
    this.fieldLength += 1;
    this.rowLength += 1;
  }

  private endField(): void {
    if (!this.problem) {
      if (this.fields.length >= this.limits.maxFieldsPerRow) {
        this.fail('too-many-fields');
      } else {
        const decode = this.fieldHasHigh ? this.decodeField : undefined;
        this.fields.push(decode === undefined ? this.field : decode(this.field));
      }
    }
    this.field = '';
    this.fieldLength = 0;
    this.fieldHasHigh = false;
  }

  private fail(problem: RecordProblem): void {
    this.problem = problem;
    this.fields = [];
    this.field = '';
  }

  /** Called after the last field of a record was ended by a line break. */
  private endRecord(endedByCr: boolean): void {
    const isBlankLine =
      !this.problem && this.fields.length === 1 && this.fields[0] === '' && !this.fieldWasQuoted;
    this.line += 1;
    if (isBlankLine) this.reset();
    else this.emit();
    this.state = endedByCr ? State.AfterCr : State.FieldStart;
  }

  private emit(): void {
    const record: RawRecord = { cells: this.fields, line: this.recordLine };
    if (this.problem) record.problem = this.problem;
    if (this.problemField !== undefined) record.problemField = this.problemField;
    this.reset();
    if (this.onRecord(record) === false) this.stopped = true;
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.fieldLength = 0;
    this.fieldWasQuoted = false;
    this.fieldHasHigh = false;
    this.rowLength = 0;
    this.problem = undefined;
    this.problemField = undefined;
    this.recordLine = this.line;
  }
}
