// This file checks the zones of DESIGN.md by reading the sources with the TypeScript parser (so comments
// and strings do not count): core imports nothing from sheets, server, ui, local or app and touches no
// Apps Script service or Node built-in; only the Apps Script adapter and the server mention the Apps
// Script services; the sidebar imports only types from the server; nothing imports local mode.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src');
const APPS_SCRIPT_SERVICES = new Set([
  'SpreadsheetApp',
  'HtmlService',
  'ScriptApp',
  'Session',
  'PropertiesService',
  'CacheService',
  'LockService',
  'DriveApp',
  'UrlFetchApp',
  'Utilities',
  'Logger',
  'Sheets',
  'GoogleAppsScript',
]);
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'module']);
const BUILTINS = new Set(builtinModules);

interface Source {
  file: string; // relative to src/, with forward slashes
  imports: { specifier: string; typeOnly: boolean; target: string | null }[];
  /** Free identifiers: not a property name, not a declaration's own name. */
  references: Set<string>;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if (ts.isPropertyDeclaration(parent) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return true;
}

/** `import type …`, or `import { type A, type B }` with every specifier marked. */
function importsOnlyTypes(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

function parse(full: string): Source {
  const text = readFileSync(full, 'utf8');
  const sf = ts.createSourceFile(full, text, ts.ScriptTarget.ES2022, true);
  const imports: Source['imports'] = [];
  const references = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      const typeOnly = ts.isImportDeclaration(node) ? importsOnlyTypes(node) : node.isTypeOnly;
      const target = specifier.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(full), specifier)) : null;
      imports.push({ specifier, typeOnly, target: target?.split(path.sep).join('/') ?? null });
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const specifier = node.argument.literal.text;
      imports.push({ specifier, typeOnly: true, target: null });
    }
    if (ts.isIdentifier(node) && isFreeReference(node)) references.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { file: path.relative(SRC, full).split(path.sep).join('/'), imports, references };
}

const sources = tsFiles(SRC).map(parse);
const zone = (file: string) => file.split('/')[0] ?? '';
const inZone = (target: string | null, zones: string[]) => target !== null && zones.includes(zone(target));

describe('architecture zones', () => {
  it('finds the sources', () => {
    expect(sources.some((s) => s.file === 'server/main.ts')).toBe(true);
    expect(sources.some((s) => zone(s.file) === 'core')).toBe(true);
  });

  it('core imports nothing from sheets, server, ui, local or app (only the port’s value types)', () => {
    // `import type { Grid, CellValue } from '…/sheets/port'` is allowed: the port's value types are the
    // data core computes on, and type-only imports vanish from the bundle.
    const portTypes = (i: Source['imports'][number]) => i.typeOnly && i.target === 'sheets/port';
    const bad = sources
      .filter((s) => zone(s.file) === 'core')
      .flatMap((s) =>
        s.imports
          .filter((i) => inZone(i.target, ['sheets', 'server', 'ui', 'local', 'app']) && !portTypes(i))
          .map((i) => `${s.file} → ${i.specifier}`),
      );
    expect(bad).toEqual([]);
  });

  it('core uses no Node built-in and no Apps Script service', () => {
    const bad = sources
      .filter((s) => zone(s.file) === 'core')
      .flatMap((s) => [
        ...s.imports
          .filter((i) => i.specifier.startsWith('node:') || BUILTINS.has(i.specifier))
          .map((i) => `${s.file} imports ${i.specifier}`),
        ...[...s.references]
          .filter((r) => APPS_SCRIPT_SERVICES.has(r) || NODE_GLOBALS.has(r))
          .map((r) => `${s.file} uses ${r}`),
      ]);
    expect(bad).toEqual([]);
  });

  it('only the Apps Script adapter and the server use SpreadsheetApp or HtmlService', () => {
    const bad = sources
      .filter((s) => s.file !== 'sheets/appsscript.ts' && zone(s.file) !== 'server')
      .filter((s) => s.references.has('SpreadsheetApp') || s.references.has('HtmlService'))
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });

  it('the sidebar imports only types from the server, and nothing from sheets, local or app', () => {
    const bad = sources
      .filter((s) => zone(s.file) === 'ui')
      .flatMap((s) =>
        s.imports
          .filter((i) => (inZone(i.target, ['server']) && !i.typeOnly) || inZone(i.target, ['sheets', 'local', 'app']))
          .map((i) => `${s.file} → ${i.specifier}`),
      );
    expect(bad).toEqual([]);
  });

  it('local mode is imported by nothing outside itself (it never reaches Code.js)', () => {
    const bad = sources
      .filter((s) => zone(s.file) !== 'local')
      .flatMap((s) => s.imports.filter((i) => inZone(i.target, ['local'])).map((i) => `${s.file} → ${i.specifier}`));
    expect(bad).toEqual([]);
  });
});
