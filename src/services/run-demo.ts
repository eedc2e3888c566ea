import { mkdir } from 'node:fs/promises';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import type { Store } from '../store/open-store.js';
import { importFiles, type ImportFilesOptions, type ImportSummary } from './import-files.js';
import { computeStats, type NetworkStats } from './network-stats.js';

export interface DemoOptions {
  /** Where the generated export is written. */
  dir: string;
  seed?: number;
  connections?: number;
  messages?: number;
  onProgress?: ImportFilesOptions['onProgress'];
}

/**
 * The README's main job: generate the seeded synthetic export (once; the same seed gives the
 * same bytes), import it into the demo store, and return the network's figures. Running it again
 * finds the export already imported and changes nothing.
 */
export async function runDemo(
  store: Store,
  options: DemoOptions,
): Promise<{ exportPath: string; summary: ImportSummary; stats: NetworkStats }> {
  await mkdir(options.dir, { recursive: true });
  const demoOptions = {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.connections !== undefined ? { connections: options.connections } : {}),
    ...(options.messages !== undefined ? { messages: options.messages } : {}),
  };
  const written = await writeDemoExport(options.dir, demoOptions);
  const summary = await importFiles(store, [written], { onProgress: options.onProgress });
  const stats = await computeStats(store);
  return { exportPath: written, summary, stats };
}
