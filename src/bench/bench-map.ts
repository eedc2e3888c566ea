/**
 * `npm run bench:map`: the network map's frame time on the 30,000-connection demo (issue 8,
 * "smooth at 30,000 nodes"; goal under 16 ms a frame). Generates and imports the demo, times the
 * map's build on the server, builds the web app with Vite, serves it (startServer), opens the
 * network page in Debian's Chromium (headless, WebGL through SwiftShader: this machine has no
 * GPU, so these are software-rendering figures, an upper bound for a real GPU), then pans and
 * zooms with the mouse for a few seconds while the page records requestAnimationFrame
 * intervals; once with everybody on the map, then with the page's smaller choices (the 10,000
 * and the 2,000 best connected). Prints figures; asserts nothing.
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
// The page's own choices of how many people to show (network-page.tsx): all, 10,000, 2,000;
// everybody once more with every tie drawn ("Show all ties", off by default at this size).
const RUNS: { people?: number; allTies?: boolean }[] = [
  {},
  { allTies: true },
  { people: 10_000 },
  { people: 2_000 },
];
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

interface PageFigures {
  people: number;
  ties: number;
  renderedAt: number;
  perSecond: number;
  mean: number;
  p95: number;
  p99: number;
  max: number;
  slow: number;
}

/**
 * The floor of any WebGL page on this machine, as the peer: one canvas the size of the map's,
 * cleared every frame and driven by the same mouse, with nothing drawn on it.
 */
const FLOOR_PAGE = `<!doctype html><div class="network-map" style="width:868px;height:560px">
<canvas width="868" height="560"></canvas></div><script>
const gl = document.querySelector('canvas').getContext('webgl2');
const bench = { renderedAt: performance.now(), recording: false, frames: [] };
window.mapBench = bench;
let shade = 0;
const tick = (at) => {
  if (bench.recording) bench.frames.push(at);
  shade = (shade + 0.01) % 1;
  gl.clearColor(shade, shade, shade, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
document.querySelector('.network-map').dataset.rendered = 'true';
</script>`;

/** Opens a page, waits for the map's first render, then drives the camera and times the frames. */
async function measurePage(
  page: Page,
  open: () => Promise<unknown>,
  seconds: number,
  allTies = false,
): Promise<PageFigures> {
  await open();
  await page.locator('.network-map[data-rendered]').waitFor({ timeout: 120_000 });
  if (allTies) {
    await page.getByLabel(/^Show all [\d,]+ ties$/).check();
    // The ties are added in the click's own task; two animation frames later they are drawn.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  const counts = await page.evaluate(() => {
    const lead = document.querySelector('.lead')?.textContent ?? '';
    const ties = document.querySelector<HTMLInputElement>('.map-ties input');
    return { lead, allTies: ties?.checked ?? false };
  });
  const [people = 0, ties = 0] = (
    /^([\d,]+) of [\d,]+ people and ([\d,]+) ties/.exec(counts.lead) ?? []
  )
    .slice(1)
    .map((v) => Number(v.replaceAll(',', '')));
  await page.waitForTimeout(1000);
  const renderedAt = await page.evaluate(() => {
    const bench = (window as unknown as { mapBench: { renderedAt: number; recording: boolean } })
      .mapBench;
    bench.recording = true;
    return bench.renderedAt;
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
  const span = (frames.at(-1)! - frames[0]!) / 1000;
  return {
    people,
    ties: counts.allTies ? ties : 0,
    renderedAt,
    perSecond: intervals.length / span,
    mean: intervals.reduce((sum, v) => sum + v, 0) / Math.max(1, intervals.length),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    slow: intervals.filter((v) => v > 20).length,
  };
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
      `left off by the bounds: ${map.omitted.people} people, ${map.omitted.weakTies} ties`,
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
    // The launch key, traded for its cookie, as a person opening the printed address does.
    await page.goto(server.openUrl);
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
    console.log(
      `\n${'people shown'.padEnd(14)}${'ties drawn'.padStart(11)}${'first render'.padStart(14)}` +
        `${'frames/s'.padStart(10)}${'mean'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}` +
        `${'max'.padStart(9)}${'> 20 ms'.padStart(9)}`,
    );
    const print = (label: string, row: PageFigures, firstRender: string) => {
      const f = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
      console.log(
        `${label.padEnd(14)}${row.ties.toLocaleString('en').padStart(11)}` +
          `${firstRender.padStart(14)}${row.perSecond.toFixed(0).padStart(10)}` +
          `${f(row.mean)}${f(row.p95)}${f(row.p99)}${f(row.max)}${String(row.slow).padStart(9)}`,
      );
    };
    for (const run of RUNS) {
      const url = `${server.url}network${run.people ? `?people=${run.people}` : ''}`;
      const row = await measurePage(page, () => page.goto(url), seconds, run.allTies);
      print(row.people.toLocaleString('en'), row, ms(row.renderedAt));
    }
    // A blank page first: the app's Content-Security-Policy would refuse the floor's script.
    const floor = await measurePage(
      page,
      async () => {
        await page.goto('about:blank');
        await page.setContent(FLOOR_PAGE);
      },
      seconds,
    );
    print('peer: floor', floor, '-');
    console.log(
      `\nframe time = interval between animation frames while panning and zooming for ${seconds} s;` +
        ` Chromium paces frames at 60 a second (16.7 ms), so a mean of 16.7 ms means no frame was late.` +
        `\npeer: the floor of any WebGL page here, one canvas of the map's size cleared each frame.`,
    );
    console.log(`goal: under ${FRAME_GOAL_MS} ms a frame`);
  } finally {
    await context.close();
    await server.close();
    await store.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
