/**
 * `weakties import-edges <file>` (issue 5, item 2): ties among the user's contacts that the user
 * knows of, from an edge list (`a b` per line, SNAP style: docs/formats.md section 8) or a CSV of
 * profile-URL pairs. Each end is a person id, a profile URL or an email of someone already in
 * the store. A bad line is an issue with its line number and never aborts the file; the edges
 * land in one transaction, and a re-import is a no-op (one row per pair and source).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../core/app-error.js';
import { normaliseEmail } from '../core/email-address.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type { NodeId } from '../graph/compact-graph.js';
import { parseEdgeList } from '../graph/parse-edge-list.js';
import { createImportRun, finishImportRun } from '../store/import-runs-store.js';
import {
  insertImportedEdges,
  loadEdgeIdentityKeys,
  loadNetworkPeople,
} from '../store/network-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';

export type EdgeFileFormat = 'edge-list' | 'profile-url-csv';

export interface EdgeImportIssue {
  code: string;
  file: string;
  /** 1-based line number. */
  line: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** One end of an edge as the file names it. */
export type EdgeEnd =
  { kind: 'person-id'; value: number } | { kind: 'profile-url' | 'email'; value: string };

export interface ParsedEdge {
  a: EdgeEnd;
  b: EdgeEnd;
  line: number;
}

export interface EdgeFileParse {
  format: EdgeFileFormat;
  edges: ParsedEdge[];
  issues: EdgeImportIssue[];
}

export interface ParseEdgeFileOptions {
  /** Edges read at most; default 1,000,000 (design choice: far above a 30,000-contact network's). */
  maxEdges?: number;
  /** Issues listed one by one before a summary line; default 100 (design choice). */
  maxIssues?: number;
}

/** Largest file read; design choice: 64 MB holds a million URL pairs. */
export const MAX_EDGE_FILE_BYTES = 64 * 1024 * 1024;
const MAX_LINE_LENGTH = 4_096;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Reads an edge file's text (pure). The format is a CSV when its first data line has a comma;
 * a CSV's first line is a header when neither of its cells names a person.
 */
export function parseEdgeFile(
  text: string,
  file: string,
  options: ParseEdgeFileOptions = {},
): EdgeFileParse {
  const maxEdges = options.maxEdges ?? 1_000_000;
  const maxIssues = options.maxIssues ?? 100;
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(LINE_BREAK);
  const edges: ParsedEdge[] = [];
  const issues: EdgeImportIssue[] = [];
  let suppressed = 0;
  const report = (issue: Omit<EdgeImportIssue, 'file'>): void => {
    if (issues.length < maxIssues) issues.push({ ...issue, file });
    else suppressed += 1;
  };
  const firstData = lines.find((l) => l.trim() !== '' && !/^\s*[#%]/.test(l));
  const format: EdgeFileFormat = firstData?.includes(',') ? 'profile-url-csv' : 'edge-list';
  let hasSeenData = false;
  let hasReportedExtra = false;
  for (let i = 0; i < lines.length; i += 1) {
    const lineText = lines[i]!;
    const line = i + 1;
    if (edges.length >= maxEdges) {
      report({
        code: 'too-many-edges',
        line,
        message: `stopped after ${maxEdges} edges; the rest of the file was not read`,
        severity: 'error',
      });
      break;
    }
    let ends: [NodeId, NodeId] | undefined;
    if (format === 'edge-list') {
      // The SNAP rules (comments, blanks, tabs, self-loops) are parse-edge-list.ts's, line by
      // line so that every edge keeps its line number for provenance.
      const parsed = parseEdgeList(lineText, { maxLineLength: MAX_LINE_LENGTH });
      for (const issue of parsed.issues) {
        if (issue.code === 'extra-columns') {
          if (hasReportedExtra) continue;
          hasReportedExtra = true;
        }
        report({ code: issue.code, line, message: issue.message, severity: issue.severity });
      }
      const edge = parsed.edges[0];
      if (edge) ends = [edge.source, edge.target];
    } else {
      if (lineText.trim() === '' || /^\s*#/.test(lineText)) continue;
      if (lineText.length > MAX_LINE_LENGTH) {
        report({
          code: 'line-too-long',
          line,
          message: `line of ${lineText.length} characters; at most ${MAX_LINE_LENGTH}`,
          severity: 'error',
        });
        continue;
      }
      const cells = lineText.split(',').map((c) =>
        c
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .trim(),
      );
      const isFirst = !hasSeenData;
      hasSeenData = true;
      if (cells.length < 2 || cells[0] === '' || cells[1] === '') {
        report({
          code: 'bad-line',
          line,
          message: 'expected two profile URLs separated by a comma',
          severity: 'error',
        });
        continue;
      }
      const a = cells[0]!;
      const b = cells[1]!;
      if (isFirst && readEnd(a) === undefined && readEnd(b) === undefined) continue;
      ends = [/^\d+$/.test(a) ? Number(a) : a, /^\d+$/.test(b) ? Number(b) : b];
    }
    if (!ends) continue;
    const a = readEnd(ends[0]);
    const b = readEnd(ends[1]);
    if (a === undefined || b === undefined) {
      const bad = a === undefined ? ends[0] : ends[1];
      report({
        code: 'not-a-person',
        line,
        message: `"${String(bad).slice(0, 200)}" is not a person id, profile URL or email`,
        severity: 'error',
      });
      continue;
    }
    edges.push({ a, b, line });
  }
  if (suppressed > 0) {
    issues.push({
      code: 'too-many-issues',
      file,
      line: issues[issues.length - 1]?.line ?? 0,
      message: `${suppressed} further issues not listed`,
      severity: 'warning',
    });
  }
  return { format, edges, issues };
}

function readEnd(raw: NodeId): EdgeEnd | undefined {
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw > 0 ? { kind: 'person-id', value: raw } : undefined;
  }
  if (/linkedin\.com\//i.test(raw)) {
    const url = normaliseProfileUrl(raw);
    return url ? { kind: 'profile-url', value: url } : undefined;
  }
  if (raw.includes('@')) {
    const email = normaliseEmail(raw);
    return email ? { kind: 'email', value: email } : undefined;
  }
  return undefined;
}

export interface ImportEdgesOptions {
  accountId?: number;
  now?: Date;
}

export interface ImportEdgesSummary {
  runId: number | null;
  file: string;
  format: EdgeFileFormat;
  /** Edges read from the file, and how many were new to the store. */
  edgesRead: number;
  imported: number;
  alreadyStored: number;
  issues: EdgeImportIssue[];
}

/** Reads, resolves and stores an edge file in one transaction. */
export async function importEdges(
  store: Store,
  path: string,
  options: ImportEdgesOptions = {},
): Promise<ImportEdgesSummary> {
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  const now = (options.now ?? new Date()).toISOString();
  const file = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('invalid-input', `${path} is not a file`);
    if (info.size > MAX_EDGE_FILE_BYTES) {
      throw new AppError(
        'too-large',
        `${file} has ${info.size} bytes; an edge file may have at most ${MAX_EDGE_FILE_BYTES}`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not-found', `cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = parseEdgeFile(bytes.toString('utf8'), file);
  const issues = [...parsed.issues];

  const [people, keys] = await Promise.all([
    loadNetworkPeople(store.db, accountId),
    loadEdgeIdentityKeys(store.db, accountId),
  ]);
  const personIds = new Set(people.map((p) => p.id));
  const byKey = new Map<string, number>();
  // Keys are ordered by person id, so a key two people share names the older one.
  for (const k of keys) {
    const key = `${k.kind}:${k.value}`;
    if (!byKey.has(key)) byKey.set(key, k.personId);
  }
  const resolve = (end: EdgeEnd): number | undefined =>
    end.kind === 'person-id'
      ? personIds.has(end.value)
        ? end.value
        : undefined
      : byKey.get(`${end.kind}:${end.value}`);

  const rows: Parameters<typeof insertImportedEdges>[1][number][] = [];
  const seen = new Set<string>();
  for (const edge of parsed.edges) {
    const a = resolve(edge.a);
    const b = resolve(edge.b);
    if (a === undefined || b === undefined) {
      const missing = a === undefined ? edge.a : edge.b;
      issues.push({
        code: 'unknown-person',
        file,
        line: edge.line,
        message: `nobody in your network has ${missing.kind} ${String(missing.value).slice(0, 200)}; import their data first`,
        severity: 'error',
      });
      continue;
    }
    if (a === b) {
      issues.push({
        code: 'self-loop',
        file,
        line: edge.line,
        message: 'both ends are the same person; line skipped',
        severity: 'info',
      });
      continue;
    }
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    if (seen.has(`${low} ${high}`)) continue;
    seen.add(`${low} ${high}`);
    rows.push({
      accountId,
      a: low,
      b: high,
      weight: 1,
      source: parsed.format,
      runId: 0,
      sourceFile: file,
      sourceLine: edge.line,
    });
  }
  issues.sort((x, y) => x.line - y.line);

  if (rows.length === 0) {
    return {
      runId: null,
      file,
      format: parsed.format,
      edgesRead: parsed.edges.length,
      imported: 0,
      alreadyStored: 0,
      issues,
    };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return store.db.transaction().execute(async (trx) => {
    const runId = await createImportRun(trx, {
      accountId,
      source: parsed.format,
      inputName: file,
      sha256,
      startedAt: now,
    });
    const imported = await insertImportedEdges(
      trx,
      rows.map((r) => ({ ...r, runId })),
    );
    const summary: ImportEdgesSummary = {
      runId,
      file,
      format: parsed.format,
      edgesRead: parsed.edges.length,
      imported,
      alreadyStored: rows.length - imported,
      issues,
    };
    await finishImportRun(trx, accountId, runId, new Date().toISOString(), {
      imported: { imported_edges: imported },
      issues: issues.length,
    });
    return summary;
  });
}
