// This file reads the «Школы» box of «Новый мониторинг»: one school a line, «код; название; категория;
// эл. почта; кластер», separated by «;» or by tabs (a range copied from a sheet, where a cell with quotes
// arrives quoted). A header line («Код…») is skipped. Each line is checked as the server will check it,
// so the user sees every bad line, by number, before anything is sent; nothing is invented for an empty
// cell (an empty category stays empty and the server applies its default).
import { SETUP } from '../core/text/ui';
import type { SchoolInput } from '../server/api';

/** The categories of core/schools.ts (SchoolCategory); test/ui/schools-text.test.ts keeps them equal. */
export const CATEGORIES = ['ШНОР', 'ШНСУ', 'ШНОР+ШНСУ', 'наставник', 'другая'] as const;

/** The school code pattern of core/schools.ts (School.code). */
const CODE = /^[A-Za-z0-9А-Яа-яЁё_-]{1,20}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HEADER = /^код/i;

export interface ParsedSchools {
  schools: SchoolInput[];
  /** One message per problem, naming the line. */
  problems: string[];
  /** Lines that have a problem (1-based), for the count under the box. */
  badLines: number;
  headerSkipped: boolean;
}

const categoryKey = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const CATEGORY_BY_KEY = new Map<string, string>(CATEGORIES.map((c) => [categoryKey(c), c]));

/** A sheet copies a cell holding quotes as "…" with the inner quotes doubled. */
function unquote(cell: string): string {
  if (cell.length < 2 || !cell.startsWith('"') || !cell.endsWith('"')) return cell;
  const inner = cell.slice(1, -1);
  return inner.replace(/""/g, '').includes('"') ? cell : inner.replace(/""/g, '"');
}

function cells(line: string): string[] {
  return line.includes('\t')
    ? line.split('\t').map((c) => unquote(c.trim()).trim())
    : line.split(';').map((c) => c.trim());
}

export function parseSchools(text: string): ParsedSchools {
  const schools: SchoolInput[] = [];
  const problems: string[] = [];
  const firstLineOf = new Map<string, number>();
  let badLines = 0;
  let headerSkipped = false;
  let seenContent = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [code = '', name = '', category = '', email = '', cluster = ''] = cells(raw);
    if (!seenContent && HEADER.test(code)) {
      headerSkipped = true;
      seenContent = true;
      return;
    }
    seenContent = true;
    const lineProblems: string[] = [];
    if (code === '' || name === '') lineProblems.push(SETUP.lineNeedsCodeAndName(line, raw.trim()));
    else if (!CODE.test(code)) lineProblems.push(SETUP.lineBadCode(line, code));
    const canonical = category === '' ? '' : CATEGORY_BY_KEY.get(categoryKey(category));
    if (canonical === undefined) lineProblems.push(SETUP.lineBadCategory(line, category, CATEGORIES));
    if (email !== '' && !EMAIL.test(email)) lineProblems.push(SETUP.lineBadEmail(line, email));
    const first = firstLineOf.get(code);
    if (code !== '' && first !== undefined) lineProblems.push(SETUP.lineDuplicate(line, code, first));
    if (lineProblems.length > 0) {
      badLines += 1;
      problems.push(...lineProblems);
      return;
    }
    firstLineOf.set(code, line);
    schools.push({
      code,
      name,
      ...(canonical !== '' && canonical !== undefined && { category: canonical }),
      ...(email !== '' && { email }),
      ...(cluster !== '' && { cluster }),
    });
  });
  return { schools, problems, badLines, headerSkipped };
}
