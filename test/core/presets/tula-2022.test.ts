// This file checks the Tula 2022–2024 preset (seed 000) against the seed text itself: it parses,
// its counts equal the seed's, its codes are unique and resolve, every name, deadline and cited
// line is found in /work/shared/seeds/000_…, and the action plan matches a table parse of Section VI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadlines';
import { assessmentFields } from '../../../src/core/fields';
import { Program } from '../../../src/core/program';
import { tula2022 } from '../../../src/core/presets/tula-2022';

const SEED = readFileSync(new URL('../../../../shared/seeds/000_dcf63f2375b90927.txt', import.meta.url), 'utf8');
const LINES = SEED.split('\n');

/** Seed text without HTML tags and markdown emphasis, whitespace collapsed. */
function clean(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const FLAT = clean(LINES.map(clean).join(' '));
/** 1-based line access. */
function line(n: number): string {
  const l = LINES[n - 1];
  if (l === undefined) throw new Error(`no line ${n}`);
  return clean(l);
}
function citedLine(source: string | null | undefined): number {
  const m = /^seed 000 L(\d+)$/.exec(source ?? '');
  if (m === null || m[1] === undefined) throw new Error(`bad source ${String(source)}`);
  return Number(m[1]);
}

const program = Program.parse(tula2022);

describe('tula-2022 preset', () => {
  it('parses with the seed id, years and title', () => {
    expect(program.id).toBe('tula-2022');
    // seed 000 L67 «2022 – 2024 годы»
    expect(line(67)).toContain('2022 – 2024 годы');
    expect(program.years).toEqual({ from: 2022, to: 2024 });
    expect(line(23)).toContain(program.title);
  });

  it('has the 22 indicators of the passport, in task groups of 3, 3, 3, 4, 8, 1', () => {
    // seed 000 L34–L66: every indicator opens with «Показатель N.N.»; two of them are «1.2.».
    const passport = LINES.slice(33, 66).join('\n');
    const seedCodes = [...passport.matchAll(/Показатель (\d\.\d)\./g)].map((m) => m[1]);
    expect(seedCodes).toHaveLength(22);
    expect(seedCodes.filter((c) => c === '1.2')).toHaveLength(2);
    expect(program.indicators).toHaveLength(seedCodes.length);
    // Same codes in the same order, the second «1.2» renamed 1.3 (no 1.3 exists in the seed).
    const expected = seedCodes.map((c, i) => (c === '1.2' && seedCodes.indexOf('1.2') !== i ? '1.3' : c));
    expect(program.indicators.map((i) => i.code)).toEqual(expected);
    const perTask = [1, 2, 3, 4, 5, 6].map((t) => program.indicators.filter((i) => i.code.startsWith(`${t}.`)).length);
    expect(perTask).toEqual([3, 3, 3, 4, 8, 1]);
  });

  it('copies every indicator name from Section V and cites its line', () => {
    for (const ind of program.indicators) {
      expect(FLAT.includes(ind.name), ind.code).toBe(true);
      const n = citedLine(ind.source);
      // Section V table: L188–L215.
      expect(n).toBeGreaterThanOrEqual(188);
      expect(n).toBeLessThanOrEqual(215);
      expect(line(n), ind.code).toContain(ind.name.slice(0, 60));
      expect(FLAT.includes(ind.group.replace(/^Задача \d\. /, '')), ind.group).toBe(true);
    }
  });

  it('keeps what the seed leaves open visibly open: no targets, no baseline, no comparison', () => {
    for (const ind of program.indicators) {
      expect(ind.targets, ind.code).toEqual([]);
      expect(ind.baseline, ind.code).toBeUndefined();
      expect(ind.comparison, ind.code).toBe('none');
      expect(ind.scope, ind.code).toBe('shnor');
    }
  });

  it('lets only 2.1 and 2.2 exceed 100 %, with a note', () => {
    const over = program.indicators.filter((i) => i.mayExceed100);
    expect(over.map((i) => i.code)).toEqual(['2.1', '2.2']);
    for (const i of over) {
      // numerator «педагогов и руководителей», denominator «педагогических работников» (L34–L38)
      expect(i.name).toContain('Доля педагогов и руководителей');
      expect(i.name).toContain('от общего числа педагогических работников');
      expect(i.note).toContain('100 %');
    }
  });

  it('marks the invariant monitoring group as key and names each monitoring item', () => {
    // Invariant group L385–L419 covers 15 of the 22; variable group L421–L439 covers 6; 6.1 neither.
    const key = program.indicators.filter((i) => i.key).map((i) => i.code);
    expect(key).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
      '4.1',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
    ]);
    const variable = program.indicators.filter((i) => i.note?.includes('Вариативная группа')).map((i) => i.code);
    expect(variable).toEqual(['2.3', '4.2', '4.3', '4.4', '5.7', '5.8']);
    // Every cited monitoring line holds the item number the note gives (one reference per indicator but 6.1).
    let checked = 0;
    for (const ind of program.indicators) {
      for (const m of (ind.note ?? '').matchAll(
        /п(?:п)?\. ([\d.]+)(?: и (?:второй )?([\d.]+))? \(L(\d+)(?:, L(\d+))?\)/g,
      )) {
        const [, a, b, l1, l2] = m;
        expect(line(Number(l1)), ind.code).toMatch(new RegExp(`^${a}\\. `));
        if (b !== undefined && l2 !== undefined) expect(line(Number(l2)), ind.code).toMatch(new RegExp(`^${b}\\. `));
        checked++;
      }
    }
    expect(checked).toBe(21);
  });

  it('has unique codes everywhere', () => {
    const fieldCodes = [
      ...program.assessments.flatMap(assessmentFields).map((f) => f.code),
      ...program.fields.map((f) => f.code),
    ];
    for (const codes of [
      fieldCodes,
      program.indicators.map((i) => i.code),
      program.rules.map((r) => r.code),
      program.riskFactors.map((r) => r.code),
      program.measures.map((m) => m.id),
    ]) {
      expect(new Set(codes).size).toBe(codes.length);
    }
    // Codes of indicators, rules and risk factors share the trigger namespace.
    const all = [
      ...program.indicators.map((i) => i.code),
      ...program.rules.map((r) => r.code),
      ...program.riskFactors.map((r) => r.code),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('resolves every field a metric names (a wildcard matches one dot-part of a declared field)', () => {
    const fieldCodes = [
      ...program.assessments.flatMap(assessmentFields).map((f) => f.code),
      ...program.fields.map((f) => f.code),
    ];
    const matches = (pattern: string): string[] => {
      const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^.]+')}$`);
      return fieldCodes.filter((c) => re.test(c));
    };
    const metrics = [
      ...program.indicators.map((i) => i.metric),
      ...program.rules.flatMap((r) => (r.kind.type === 'dynamics' ? [r.kind.metric] : [])),
    ];
    for (const m of metrics) {
      const patterns =
        m.kind === 'ratio' ? [...m.num, ...m.den].map((t) => t.field) : m.kind === 'flag' ? [m.field] : [];
      for (const p of patterns) expect(matches(p).length, p).toBeGreaterThan(0);
    }
    // Every yes/no program item has its companion link field.
    for (const f of program.fields.filter((x) => x.type === 'bool' && x.section === 'items')) {
      expect(fieldCodes).toContain(`${f.code}_link`);
    }
  });

  it('has 10 dynamics rules: the «Положительная динамика» items of L446–L450 plus indicators 5.4 and 5.5', () => {
    // L446: 4 analyses (ОГЭ/ЕГЭ, ВПР/РКР, ВсОШ, year-end); L447–L449: ФГ training works;
    // L450: 3 extracurricular shares; L62/L64: 5.4 and 5.5 count schools with growth. 4 + 1 + 3 + 2 = 10.
    const phrases: Record<string, string> = {
      'dyn.gia': 'результатов ОГЭ, ЕГЭ (по предметам русский язык и математика)',
      'dyn.vpr_rkr': 'результатов ВПР, РКР',
      'dyn.vsosh': 'результатов участия в ВсОШ (муниципальный и региональный этапы)',
      'dyn.year_end': 'результатов обучения по итогам учебного года',
      'dyn.fg': 'тренировочных работ по направлениям функциональной грамотности',
      'dyn.olymp':
        'доля обучающихся, участников/победителей/призёров олимпиад и конкурсов различных уровней и направленности',
      'dyn.do':
        'доля обучающихся, вовлеченных в программы дополнительного образования, в т.ч. через базы «Кванториума» и учреждений дополнительного образования',
      'dyn.tochka_do':
        'доля обучающихся, прошедших обучение по программам дополнительного образования Центров «Точка роста» в рамках сетевого взаимодействия',
      'pos.year_end': 'высокие результаты обучения по итогам учебного года',
      'pos.fg': 'в результатах по функциональной грамотности',
    };
    expect(program.rules.map((r) => r.code)).toEqual(Object.keys(phrases));
    for (const r of program.rules) {
      const phrase = phrases[r.code] ?? '';
      expect(r.name, r.code).toContain(phrase);
      expect(FLAT.toLowerCase().includes(phrase.toLowerCase()), r.code).toBe(true);
      if (r.kind.type !== 'dynamics') throw new Error(`${r.code} is not a dynamics rule`);
      // The seed gives no minimum growth: the default is ours, not the seed's.
      expect(r.kind.minChange).toEqual({ value: 0, source: null });
      expect(r.kind.compareTo).toBe('previousYear');
      expect(r.kind.direction).toBe('up');
      expect(r.kind.flagWhen).toBe(r.code.startsWith('pos.') ? 'positive' : 'notPositive');
      expect(r.flags).toBe(r.code.startsWith('pos.') ? 'info' : 'risk');
      const n = citedLine(r.source);
      expect(line(n).length, r.code).toBeGreaterThan(0);
    }
    // The criterion each L446 / L450 rule belongs to is quoted exactly.
    expect(line(446)).toContain('результатов ВПР, РКР');
    expect(line(450)).toContain('Положительная динамика внеучебных достижений обучающихся');
  });

  it('counts 5.4 and 5.5 by the growth rules and measures them with the same metric', () => {
    for (const [code, rule] of [
      ['5.4', 'pos.year_end'],
      ['5.5', 'pos.fg'],
    ] as const) {
      const ind = program.indicators.find((i) => i.code === code);
      const r = program.rules.find((x) => x.code === rule);
      expect(ind?.aggregation).toBe('schoolShare');
      expect(ind?.conditionRule).toBe(rule);
      expect(r?.kind.type === 'dynamics' ? r.kind.metric : undefined).toEqual(ind?.metric);
    }
  });

  it('takes the roadmap completion criterion «не менее 95 %» from L444', () => {
    expect(line(444)).toContain('Процент выполнения комплекса мер (не менее 95 %)');
    expect(program.defaults.roadmapCompletionTarget).toEqual({ value: 95, source: 'seed 000 L444' });
  });

  it('lists the five programme risks of Section VIII with existing triggers', () => {
    // seed 000 L461–L465: one risk per line, «Риск» then «Мероприятия».
    expect(program.riskFactors).toHaveLength(465 - 461 + 1);
    program.riskFactors.forEach((rf, i) => {
      expect(rf.source).toBe(`seed 000 L${461 + i}`);
      expect(clean(LINES[460 + i]?.split('\t')[0] ?? '')).toBe(rf.name);
    });
  });

  it('resolves every trigger, conditionRule and measure indicator', () => {
    const codes = new Set([
      ...program.indicators.map((i) => i.code),
      ...program.rules.map((r) => r.code),
      ...program.riskFactors.map((r) => r.code),
    ]);
    const indicatorCodes = new Set(program.indicators.map((i) => i.code));
    for (const rf of program.riskFactors)
      for (const t of rf.triggers) expect(codes.has(t), `${rf.code} → ${t}`).toBe(true);
    for (const m of program.measures) {
      for (const t of m.triggers) expect(codes.has(t), `${m.id} → ${t}`).toBe(true);
      if (m.indicator !== undefined) expect(indicatorCodes.has(m.indicator), m.id).toBe(true);
      // Reachable: every school-facing row is program-wide or triggered.
      expect(m.always || m.triggers.length > 0, m.id).toBe(true);
    }
    // Risk factors are only useful if rules can raise them: a pos.* rule flags growth, never a risk.
    for (const rf of program.riskFactors) expect(rf.triggers.some((t) => t.startsWith('pos.'))).toBe(false);
  });
});

/** Section VI parsed straight from the seed: № , measure, deadline, responsible, result, section. */
interface PlanRow {
  num: string;
  line: number;
  section: string;
  cells: [string, string, string, string];
}
function parsePlan(): PlanRow[] {
  const rows: PlanRow[] = [];
  let section = '';
  let top = '';
  const join = (a: string, b: string): string => (a === '' ? b : b === '' ? a : /[–-]$/.test(a) ? a + b : `${a} ${b}`);
  // Section VI: L220 (first heading) to L355 (row 7.3.3).
  for (let n = 220; n <= 355; n++) {
    const raw = LINES[n - 1] ?? '';
    const cells = raw.split('\t').map(clean);
    const first = cells[0] ?? '';
    const rest = cells.slice(1, 5);
    if (first === '' && rest.every((c) => c === '')) continue;
    if (/^-+$/.test(first)) continue;
    const num = /^(\d+(?:\.\d+)+)\.$/.exec(first);
    if (num?.[1] !== undefined) {
      rows.push({ num: num[1], line: n, section, cells: [rest[0] ?? '', rest[1] ?? '', rest[2] ?? '', rest[3] ?? ''] });
    } else if (/^\d\. /.test(first)) {
      top = first;
      section = first;
    } else if (/^7\.\d\. /.test(first)) {
      section = `${top} — ${first}`;
    } else if (first !== '') {
      section = join(section, first); // the 7.1 heading continues on L335
    } else {
      const row = rows[rows.length - 1];
      if (row === undefined) throw new Error(`continuation before any row at L${n}`);
      for (let k = 0; k < 4; k++) row.cells[k] = join(row.cells[k] ?? '', rest[k] ?? '') as string;
    }
  }
  return rows;
}

describe('tula-2022 roadmap catalogue', () => {
  const plan = parsePlan();

  it('has all 67 action-plan rows in 7 sections (10 + 8 + 10 + 5 + 19 + 4 + 11)', () => {
    // Section headings: L220, L240, L255, L273, L285, L322, L331 (with 7.1 L333, 7.2 L339, 7.3 L350).
    expect(plan).toHaveLength(67);
    const perSection = [1, 2, 3, 4, 5, 6, 7].map((s) => plan.filter((r) => r.num.startsWith(`${s}.`)).length);
    expect(perSection).toEqual([10, 8, 10, 5, 19, 4, 11]);
    expect(program.measures).toHaveLength(plan.length);
    // The seed numbers two rows «1.8» (L235, L238).
    expect(plan.filter((r) => r.num === '1.8').map((r) => r.line)).toEqual([235, 238]);
  });

  it('copies every row exactly, in order, with stable ids', () => {
    program.measures.forEach((m, i) => {
      const row = plan[i];
      if (row === undefined) throw new Error(`no plan row ${i}`);
      expect(m.id).toBe(`tula-2022.m${String(i + 1).padStart(2, '0')}`);
      expect(m.source, m.id).toBe(`seed 000 L${row.line}`);
      expect(m.section, m.id).toBe(row.section);
      expect([m.text, m.deadline, m.responsible, m.result], m.id).toEqual(row.cells);
    });
  });

  it('has a non-empty deadline on every row, and every deadline parses in each program year', () => {
    for (const m of program.measures) expect(m.deadline.trim().length, m.id).toBeGreaterThan(0);
    for (let year = program.years.from; year <= program.years.to; year++) {
      for (const m of program.measures) {
        expect(parseDeadline(m.deadline, year, { programYears: program.years }).ok, `${m.id} ${year}`).toBe(true);
      }
    }
    // Row 1.2 (L222) «Январь – февраль 2022 г., далее ежегодно» is due at the end of February each year;
    // row 1.1 (L221) «Январь 2022 г.» is not due in 2023.
    const r12 = parseDeadline('Январь – февраль 2022 г., далее ежегодно', 2023, { programYears: program.years });
    expect(r12.ok && r12.controlDate).toBe('2023-02-28');
    const r11 = parseDeadline('Январь 2022 г.', 2023, { programYears: program.years });
    expect(r11.ok && r11.activeInYear).toBe(false);
  });

  it('puts rows on the municipal roadmap when only municipal bodies are responsible', () => {
    const municipal = /Управление образования|МКУ «ЦНППИ?М|МБУДО «Центр ППСС»/;
    for (const m of program.measures) {
      const school = /ШНОР|школ – партнёров|ОО – сетевых партнёров|ОО города/.test(m.responsible);
      const expected = municipal.test(m.responsible) ? (school ? 'both' : 'municipal') : 'school';
      expect(m.level, m.id).toBe(expected);
    }
  });
});
