/**
 * One SNAP ego network with profile features (the layout of data/snap-ego-facebook/egos: E.feat,
 * E.featnames, E.edges), read as what a LinkedIn-style export could hold about each contact:
 * employers, schools and locations, plus the true ties among contacts for measuring an estimate
 * against (docs/science.md section 9). Pure: the caller reads the files. Bad lines are reported
 * with file and line and skipped.
 */
import type { ContactAttributes } from './mutual-estimate.js';

export interface SnapEgo {
  /** SNAP ids of the contacts (alters), in E.feat order. */
  ids: number[];
  contacts: ContactAttributes[];
  /** True mutual connections of each contact with the ego: its degree in E.edges. */
  trueMutuals: Int32Array;
  /** Unordered true ties, key u * n + v with u < v (contact indexes). */
  ties: Set<number>;
  issues: string[];
}

/** Feature kinds kept, by the name before ";anonymized" in E.featnames. */
const KINDS: Readonly<Record<string, keyof ContactAttributes>> = {
  'work;employer;id': 'employers',
  'education;school;id': 'schools',
  'location;id': 'locations',
};

export function parseSnapEgo(
  name: string,
  text: { featnames: string; feat: string; edges: string },
): SnapEgo {
  const issues: string[] = [];
  const kindOf = new Map<number, keyof ContactAttributes>();
  text.featnames.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const space = line.indexOf(' ');
    const index = Number(line.slice(0, space));
    if (space < 0 || !Number.isSafeInteger(index)) {
      issues.push(`${name}.featnames:${i + 1}: not "index name"`);
      return;
    }
    const kind = KINDS[line.slice(space + 1).split(';anonymized')[0] ?? ''];
    if (kind) kindOf.set(index, kind);
  });
  const ids: number[] = [];
  const contacts: ContactAttributes[] = [];
  const nodeOf = new Map<number, number>();
  text.feat.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const values = line.split(/\s+/);
    const id = Number(values[0]);
    if (!Number.isSafeInteger(id) || nodeOf.has(id)) {
      issues.push(`${name}.feat:${i + 1}: missing or repeated id`);
      return;
    }
    const c = { employers: [] as string[], schools: [] as string[], locations: [] as string[] };
    for (let k = 1; k < values.length; k += 1) {
      if (values[k] !== '1') continue;
      const kind = kindOf.get(k - 1);
      if (kind) c[kind].push(String(k - 1));
    }
    nodeOf.set(id, contacts.length);
    ids.push(id);
    contacts.push(c);
  });
  const n = contacts.length;
  const ties = new Set<number>();
  text.edges.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const [a, b] = line.split(/\s+/).map(Number);
    const u = nodeOf.get(a ?? Number.NaN);
    const v = nodeOf.get(b ?? Number.NaN);
    if (u === undefined || v === undefined) {
      issues.push(`${name}.edges:${i + 1}: an end is not a contact in ${name}.feat`);
      return;
    }
    if (u !== v) ties.add(Math.min(u, v) * n + Math.max(u, v));
  });
  const trueMutuals = new Int32Array(n);
  for (const key of ties) {
    const u = Math.floor(key / n);
    trueMutuals[u] = trueMutuals[u]! + 1;
    trueMutuals[key - u * n] = trueMutuals[key - u * n]! + 1;
  }
  return { ids, contacts, trueMutuals, ties, issues };
}
