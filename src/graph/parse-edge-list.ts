/**
 * Parser for SNAP-style edge lists (docs/formats.md section 8): one `a b` pair per line, separated by
 * spaces or tabs, `#` comment lines (and `%`, which KONECT copies of SNAP graphs use), blank
 * lines, LF, CRLF or CR line ends, an optional byte-order mark. Pure: text in, edges plus issues
 * out; a bad line is an issue with its 1-based line number and never aborts the file.
 */
import type { EdgeInput, NodeId } from './compact-graph.js';

export type EdgeListIssueCode =
  | 'bad-line'
  | 'bad-weight'
  | 'self-loop'
  | 'extra-columns'
  | 'line-too-long'
  | 'too-many-edges'
  | 'too-many-issues';

export interface EdgeListIssue {
  code: EdgeListIssueCode;
  /** 1-based line number. */
  line: number;
  message: string;
  /** `error`: the line was lost; `warning`: kept but odd; `info`: nothing lost. */
  severity: 'error' | 'warning' | 'info';
}

export interface ParseEdgeListOptions {
  /** Read a third column as the weight (finite, >= 0); default false: extra columns ignored. */
  weighted?: boolean;
  /** Stop after this many edges; default 10,000,000 (design choice: about 1 GB of graph). */
  maxEdges?: number;
  /** Longest line accepted; default 4,096 characters (design choice: ids are short). */
  maxLineLength?: number;
  /** Issues listed one by one before a single summary; default 100 (design choice). */
  maxIssues?: number;
}

export interface EdgeListParse {
  edges: EdgeInput[];
  issues: EdgeListIssue[];
}

const DEFAULTS = { weighted: false, maxEdges: 10_000_000, maxLineLength: 4_096, maxIssues: 100 };
const TAB = 9;
const LINE_FEED = 10;
const VERTICAL_TAB = 11;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const HASH = 35;
const PERCENT = 37;
const DIGIT_ZERO = 48;
const DIGIT_NINE = 57;
const BYTE_ORDER_MARK = 0xfeff;
// 15 digits stay below Number.MAX_SAFE_INTEGER, so the number is exact.
const MAX_NUMERIC_ID_DIGITS = 15;

/**
 * Reads the text in one pass over its characters, without splitting it into line and field
 * strings: a numeric id is computed in place, so an 88,000-line SNAP file costs a few ms.
 */
export function parseEdgeList(text: string, options: ParseEdgeListOptions = {}): EdgeListParse {
  const settings = { ...DEFAULTS, ...options };
  const edges: EdgeInput[] = [];
  const issues: EdgeListIssue[] = [];
  let suppressed = 0;
  const report = (issue: EdgeListIssue): void => {
    if (issues.length < settings.maxIssues) issues.push(issue);
    else suppressed += 1;
  };
  let hasReportedExtraColumns = false;
  // Field bounds of the current line: starts and ends of its first three fields.
  const starts = [0, 0, 0];
  const ends = [0, 0, 0];
  const length = text.length;
  let position = length > 0 && text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  let lineNumber = 0;
  while (position <= length) {
    lineNumber += 1;
    let lineEnd = position;
    while (lineEnd < length) {
      const c = text.charCodeAt(lineEnd);
      if (c === LINE_FEED || c === CARRIAGE_RETURN) break;
      lineEnd += 1;
    }
    const lineStart = position;
    position =
      text.charCodeAt(lineEnd) === CARRIAGE_RETURN && text.charCodeAt(lineEnd + 1) === LINE_FEED
        ? lineEnd + 2
        : lineEnd + 1;
    if (lineEnd - lineStart > settings.maxLineLength) {
      report({
        code: 'line-too-long',
        line: lineNumber,
        message: `line of ${lineEnd - lineStart} characters; at most ${settings.maxLineLength}`,
        severity: 'error',
      });
      continue;
    }
    let fieldCount = 0;
    let i = lineStart;
    while (i < lineEnd) {
      while (i < lineEnd && isBlank(text.charCodeAt(i))) i += 1;
      if (i === lineEnd) break;
      const fieldStart = i;
      while (i < lineEnd && !isBlank(text.charCodeAt(i))) i += 1;
      if (fieldCount < 3) {
        starts[fieldCount] = fieldStart;
        ends[fieldCount] = i;
      }
      fieldCount += 1;
    }
    if (fieldCount === 0) continue;
    const first = text.charCodeAt(starts[0]!);
    if (first === HASH || first === PERCENT) continue;
    if (fieldCount < 2) {
      report({
        code: 'bad-line',
        line: lineNumber,
        message: 'expected two node ids separated by a space or tab',
        severity: 'error',
      });
      continue;
    }
    let weight: number | undefined;
    if (settings.weighted) {
      const field = fieldCount > 2 ? text.slice(starts[2]!, ends[2]!) : undefined;
      weight = field === undefined ? 1 : Number(field);
      if (!Number.isFinite(weight) || weight < 0) {
        report({
          code: 'bad-weight',
          line: lineNumber,
          message: `weight "${field ?? ''}" is not a finite number >= 0`,
          severity: 'error',
        });
        continue;
      }
    }
    if (fieldCount > (settings.weighted ? 3 : 2) && !hasReportedExtraColumns) {
      hasReportedExtraColumns = true;
      report({
        code: 'extra-columns',
        line: lineNumber,
        message: 'columns after the node ids were ignored, here and on any later line',
        severity: 'info',
      });
    }
    const source = readNodeId(text, starts[0]!, ends[0]!);
    const target = readNodeId(text, starts[1]!, ends[1]!);
    if (source === target) {
      report({
        code: 'self-loop',
        line: lineNumber,
        message: `self-loop on ${source} dropped`,
        severity: 'info',
      });
      continue;
    }
    if (edges.length >= settings.maxEdges) {
      report({
        code: 'too-many-edges',
        line: lineNumber,
        message: `stopped after ${settings.maxEdges} edges; the rest of the file was not read`,
        severity: 'error',
      });
      break;
    }
    edges.push(weight === undefined ? { source, target } : { source, target, weight });
  }
  if (suppressed > 0) {
    issues.push({
      code: 'too-many-issues',
      line: issues[issues.length - 1]?.line ?? 0,
      message: `${suppressed} further issues not listed`,
      severity: 'warning',
    });
  }
  return { edges, issues };
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === VERTICAL_TAB || c === FORM_FEED;
}

/**
 * A canonical decimal integer becomes a number, so SNAP ids match numeric ids elsewhere; "007"
 * stays a string, otherwise it would silently merge with "7".
 */
function readNodeId(text: string, start: number, end: number): NodeId {
  const digits = end - start;
  if (digits > MAX_NUMERIC_ID_DIGITS || (digits > 1 && text.charCodeAt(start) === DIGIT_ZERO)) {
    return text.slice(start, end);
  }
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < DIGIT_ZERO || c > DIGIT_NINE) return text.slice(start, end);
    value = value * 10 + (c - DIGIT_ZERO);
  }
  return value;
}
