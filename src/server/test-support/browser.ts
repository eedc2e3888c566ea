/**
 * What every browser test shares (issue 8, tests): the web app built into a temporary folder,
 * and Debian's Chromium driven by playwright-core (never a downloaded browser), each page
 * watched for anything a user would notice going wrong.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots for a person to look at. */
export const SHOTS = '/tmp/weakties-screenshots';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

// Quiet, offline Chromium: no background requests, no first-run screens. The sandbox needs
// user namespaces that CI containers do not give.
const QUIET = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// WebGL with no GPU: ANGLE on SwiftShader, as `npm run bench:map` runs it.
const SOFTWARE_WEBGL = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Builds the web app with the project's Vite config into a fresh temporary folder. */
export async function buildWebApp(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'weakties-web-build-'));
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return dir;
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface BrowserHarness {
  /** Console errors, page errors, HTTP errors and dialogs, as `problems` of every page. */
  problems: string[];
  /** A page in a context of its own (its own cookies), watched for problems. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium; `webgl` draws WebGL in software instead of turning the GPU off. */
export async function startBrowser(options: { webgl?: boolean } = {}): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium); the browser tests never download a browser`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET, ...(options.webgl ? SOFTWARE_WEBGL : ['--disable-gpu'])],
  });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    problems,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({ viewport: pageOptions.viewport ?? DESKTOP });
      contexts.push(context);
      const page = await context.newPage();
      // A CSP violation or a script error shows on the console; an alert means injected
      // markup ran.
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}
