// This file checks the krasny-kholm-2020 preset against its seed (seed 003): it parses; the roadmap
// has the seed's 17 rows in 6 sections with the seed's texts, deadlines and responsible people; the
// two-level action list has the seed's 17 municipal and 13 school cells; every indicator and rule is
// a default (the seed defines none); codes are unique and every reference resolves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadlines';
import { assessmentFields } from '../../../src/core/fields';
import { Program, type Metric } from '../../../src/core/program';
import { krasnyKholm2020 } from '../../../src/core/presets/krasny-kholm-2020';
import { riskFactors500 } from '../../../src/core/presets/risk-factors-500';

const SEED = readFileSync(new URL('../../../../shared/seeds/003_488502cf207a5269.txt', import.meta.url), 'utf8');
const LINES = SEED.split('\n');
const line = (n: number): string => LINES[n - 1] ?? '';
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Lines a..b of the seed («L60–L64»), whitespace-normalised. */
const span = (source: string | null): string => {
  const [a, b] = [...(source ?? '').matchAll(/L(\d+)/g)].map((m) => Number(m[1]));
  return norm(LINES.slice(a! - 1, b ?? a).join('\n'));
};

const program = Program.parse(krasnyKholm2020);
const roadmap = program.measures.filter((m) => /\.m\d/.test(m.id));
const list = program.measures.filter((m) => /\.p\d/.test(m.id));

describe('krasny-kholm-2020: structure', () => {
  it('parses and covers 2020–2022 (L2)', () => {
    expect(program.id).toBe('krasny-kholm-2020');
    expect(program.years).toEqual({ from: 2020, to: 2022 });
    expect(line(2)).toContain('на 2020-2022 годы');
    expect(norm(`${line(1)} ${line(2)}`).toLowerCase()).toBe(program.title.toLowerCase());
  });

  it('keeps codes unique and every trigger resolvable', () => {
    const codes = [
      ...program.indicators.map((i) => i.code),
      ...program.rules.map((r) => r.code),
      ...program.riskFactors.map((f) => f.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    const ids = program.measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(codes);
    for (const m of program.measures) for (const t of m.triggers) expect(known.has(t), `${m.id} → ${t}`).toBe(true);
    for (const f of program.riskFactors) for (const t of f.triggers) expect(known.has(t)).toBe(true);
  });

  it('uses the federal «500+» risk factors, the seed having none (its title names «факторов» only)', () => {
    expect(program.riskFactors.map((f) => [f.code, f.name])).toEqual(riskFactors500.map((f) => [f.code, f.name]));
    expect(SEED).not.toMatch(/фактор[а-я]* риска/i);
  });

  it('refers only to declared fields (a `*` matches one part of a declared code)', () => {
    const declared = [
      ...program.assessments.flatMap((a) => assessmentFields(a).map((f) => f.code)),
      ...program.fields.map((f) => f.code),
    ];
    // ОГЭ: 2 rows × 6 measures; ЕГЭ: rus 3 + math 2 + mathp 2; ВПР: 2 subjects × 5 grades × 5 measures; 4 context and item fields
    expect(declared).toHaveLength(2 * 6 + 3 + 2 + 2 + 2 * 5 * 5 + 4);
    const matches = (pattern: string): boolean => {
      const p = pattern.split('.');
      return declared.some((c) => {
        const parts = c.split('.');
        return parts.length === p.length && p.every((x, j) => x === '*' || x === parts[j]);
      });
    };
    const fieldsOf = (m: Metric): string[] =>
      m.kind === 'ratio'
        ? [...m.num, ...m.den].map((t) => t.field)
        : m.kind === 'value'
          ? m.sum.map((t) => t.field)
          : m.kind === 'weightedMean'
            ? [m.value, m.weight]
            : [m.field];
    const used = [
      ...program.indicators.flatMap((i) => fieldsOf(i.metric)),
      ...program.rules.flatMap((r) =>
        r.kind.type === 'consecutiveYears'
          ? fieldsOf(r.kind.condition.metric)
          : r.kind.type === 'dynamics'
            ? fieldsOf(r.kind.metric)
            : [],
      ),
    ];
    for (const f of used) expect(matches(f), f).toBe(true);
  });
});

describe('krasny-kholm-2020: nothing is presented as the seed’s number', () => {
  it('every indicator and rule is a default with source null, without baseline or target', () => {
    for (const i of program.indicators) {
      expect(i.source, i.code).toBeNull();
      expect(i.targets).toEqual([]);
      expect(i.baseline).toBeUndefined();
      expect(i.comparison).toBe('none');
    }
    for (const r of program.rules) {
      expect(r.source, r.code).toBeNull();
      if (r.kind.type === 'consecutiveYears')
        expect(r.kind.condition.threshold).toEqual({ op: 'gte', value: 30, source: null });
      if (r.kind.type === 'dynamics') expect(r.kind.minChange.source).toBeNull();
    }
    // the seed has no percent sign and no «порог» at all
    expect(SEED).not.toContain('%');
    expect(SEED).not.toMatch(/порог/i);
    expect(program.notes.join(' ')).toMatch(/не содержит ни одного показателя/);
  });

  it('the default rules read «в течение ряда лет … по отдельным предметам» (L7) as one rule per subject over 2 years', () => {
    expect(line(7)).toContain('в течение ряда лет показывающие низкие результаты по отдельным предметам');
    const low = program.rules.filter((r) => r.kind.type === 'consecutiveYears');
    expect(low.map((r) => r.code)).toEqual(['НР1', 'НР2', 'НР3', 'НР4', 'НР5', 'НР6']);
    for (const r of low) expect(r.kind.type === 'consecutiveYears' && r.kind.years).toBe(2);
  });

  it('indicator names quote what the seed says the district analyses (L7)', () => {
    expect(line(7)).toContain('успеваемость и средний балл по предметам ГИА');
    const gia = program.indicators.filter((i) => i.group === 'Результаты ГИА');
    expect(gia).toHaveLength(8);
    for (const i of gia) expect(i.name).toMatch(/^(Успеваемость|Средний балл) по предметам ГИА: /);
    expect(norm(SEED)).toContain(program.indicators.find((i) => i.code === 'И11')!.name);
  });
});

describe('krasny-kholm-2020: roadmap (L50–L207)', () => {
  it('has 17 rows, 2/1/3/4/5/2 per management-cycle section, item 3.3 missing as in the seed', () => {
    expect(roadmap).toHaveLength(17);
    const perSection = [1, 2, 3, 4, 5, 6].map((s) => roadmap.filter((m) => m.section.startsWith(`${s}. `)).length);
    expect(perSection).toEqual([2, 1, 3, 4, 5, 2]);
    expect(roadmap.map((m) => m.id.replace('krasny-kholm-2020.m', ''))).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '3.1',
      '3.2',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '6.1',
      '6.2',
    ]);
  });

  it('section titles are the seed’s header cells', () => {
    const headers: Record<string, number> = { '1': 58, '2': 75, '3': 89, '4': 120, '5': 157, '6': 197 };
    for (const m of roadmap) {
      const [no, title] = m.section.split('. ') as [string, string];
      expect(line(headers[no]!)).toBe(`\t${title}`);
      expect(line(headers[no]! - 1)).toBe(`\t${no}.`);
    }
  });

  it('texts, deadlines and responsible people are the seed’s cells on the cited lines', () => {
    for (const m of roadmap) {
      const cells = span(m.source);
      const no = m.id.replace('krasny-kholm-2020.m', '');
      expect(cells.startsWith(`${no} `), m.id).toBe(true);
      expect(cells, m.id).toContain(norm(m.text));
      expect(cells, m.id).toContain(` ${m.deadline} `);
      for (const person of m.responsible.split(', ')) expect(cells, m.id).toContain(person);
      expect(m.level).toBe('municipal');
    }
  });

  it('deadline and workload counts match the seed: 4 × «2020 год», 2 × «2021-2022 годы», 11 × «ежегодно»; Чернецова 14, Иванова 11, Кузнецова 4, Шадеркова 2', () => {
    const count = (f: (d: string) => boolean) => roadmap.filter((m) => f(m.deadline)).length;
    expect(count((d) => d === '2020 год')).toBe(4);
    expect(count((d) => d === '2021-2022 годы')).toBe(2);
    expect(count((d) => d.toLowerCase() === 'ежегодно')).toBe(11);
    const load = (p: string) => roadmap.filter((m) => m.responsible.includes(p)).length;
    expect([load('Чернецова Н.Н.'), load('Иванова Н.В.'), load('Кузнецова Л.В.'), load('Шадеркова Н.В.')]).toEqual([
      14, 11, 4, 2,
    ]);
  });
});

describe('krasny-kholm-2020: action list by level (L210–L328)', () => {
  /** The seed's list rows: cells are lines starting with a tab, rows are separated by blank lines. */
  const seedRows: string[][] = [];
  let cur: string[] = [];
  for (const l of LINES.slice(215)) {
    if (l.startsWith('\t')) cur.push(l.slice(1));
    else if (cur.length) {
      seedRows.push(cur);
      cur = [];
    }
  }
  const items = seedRows.filter((r) => /^\d\.\d$/.test(r[0] ?? ''));

  it('has 18 numbered rows with 17 municipal and 13 school cells, and no result filled in', () => {
    expect(line(212)).toBe('\t');
    expect([line(213), line(214), line(215)]).toEqual([
      '\tМуниципальный уровень',
      '\tУровень образовательной организации',
      '\tРезультат выполнения мероприятия',
    ]);
    expect(items).toHaveLength(18);
    expect(items.filter((r) => norm(r[1] ?? '') !== '')).toHaveLength(17);
    expect(items.filter((r) => norm(r[2] ?? '') !== '')).toHaveLength(13);
    expect(items.every((r) => norm(r[3] ?? '') === '')).toBe(true);
    expect(list.filter((m) => m.level === 'municipal')).toHaveLength(17);
    expect(list.filter((m) => m.level === 'school')).toHaveLength(13);
  });

  it('every filled cell is one measure of its level with the seed’s text', () => {
    const expected = items.flatMap(([no, mun, school]) => [
      ...(norm(mun ?? '') ? [[`krasny-kholm-2020.p${no}.mun`, norm(mun!)]] : []),
      ...(norm(school ?? '') ? [[`krasny-kholm-2020.p${no}.school`, norm(school!)]] : []),
    ]);
    expect(list.map((m) => [m.id, m.text])).toEqual(expected);
    // the list's section headers: a number without a dot, then the title
    const headers: Record<string, number> = { '1': 218, '2': 231, '3': 239, '4': 262, '5': 290, '6': 323 };
    for (const m of list) {
      const stage = m.id.replace('krasny-kholm-2020.p', '')[0]!;
      expect(line(headers[stage]! - 1)).toBe(`\t${stage}`);
      expect(m.section).toBe(`Перечень мероприятий по уровням — ${stage}. ${line(headers[stage]!).slice(1)}`);
      expect(span(m.source)).toContain(m.text);
    }
  });

  it('has the program period as its deadline (the list has no deadline column), and every measure has a deadline', () => {
    for (const m of list) expect(m.deadline).toBe('2020-2022 годы');
    expect(line(221)).toContain('на 2020-2022 годы');
    for (const m of program.measures) expect(m.deadline.length, m.id).toBeGreaterThan(0);
  });

  it('every deadline text parses for each program year', () => {
    for (let year = 2020; year <= 2022; year++) {
      for (const m of program.measures)
        expect(parseDeadline(m.deadline, year, { programYears: program.years }).ok, `${m.id} ${year}`).toBe(true);
    }
  });
});
