/**
 * `npm run bench:map`: the network map's frame time on the 30,000-connection demo (issue 8,
 * "smooth at 30,000 nodes"; goal under 16 ms a frame). Generates and imports the demo, times the
 * map's build on the server, builds the web app with Vite, serves it (startServer), opens the
 * network page in Debian's Chromium (headless, WebGL through SwiftShader: this machine has no
 * GPU, so these are software-rendering figures, an upper bound for a real GPU), then pans and
 * zooms with the mouse for a few seconds while the page records requestAnimationFrame
 * intervals. Prints figures; asserts nothing.
 *
 * A frame's time is the interval between two animation frames: Chromium paces them at 60 Hz
 * (16.7 ms), so a frame that needs more than that shows as a longer interval. Frames are
 * recorded from the first input to 400 ms after the last, so the frames that draw the ties
 * again when the camera stops (hideEdgesOnMove) are counted too.
 *
 * Options: --store DIR reuses a store that already holds the demo (skips generating and
 * importing it); --seconds N drives the camera for about N seconds (default 6).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { writeDemoExport } from '../demo/generate-demo-export.js';
import { importFiles } from '../services/import-files.js';
import { buildNetworkMap, type NetworkMap } from '../services/network-map.js';
import { scoreNetwork } from '../services/recommend.js';
import { openSqliteStore } from '../services/store-access.js';
import { startServer } from '../server/start-server.js';

const CHROMIUM = '/usr/bin/chromium';
const FRAME_GOAL_MS = 16;
const here = dirname(fileURLToPath(import.meta.url));

function readOption(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const since = (start: number) => performance.now() - start;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Pans and zooms like a user: drags across the canvas and wheel turns in and out. */
async function driveCamera(page: Page, seconds: number): Promise<void> {
  const box = await page.locator('.network-map').boundingBox();
  if (!box) throw new Error('the map has no size');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const pause = (t: number) => page.waitForTimeout(t);
  const until = performance.now() + seconds * 1000;
  let round = 0;
  while (performance.now() < until) {
    const direction = round % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 30; step += 1) {
      await page.mouse.move(cx + direction * step * 8, cy + direction * step * 4);
      await pause(16);
    }
    await page.mouse.up();
    await pause(300);
    for (let turn = 0; turn < 4; turn += 1) {
      await page.mouse.wheel(0, direction * -240);
      await pause(120);
    }
    await pause(300);
    round += 1;
  }
}

const work = mkdtempSync(join(tmpdir(), 'weakties-bench-map-'));
try {
  const given = readOption('--store');
  const seconds = Number(readOption('--seconds') ?? 6);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium`);
  }
  console.log(`weakties network map benchmark (node ${process.version}, ${process.platform})`);
  let started = performance.now();
  const store = await openSqliteStore({ dir: given ?? join(work, 'store') });
  if (!given) {
    const zip = await writeDemoExport(work, { connections: 30_000, messages: 200_000 });
    await importFiles(store, [zip]);
    console.log(`demo of 30,000 connections generated and imported in ${ms(since(started))}`);
  }

  started = performance.now();
  const scored = await scoreNetwork(store);
  const scoreMs = since(started);
  started = performance.now();
  const map: NetworkMap = await buildNetworkMap(store, { scored });
  const mapMs = since(started);
  const body = JSON.stringify(map);
  const nodeCount = map.nodes.id.length;
  const edgeCount = map.edges.length / 2;
  console.log(
    `map: ${nodeCount.toLocaleString('en')} people, ${edgeCount.toLocaleString('en')} ties, ` +
      `${map.clusters.length.toLocaleString('en')} clusters; ` +
      `left off by the bounds: ${map.omitted.people} people, ${map.omitted.ties} ties`,
  );
  console.log(
    `server: scoring ${ms(scoreMs)} (cached per day), map build (clusters + layout) ${ms(mapMs)}, ` +
      `JSON ${(body.length / 1e6).toFixed(1)} MB, gzipped ${(gzipSync(body).length / 1e6).toFixed(2)} MB`,
  );

  started = performance.now();
  const webDir = join(work, 'web');
  await build({
    configFile: resolve(here, '../../vite.config.ts'),
    build: { outDir: webDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  console.log(`web app built with Vite in ${ms(since(started))}`);

  const server = await startServer(store, { port: 0, webDir });
  const context = await chromium.launchPersistentContext(join(work, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      // WebGL without a GPU: ANGLE on SwiftShader (the default on Debian's Chromium; explicit
      // so a newer Chromium does not refuse the software fallback).
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Records when the map first rendered, and every animation frame while asked to.
    await page.addInitScript(() => {
      const state = { renderedAt: 0, recording: false, frames: [] as number[] };
      Object.assign(window, { mapBench: state });
      new MutationObserver(() => {
        if (!state.renderedAt && document.querySelector('.network-map[data-rendered]')) {
          state.renderedAt = performance.now();
        }
      }).observe(document, { subtree: true, attributes: true, childList: true });
      const tick = (at: number) => {
        if (state.recording) state.frames.push(at);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2';
    });
    console.log(`browser: Chromium headless, 1280x800, WebGL renderer: ${renderer}`);

    // The server's own cache starts empty: this request scores and builds the map, and the
    // page's request then finds it cached.
    started = performance.now();
    await page.request.get(`${server.url}api/graph/network`);
    console.log(`GET /api/graph/network, first request (scoring + map): ${ms(since(started))}`);
    await page.goto(`${server.url}network`);
    await page.locator('.network-map[data-rendered]').waitFor({ timeout: 120_000 });
    const first = await page.evaluate(() => {
      const bench = (window as unknown as { mapBench: { renderedAt: number } }).mapBench;
      const api = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/api/graph/network'));
      return {
        renderedAt: bench.renderedAt,
        apiMs: api ? api.duration : NaN,
        transferred: api && 'encodedBodySize' in api ? Number(api.encodedBodySize) : NaN,
      };
    });
    console.log(
      `time to first render: ${ms(first.renderedAt)} from navigation ` +
        `(of which the map request ${ms(first.apiMs)}, ${(first.transferred / 1e6).toFixed(2)} MB over the wire)`,
    );

    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const bench = (window as unknown as { mapBench: { recording: boolean } }).mapBench;
      bench.recording = true;
    });
    await driveCamera(page, seconds);
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => {
      const bench = (window as unknown as { mapBench: { recording: boolean; frames: number[] } })
        .mapBench;
      bench.recording = false;
      return bench.frames;
    });
    const intervals = frames.slice(1).map((at, i) => at - frames[i]!);
    const sorted = [...intervals].sort((a, b) => a - b);
    const mean = intervals.reduce((sum, v) => sum + v, 0) / Math.max(1, intervals.length);
    const slow = intervals.filter((v) => v > 1000 / 60 + 4).length;
    console.log(
      `frames while panning and zooming for ${seconds} s: ${intervals.length} ` +
        `(${(intervals.length / ((frames.at(-1)! - frames[0]!) / 1000)).toFixed(0)} per second)`,
    );
    console.log(
      `frame time: mean ${mean.toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms; ` +
        `${slow} frames over 20 ms`,
    );
    console.log(
      `goal: under ${FRAME_GOAL_MS} ms a frame (60 frames a second pace frames at 16.7 ms; a mean at ` +
        `that pace means no frame was late)`,
    );
  } finally {
    await context.close();
    await server.close();
    await store.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
