/**
 * Splits an mbox (or one .eml) into header blocks as bytes stream in, without ever holding a
 * body (docs/formats.md section 5). Memory is bounded by one header block and one chunk, whatever the
 * file's size.
 *
 * - A message starts at a `From ` line only when that line follows a blank line (or starts the
 *   file) and looks like an mbox separator (`From 1654953015393719153@xxx Mon Jan 06 04:49:45
 *   +0000 2020`, 2014 exports without `+0000`): Takeout quotes body lines as `>From `, and
 *   requiring the blank line and the date keeps an unquoted "From my desk…" in a body.
 * - Lines end in LF or CRLF, mixed freely.
 * - The header block ends at the first blank line; a block over `maxHeaderBytes` is cut and
 *   flagged, and the splitter still finds the next message.
 * - Bodies are skipped by searching for `\nFrom ` natively (Buffer#indexOf), never line by line.
 */

export interface SplitMessage {
  /** 1-based position of the message in the file (the SourceRef line of its records). */
  number: number;
  /** The `From ` separator line, latin-1 decoded, or undefined for an .eml. */
  separator?: string;
  header: Uint8Array;
  /** The header block was longer than the bound and was cut. */
  isHeaderCut: boolean;
}

/**
 * Largest header block kept (design choice, from the brief: Gmail headers with ARC, DKIM and
 * dozens of Received lines are tens of KiB; 256 KiB is far beyond any real message).
 */
export const DEFAULT_MAX_HEADER_BYTES = 256 * 1024;

/** Longest `From ` separator line kept (design choice: real ones are under 100 bytes). */
const MAX_SEPARATOR_BYTES = 1024;

const NL = 0x0a;
const CR = 0x0d;
const NEEDLE = Buffer.from('\nFrom ', 'latin1');
const FROM_SPACE = Buffer.from('From ', 'latin1');
/** Bytes kept across chunks while skipping a body: a `\nFrom ` cut in two is found next time. */
const BODY_CARRY = NEEDLE.length - 1;

// The envelope sender, then an asctime date (`Mon Jan 06 04:49:45`), as mbox writers put it;
// "From the office at 10:30" in an unquoted body does not match.
const SEPARATOR_LINE = /^From \S+ +[A-Za-z]{3},? +[A-Za-z]{3} +\d{1,2} +\d{1,2}:\d{2}/;

const enum State {
  Start,
  Separator,
  Headers,
  Body,
}

export function isSeparatorLine(line: string): boolean {
  return SEPARATOR_LINE.test(line);
}

export class MboxSplitter {
  private state = State.Start;
  /** The two bytes before the current buffer, in stream order (-1 when none). */
  private prev1 = -1;
  private prev2 = -1;
  private carry: Uint8Array | undefined;
  private headerParts: Uint8Array[] = [];
  private headerBytes = 0;
  private isHeaderCut = false;
  /** Length of the header line in progress, and whether its last byte so far is CR. */
  private lineLength = 0;
  private lineEndsInCr = false;
  private separatorParts: Uint8Array[] = [];
  private separatorBytes = 0;
  private separatorFromBody = false;
  private currentSeparator: string | undefined;
  private count = 0;
  private startBytes: Uint8Array | undefined;

  constructor(
    private readonly emit: (message: SplitMessage) => void,
    private readonly maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES,
  ) {}

  /** Feeds the next chunk of the file. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    let input = chunk;
    if (this.state === State.Start) {
      input = this.startBytes ? concat(this.startBytes, chunk) : chunk;
      const { offset, isDecided } = this.begin(input);
      if (!isDecided) {
        // Only the few undecided bytes after leading blank lines are kept.
        this.startBytes = input.slice(offset);
        return;
      }
      this.startBytes = undefined;
      input = input.subarray(offset);
      if (input.length === 0) return;
    }
    const buf = this.carry ? concat(this.carry, input) : input;
    this.carry = undefined;
    this.scan(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
  }

  /** Ends the file: a message whose header block never ended is emitted as it is. */
  end(): void {
    if (this.state === State.Start && this.startBytes) {
      const text = this.startBytes;
      this.startBytes = undefined;
      let offset = 0;
      while (offset < text.length && isBlankByte(text[offset])) offset += 1;
      if (offset === text.length) return;
      this.state = State.Headers;
      this.startMessage(undefined);
      this.scan(Buffer.from(text.buffer, text.byteOffset + offset, text.byteLength - offset));
    }
    if (this.state === State.Separator && !this.separatorFromBody) {
      // The whole file is one separator line and nothing else.
      this.finishSeparator();
    }
    if (this.state === State.Headers) this.emitHeader();
    this.state = State.Body;
  }

  /**
   * Decides how the file starts, skipping a BOM and blank lines: an mbox (`From `) or an .eml
   * (headers right away). Returns the offset to scan from; undecided until 5 bytes are seen.
   */
  private begin(input: Uint8Array): { offset: number; isDecided: boolean } {
    let offset = 0;
    if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) offset = 3;
    else if (input.length < 3 && input[0] === 0xef) return { offset: 0, isDecided: false };
    while (offset < input.length && isBlankByte(input[offset])) offset += 1;
    if (input.length - offset < FROM_SPACE.length) return { offset, isDecided: false };
    const isMbox = FROM_SPACE.every((byte, i) => input[offset + i] === byte);
    if (isMbox) {
      this.state = State.Separator;
      this.separatorFromBody = false;
      this.separatorParts = [];
      this.separatorBytes = 0;
    } else {
      this.state = State.Headers;
      this.startMessage(undefined);
    }
    this.prev1 = -1;
    this.prev2 = -1;
    return { offset, isDecided: true };
  }

  private startMessage(separator: string | undefined): void {
    this.count += 1;
    this.currentSeparator = separator;
    this.headerParts = [];
    this.headerBytes = 0;
    this.isHeaderCut = false;
    this.lineLength = 0;
    this.lineEndsInCr = false;
  }

  private emitHeader(): void {
    const header =
      this.headerParts.length === 1
        ? (this.headerParts[0] ?? new Uint8Array())
        : concatAll(this.headerParts, this.headerBytes);
    const message: SplitMessage = { number: this.count, header, isHeaderCut: this.isHeaderCut };
    if (this.currentSeparator !== undefined) message.separator = this.currentSeparator;
    this.headerParts = [];
    this.headerBytes = 0;
    this.emit(message);
  }

  private keepHeader(buf: Buffer, from: number, to: number): void {
    if (to <= from || this.isHeaderCut) return;
    const room = this.maxHeaderBytes - this.headerBytes;
    if (to - from > room) {
      this.isHeaderCut = true;
      if (room > 0) {
        this.headerParts.push(Uint8Array.prototype.slice.call(buf, from, from + room));
        this.headerBytes += room;
      }
      return;
    }
    // A copy: the caller may reuse its chunk buffers.
    this.headerParts.push(Uint8Array.prototype.slice.call(buf, from, to));
    this.headerBytes += to - from;
  }

  private dropHeaderTail(count: number): void {
    const last = this.headerParts[this.headerParts.length - 1];
    if (!last || this.isHeaderCut) return;
    const keep = Math.max(0, last.length - count);
    this.headerParts[this.headerParts.length - 1] = last.subarray(0, keep);
    this.headerBytes -= last.length - keep;
  }

  private finishSeparator(): boolean {
    const bytes = concatAll(
      this.separatorParts,
      Math.min(this.separatorBytes, MAX_SEPARATOR_BYTES),
    );
    const line = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/\r$/, '');
    this.separatorParts = [];
    this.separatorBytes = 0;
    if (this.separatorFromBody && !isSeparatorLine(line)) {
      this.state = State.Body;
      return false;
    }
    this.state = State.Headers;
    this.startMessage(line);
    return true;
  }

  private byteAt(buf: Buffer, index: number): number {
    if (index >= 0) return buf[index] ?? -1;
    if (index === -1) return this.prev1;
    if (index === -2) return this.prev2;
    return -1;
  }

  private scan(buf: Buffer): void {
    const length = buf.length;
    let pos = 0;
    while (pos < length) {
      if (this.state === State.Body) {
        const found = buf.indexOf(NEEDLE, pos);
        if (found === -1) {
          pos = length;
          break;
        }
        const before = this.byteAt(buf, found - 1);
        const isAfterBlank = before === NL || (before === CR && this.byteAt(buf, found - 2) === NL);
        pos = found + 1;
        if (isAfterBlank) {
          this.state = State.Separator;
          this.separatorFromBody = true;
          this.separatorParts = [];
          this.separatorBytes = 0;
        }
        continue;
      }
      if (this.state === State.Separator) {
        const newline = buf.indexOf(NL, pos);
        const end = newline === -1 ? length : newline;
        if (this.separatorBytes < MAX_SEPARATOR_BYTES) {
          this.separatorParts.push(
            Uint8Array.prototype.slice.call(
              buf,
              pos,
              Math.min(end, pos + MAX_SEPARATOR_BYTES - this.separatorBytes),
            ),
          );
        }
        this.separatorBytes += end - pos;
        if (newline === -1) {
          pos = length;
          break;
        }
        pos = newline + 1;
        if (!this.finishSeparator()) {
          // Not a separator after all: that line was body text; keep skipping from here.
          pos = newline;
        }
        continue;
      }
      // Headers: find the blank line that ends the block, one line at a time.
      const blockStart = pos;
      let isDone = false;
      while (pos < length) {
        const newline = buf.indexOf(NL, pos);
        if (newline === -1) {
          this.lineLength += length - pos;
          this.lineEndsInCr = buf[length - 1] === CR;
          pos = length;
          break;
        }
        const segment = newline - pos;
        const isBlank =
          this.lineLength + segment === 0 ||
          (this.lineLength === 0 && segment === 1 && buf[pos] === CR) ||
          (this.lineLength === 1 && segment === 0 && this.lineEndsInCr);
        const carried = this.lineLength;
        this.lineLength = 0;
        this.lineEndsInCr = false;
        if (isBlank) {
          this.keepHeader(buf, blockStart, pos);
          // The blank line's CR arrived with the previous chunk and was kept; it is not a header.
          if (carried > 0) this.dropHeaderTail(carried);
          this.emitHeader();
          this.state = State.Body;
          // The body search starts at this blank line's LF, so a `From ` right after it splits.
          pos = newline;
          isDone = true;
          break;
        }
        pos = newline + 1;
      }
      if (!isDone) this.keepHeader(buf, blockStart, pos);
    }
    this.remember(buf);
  }

  /** Keeps the context the next chunk needs: the body's last bytes, or the last two bytes seen. */
  private remember(buf: Buffer): void {
    const length = buf.length;
    if (this.state === State.Body && length > 0) {
      const carryStart = Math.max(0, length - BODY_CARRY);
      const p1 = this.byteAt(buf, carryStart - 1);
      const p2 = this.byteAt(buf, carryStart - 2);
      this.carry = Uint8Array.prototype.slice.call(buf, carryStart);
      this.prev1 = p1;
      this.prev2 = p2;
      return;
    }
    const p1 = this.byteAt(buf, length - 1);
    const p2 = this.byteAt(buf, length - 2);
    this.prev1 = p1;
    this.prev2 = p2;
  }
}

function isBlankByte(byte: number | undefined): boolean {
  return byte === NL || byte === CR || byte === 0x20 || byte === 0x09;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function concatAll(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    const take = Math.min(part.length, total - offset);
    if (take <= 0) break;
    out.set(part.subarray(0, take), offset);
    offset += take;
  }
  return out;
}
