import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoExport } from '../demo/generate-demo-export.js';
import { importFiles } from './import-files.js';
import { findClusters, findPaths, summariseNetwork } from './network-analysis.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
const now = new Date('2026-11-01T00:00:00Z');

beforeAll(async () => {
  store = await openTempStore();
  const { zip, fileName } = await generateDemoExport();
  const path = join(store.dir, fileName);
  writeFileSync(path, zip);
  await importFiles(store, [path], { now });
}, 60_000);
afterAll(async () => {
  await store.cleanup();
});

describe('the network engine on the default demo export', () => {
  it('labels every cluster, mostly by employer', async () => {
    const report = await findClusters(store, { now });
    expect(report.clusters.length).toBeGreaterThan(10);
    for (const cluster of report.clusters) expect(cluster.label.trim()).not.toBe('');
    expect(report.clusters[0]?.basis.kind).toBe('employer');
    expect(report.clusters[0]?.label).toBe(report.clusters[0]?.basis.name);
  });

  it('finds explained introduction paths into the largest employer cluster', async () => {
    const clusters = await findClusters(store, { now });
    const company = clusters.clusters[0]!.basis.name;
    const report = await findPaths(store, { company, now });
    expect(report.targets).toBeGreaterThan(2);
    expect(report.paths.length).toBeGreaterThan(0);
    for (const path of report.paths) {
      expect(path.explanation).toMatch(/^Ask .+ \(.+\) to introduce you to /);
      expect(path.explanation).toContain(`${path.target.name} at ${path.target.company}`);
      expect(path.score).toBeGreaterThan(0);
    }
  });

  it('reports mutual connections as inferred or unknown, never invented', async () => {
    const summary = await summariseNetwork(store);
    // Nothing recorded yet: every count is an estimate from evidence (a company, a shared thread,
    // meeting or group), and a contact with none of it stays unknown rather than guessed.
    expect(summary.mutuals.recorded).toBe(0);
    expect(summary.mutuals.inferred + summary.mutuals.unknown).toBe(summary.people);
    expect(summary.mutuals.inferred).toBeGreaterThanOrEqual(summary.peopleWithTies);
    expect(summary.mutuals.unknown).toBeGreaterThan(0);
    expect(summary.mutuals.unknown).toBeLessThanOrEqual(summary.peopleWithoutTies);
  });
});
