// This file reads the hierarchy column of ФИС ОКО reports: «Вся выборка» → region → municipality
// «Name(reg99_m001)» → school «Name(edu990001)» (older logins sch…), or «edu990001 | Name» in raw
// exports; rows without a login are the region before the first municipality and schools after it.
import { norm } from './cells';
import type { RowKind } from './types';

export interface NamedLogin {
  name: string;
  login: string | null;
}

const SUFFIX = /^(.*?)\s*\(\s*(reg\d+_m\d+|edu\d+|sch\d+)\s*\)\s*$/i;
const PIPE = /^\s*(reg\d+(?:_m\d+)?|edu\d+|sch\d+)\s*\|\s*(.+?)\s*$/i;

/** «МБОУ «СОШ №1»(edu990001)» → name and lower-case login. */
export function splitLogin(text: string): NamedLogin {
  const s = SUFFIX.exec(text);
  if (s !== null) return { name: (s[1] ?? '').trim(), login: (s[2] ?? '').toLowerCase() };
  const p = PIPE.exec(text);
  if (p !== null) return { name: (p[2] ?? '').trim(), login: (p[1] ?? '').toLowerCase() };
  return { name: text.trim(), login: null };
}

export function isSchoolLogin(login: string): boolean {
  return /^(edu|sch)\d+$/i.test(login);
}

function kindOfLogin(login: string): RowKind {
  if (/^reg\d+_m\d+$/.test(login)) return 'municipality';
  return isSchoolLogin(login) ? 'school' : 'region';
}

export interface HierarchyRow {
  kind: RowKind;
  name: string;
  login?: string;
  parent?: string;
}

/** Classifies the group cells of one report in file order. */
export function createHierarchy(): (text: string) => HierarchyRow {
  let municipality: string | null = null;
  return (text) => {
    const { name, login } = splitLogin(text);
    if (norm(name) === 'вся выборка') return { kind: 'all', name };
    const kind: RowKind = login !== null ? kindOfLogin(login) : municipality === null ? 'region' : 'school';
    if (kind === 'municipality') municipality = name;
    return {
      kind,
      name,
      ...(login !== null ? { login } : {}),
      ...(kind === 'school' && municipality !== null ? { parent: municipality } : {}),
    };
  };
}
