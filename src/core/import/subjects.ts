// This file maps subject names as the files write them («Русский язык», «Математика (профиль), чел.»,
// «по математике») to SUBJECTS codes, reads the ВПР title «ВПР 2026 Русский язык 4 класс», and falls
// back to the sheet-name prefix («РУ 4 Статистика по отметкам»).
import type { Procedure, Subject } from '../fields';
import { norm } from './cells';

/** Word stems, so that declined forms in titles («по русскому языку») match too. */
const STEMS: readonly [RegExp, Subject][] = [
  [/русск/, 'rus'],
  [/окружающ/, 'okr'],
  [/обществозн/, 'soc'],
  [/истори/, 'hist'],
  [/биолог/, 'bio'],
  [/географ/, 'geo'],
  [/физик/, 'phys'],
  [/хими/, 'chem'],
  [/информат/, 'inf'],
  [/литератур(?!н)/, 'lit'], // not «литературное чтение»
  [/английск/, 'eng'],
];

/** The subject a text names, or null when it names none or several. */
export function subjectFromText(text: string, procedure: Procedure): Subject | null {
  const t = norm(text);
  const found = new Set<Subject>();
  for (const [re, s] of STEMS) if (re.test(t)) found.add(s);
  if (/математ/.test(t)) {
    if (procedure !== 'ege') found.add('math');
    else if (/баз/.test(t)) found.add('mathb');
    else if (/проф/.test(t)) found.add('mathp');
    else return null; // ЕГЭ mathematics without a level is ambiguous
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export interface VprTitle {
  year: number;
  subjectName: string;
  grade: number;
}

/** «ВПР 2026 Русский язык 4 класс» (the regex of the third-party parser, note §2.2). */
export function parseVprTitle(text: string): VprTitle | null {
  const m = /ВПР\s+(\d{4})\s+(.+?)\s+(\d+)\s*класс/i.exec(text);
  if (m === null) return null;
  return { year: Number(m[1]), subjectName: (m[2] ?? '').trim(), grade: Number(m[3]) };
}

/** Sheet-name prefixes: РУ and МА are seen in real files; the others are unconfirmed (note §2.1). */
const SHEET_ABBREVIATIONS: Readonly<Record<string, Subject>> = {
  РУ: 'rus',
  МА: 'math',
  ОМ: 'okr',
  ИС: 'hist',
  БИ: 'bio',
  ГГ: 'geo',
  ОБ: 'soc',
  ФИ: 'phys',
  ХИ: 'chem',
  АН: 'eng',
};

export function subjectFromSheetName(sheetName: string): { subject: Subject; grade: number } | null {
  const m = /^\s*([А-ЯЁ]{2})\s+(\d{1,2})(?!\d)/.exec(sheetName);
  const subject = m === null ? undefined : SHEET_ABBREVIATIONS[m[1] ?? ''];
  if (m === null || subject === undefined) return null;
  return { subject, grade: Number(m[2]) };
}
