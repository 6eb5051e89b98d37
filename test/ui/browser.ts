// This file opens the built sidebar.html in Chromium (Debian's, through playwright-core) at 300 px with a
// google.script.run stand-in whose calls reach server functions defined in Node across a JSON boundary
// (asynchronous, failure handler gets only the message, names ending in `_` do not exist). It records
// the calls, console errors and any network request, and saves screenshots under test-results/ui/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import type { Status } from '../../src/server/api';
import { buildOnce, ROOT } from '../harness/gas';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Locally without Chromium the suites are skipped; in CI (.ci/run installs it) a missing browser fails. */
export const chromiumAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

const SIDEBAR_URL = 'https://sidebar.invalid/';
const SHOTS = path.join(ROOT, 'test-results/ui');

export type ServerTable = Record<string, (...args: never[]) => unknown>;

/** In the page: google.script.run over window.__server (exposed from Node), asynchronous, JSON-only. */
const RUN_STANDIN = `
  (() => {
    const runner = (h) => new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner({ ...h, ok: f });
        if (name === 'withFailureHandler') return (f) => runner({ ...h, fail: f });
        if (typeof name !== 'string' || name.endsWith('_')) return undefined;
        return (...args) => {
          window.__server(name, JSON.stringify(args)).then((answer) => {
            const { ok, value, message } = JSON.parse(answer);
            if (ok) h.ok && h.ok(value);
            else h.fail && h.fail(new Error(message));
          });
        };
      },
    });
    window.google = { script: { run: runner({}) } };
  })();
`;

export const ALL_READY: Status['ready'] = {
  setupMonitoring: true,
  checkSubmissions: true,
  buildReport: true,
  generateRoadmaps: true,
  importResults: true,
};

export const NOT_READY: Status['ready'] = {
  setupMonitoring: false,
  checkSubmissions: false,
  buildReport: false,
  generateRoadmaps: false,
  importResults: false,
};

export interface OpenedSidebar {
  page: Page;
  /** Console errors and warnings, uncaught page errors. */
  problems: string[];
  /** Requests other than the sidebar itself (there must be none). */
  requests: string[];
  calls: { name: string; args: unknown[] }[];
  panel(id: string): Locator;
  /** Saves a screenshot of `of` (default: the whole page) to test-results/ui/<name>.png. */
  shot(name: string, of?: Locator): Promise<string>;
  /** Elements whose content spills out sideways (and «document» when the page scrolls sideways). */
  overflow(): Promise<string[]>;
}

export class SidebarBrowser {
  private browser: Browser | null = null;
  private html = '';

  async start(): Promise<void> {
    this.html = readFileSync(path.join(buildOnce(), 'sidebar.html'), 'utf8');
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
  }

  /** Opens the sidebar; `initScript` runs before it (e.g. to seed localStorage). */
  async open(server: ServerTable, initScript = ''): Promise<OpenedSidebar> {
    if (this.browser === null) throw new Error('SidebarBrowser.start() first');
    const page = await this.browser.newPage({ viewport: { width: 300, height: 900 } });
    page.setDefaultTimeout(5000);
    const problems: string[] = [];
    const requests: string[] = [];
    const calls: { name: string; args: unknown[] }[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // The sidebar is served from one made-up address; any other request would mean it is not self-contained.
    await page.route('**/*', async (route) => {
      if (route.request().url() === SIDEBAR_URL) return route.fulfill({ body: this.html, contentType: 'text/html' });
      requests.push(route.request().url());
      return route.abort();
    });
    await page.exposeFunction('__server', async (name: string, argsJson: string) => {
      const args = JSON.parse(argsJson) as never[];
      calls.push({ name, args });
      const fn = server[name];
      try {
        if (!fn) throw new Error(`Script function not found: ${name}`);
        const value: unknown = await fn(...args);
        return JSON.stringify({ ok: true, value: value ?? null });
      } catch (error) {
        return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    });
    await page.addInitScript(RUN_STANDIN + initScript);
    await page.goto(SIDEBAR_URL);
    return {
      page,
      problems,
      requests,
      calls,
      panel: (id) => page.locator(`details[data-action="${id}"]`),
      async shot(name, of) {
        const file = path.join(SHOTS, `${name}.png`);
        if (of === undefined) await page.screenshot({ path: file, fullPage: true });
        else await of.screenshot({ path: file });
        return file;
      },
      overflow: () =>
        page.evaluate(() => {
          const spilled: string[] = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > doc.clientWidth) spilled.push(`document ${doc.scrollWidth}px`);
          for (const node of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
            const style = getComputedStyle(node);
            if (style.display === 'inline' || style.display === 'none' || style.overflowX !== 'visible') continue;
            if (node.scrollWidth > node.clientWidth + 1)
              spilled.push(`${node.tagName.toLowerCase()}.${node.className} ${node.scrollWidth}>${node.clientWidth}`);
          }
          return spilled;
        }),
    };
  }
}
