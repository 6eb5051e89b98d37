// This file runs the built add-on where Apps Script would: dist/Code.js in a node:vm context with Apps
// Script-like globals (small recording fakes: SpreadsheetApp UI, HtmlService, Session, PropertiesService,
// Utilities, Logger, LockService, console) and without Node's require, module, process or fetch. The
// build runs once per test worker into its own temporary directory, so parallel workers never race.
// Callers may inject extra globals (e.g. a fuller fake SpreadsheetApp) or replace any of these.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds into a fresh temporary directory and returns it. */
export function buildTo(outdir = mkdtempSync(path.join(tmpdir(), 'shnor-build-'))): string {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', outdir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return outdir;
}

let built: string | null = null;

/** The output directory of this worker's one build. */
export function buildOnce(): string {
  built ??= buildTo();
  return built;
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface RecordedMenu {
  /** null for the add-on menu (its title is the add-on's name). */
  title: string | null;
  items: MenuItem[];
}

export interface HtmlOutputFake {
  getContent(): string;
  getTitle(): string;
  setTitle(title: string): HtmlOutputFake;
  setWidth(width: number): HtmlOutputFake;
  setHeight(height: number): HtmlOutputFake;
}

export interface ConsoleRecord {
  level: 'log' | 'info' | 'warn' | 'error';
  args: unknown[];
}

export interface GasOptions {
  /** What the services allow: NONE refuses everything that needs authorisation (as in onOpen before install). */
  authMode?: AuthMode;
  /** What SpreadsheetApp.getActiveSpreadsheet() returns in the default SpreadsheetApp. */
  spreadsheet?: unknown;
  /** Extra globals, or replacements of the default fakes by name. */
  globals?: Record<string, unknown>;
  /** Output directory of a build; buildOnce() by default. */
  outdir?: string;
}

export interface GasSandbox {
  readonly outdir: string;
  readonly context: vm.Context;
  /** Calls a top-level function by name, as a menu, trigger or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Globals the bundle defined (everything not provided by the harness). */
  definedGlobals(): string[];
  readonly menus: RecordedMenu[];
  readonly sidebars: HtmlOutputFake[];
  readonly alerts: { title: string; prompt: string }[];
  readonly toasts: { message: string; title: string }[];
  readonly console: ConsoleRecord[];
  readonly logger: string[];
}

function authError(service: string): Error {
  return new Error(`You do not have permission to call ${service}. Authorization is required.`);
}

function htmlOutput(content: string): HtmlOutputFake {
  let title = '';
  const output: HtmlOutputFake = {
    getContent: () => content,
    getTitle: () => title,
    setTitle(value) {
      title = value;
      return output;
    },
    setWidth: () => output,
    setHeight: () => output,
  };
  return output;
}

function properties(): Record<string, unknown> {
  const store = new Map<string, string>();
  return {
    getProperty: (key: string) => store.get(key) ?? null,
    setProperty(key: string, value: string) {
      store.set(key, String(value));
      return this;
    },
    deleteProperty(key: string) {
      store.delete(key);
      return this;
    },
    getProperties: () => Object.fromEntries(store),
    getKeys: () => [...store.keys()],
  };
}

function cache(): Record<string, unknown> {
  const store = new Map<string, string>();
  return {
    get: (key: string) => store.get(key) ?? null,
    put(key: string, value: string) {
      store.set(key, String(value));
    },
    remove(key: string) {
      store.delete(key);
    },
  };
}

function lock(): Record<string, unknown> {
  let held = false;
  return {
    tryLock: () => (held ? false : (held = true)),
    waitLock(ms: number) {
      if (held) throw new Error(`Lock timeout: another process was holding the lock for too long (${ms} ms).`);
      held = true;
    },
    releaseLock: () => {
      held = false;
    },
    hasLock: () => held,
  };
}

export function loadBundle(options: GasOptions = {}): GasSandbox {
  const outdir = options.outdir ?? buildOnce();
  const authorized = (options.authMode ?? 'FULL') !== 'NONE';
  const guard =
    <T>(service: string, value: () => T): (() => T) =>
    () => {
      if (!authorized) throw authError(service);
      return value();
    };

  const menus: RecordedMenu[] = [];
  const sidebars: HtmlOutputFake[] = [];
  const alerts: { title: string; prompt: string }[] = [];
  const toasts: { message: string; title: string }[] = [];
  const consoleRecords: ConsoleRecord[] = [];
  const logger: string[] = [];

  const menu = (title: string | null) => {
    const recorded: RecordedMenu = { title, items: [] };
    const builder = {
      addItem(caption: string, functionName: string) {
        recorded.items.push({ caption, functionName });
        return builder;
      },
      addSeparator: () => builder,
      addToUi() {
        menus.push(recorded);
      },
    };
    return builder;
  };
  const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  const ui = {
    ButtonSet,
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    createAddonMenu: () => menu(null),
    createMenu: (title: string) => menu(title),
    showSidebar(output: HtmlOutputFake) {
      sidebars.push(output);
    },
    alert(title: string, prompt?: string) {
      // alert(prompt) and alert(title, prompt, buttons) both exist in Apps Script.
      alerts.push(prompt === undefined ? { title: '', prompt: title } : { title, prompt });
      return 'OK';
    },
  };
  const spreadsheet = options.spreadsheet ?? {
    toast(message: string, title = '') {
      toasts.push({ message, title });
    },
  };

  const record =
    (level: ConsoleRecord['level']) =>
    (...args: unknown[]) => {
      consoleRecords.push({ level, args });
    };

  const provided: Record<string, unknown> = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: guard('SpreadsheetApp.getActiveSpreadsheet', () => spreadsheet),
      getActive: guard('SpreadsheetApp.getActive', () => spreadsheet),
      flush() {},
    },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const file = path.join(outdir, `${name}.html`);
        if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
        return htmlOutput(readFileSync(file, 'utf8'));
      },
      createHtmlOutput: (html = '') => htmlOutput(html),
    },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } },
    Session: {
      getActiveUser: guard('Session.getActiveUser', () => ({ getEmail: () => 'methodist@example.org' })),
      getEffectiveUser: guard('Session.getEffectiveUser', () => ({ getEmail: () => 'methodist@example.org' })),
      getScriptTimeZone: () => 'Europe/Moscow',
      getTemporaryActiveUserKey: guard('Session.getTemporaryActiveUserKey', () => 'temporary-key'),
    },
    PropertiesService: {
      getDocumentProperties: guard('PropertiesService.getDocumentProperties', properties),
      getUserProperties: guard('PropertiesService.getUserProperties', properties),
      getScriptProperties: guard('PropertiesService.getScriptProperties', properties),
    },
    CacheService: {
      getUserCache: guard('CacheService.getUserCache', cache),
      getDocumentCache: guard('CacheService.getDocumentCache', cache),
    },
    LockService: {
      getDocumentLock: guard('LockService.getDocumentLock', lock),
      getScriptLock: guard('LockService.getScriptLock', lock),
      getUserLock: guard('LockService.getUserLock', lock),
    },
    Utilities: {
      sleep() {},
      getUuid: (() => {
        let n = 0;
        return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
      })(),
      formatDate: (date: Date) => date.toISOString(),
    },
    Logger: {
      log(message: unknown) {
        logger.push(String(message));
      },
    },
    console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error') },
    ...options.globals,
  };

  const context = vm.createContext({ ...provided });
  const before = new Set(Object.keys(context));
  vm.runInContext(readFileSync(path.join(outdir, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });

  return {
    outdir,
    context,
    call(name, ...args) {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return fn(...args);
    },
    definedGlobals: () => Object.keys(context).filter((key) => !before.has(key)),
    menus,
    sidebars,
    alerts,
    toasts,
    console: consoleRecords,
    logger,
  };
}
