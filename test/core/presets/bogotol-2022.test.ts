// This file checks the bogotol-2022 preset against its seed (seed 004): it parses; the counts of
// indicators, rules, criteria, risk factors and roadmap rows equal the seed's; codes are unique and
// every reference resolves; every name is the seed's text; every number with a seed source appears
// on the cited line; every roadmap row equals the seed's table cell by cell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadlines';
import { assessmentFields } from '../../../src/core/fields';
import { Program, type Condition, type Metric, type Rule } from '../../../src/core/program';
import { bogotol2022 } from '../../../src/core/presets/bogotol-2022';

const SEED = readFileSync(new URL('../../../../shared/seeds/004_4a1e6be244db5323.txt', import.meta.url), 'utf8');
const LINES = SEED.split('\n');
/** Line n of the seed, 1-based as in the notes («L156»). */
const line = (n: number): string => LINES[n - 1] ?? '';
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const NORM_SEED = norm(SEED);
const lineOf = (source: string | null): number => Number(/L(\d+)/.exec(source ?? '')?.[1] ?? NaN);

const program = Program.parse(bogotol2022);
const kind = <T extends Rule['kind']['type']>(r: Rule, t: T): Extract<Rule['kind'], { type: T }> => {
  if (r.kind.type !== t) throw new Error(`${r.code} is not ${t}`);
  return r.kind as Extract<Rule['kind'], { type: T }>;
};
const rule = (code: string): Rule => {
  const r = program.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const shnsu = kind(rule('ШНСУ'), 'criteriaCount');
const criterion = (code: string): Condition => {
  const c = shnsu.criteria.find((x) => x.code === code);
  if (!c) throw new Error(`no criterion ${code}`);
  return c.condition;
};

describe('bogotol-2022: structure', () => {
  it('parses and covers 2022–2025 (L13 «на 2022-2025 годы»)', () => {
    expect(program.id).toBe('bogotol-2022');
    expect(program.years).toEqual({ from: 2022, to: 2025 });
    expect(line(13)).toContain('2022-2025');
  });

  it('has the seed’s 17 indicators: 1.1, 1.2 (L148–149), 2.1 (L151), 5.1–5.6 (L154–159), 6.1 (L161), 7.1–7.7 (L163–172)', () => {
    expect(program.indicators.map((i) => i.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
      '6.1',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
      '7.6',
      '7.7',
    ]);
    // each indicator row of the seed starts with its number and a tab
    for (const i of program.indicators) expect(line(lineOf(i.source)).startsWith(`${i.code}\t`)).toBe(true);
  });

  it('has 14 rules: ШНСУ (10 criteria, L92–L102), Н1–Н7 (L68–L74), Д7.2–Д7.7 for indicators 7.2–7.7', () => {
    expect(program.rules.map((r) => r.code)).toEqual([
      'ШНСУ',
      'Н1',
      'Н2',
      'Н3',
      'Н4',
      'Н5',
      'Н6',
      'Н7',
      'Д7.2',
      'Д7.3',
      'Д7.4',
      'Д7.5',
      'Д7.6',
      'Д7.7',
    ]);
    expect(shnsu.criteria.map((c) => c.code)).toEqual(['С1', 'С2', 'С3', 'С4', 'С5', 'С6', 'С7', 'С8', 'С9', 'С10']);
    // the criteria sit on L92–L96 and L98–L102 (L97 is the blank line between the two blocks)
    expect(shnsu.criteria.map((c) => lineOf(c.source))).toEqual([92, 93, 94, 95, 96, 98, 99, 100, 101, 102]);
  });

  it('codes use Cyrillic С and Н as in the program', () => {
    for (const c of shnsu.criteria) expect(c.code.charCodeAt(0)).toBe('С'.charCodeAt(0));
    for (let k = 1; k <= 7; k++) expect(rule(`Н${k}`).code.charCodeAt(0)).toBe(0x41d);
  });

  it('has 9 risk factors (L78–L86) and 17 roadmap rows (L196–L222)', () => {
    expect(program.riskFactors.map((f) => lineOf(f.source))).toEqual([78, 79, 80, 81, 82, 83, 84, 85, 86]);
    expect(program.measures).toHaveLength(17);
    expect(line(222).startsWith('17.\t')).toBe(true); // the last line of the file is row 17
  });

  it('keeps every code unique and every reference resolvable', () => {
    const ind = program.indicators.map((i) => i.code);
    const rules = program.rules.map((r) => r.code);
    const crit = shnsu.criteria.map((c) => c.code);
    const risks = program.riskFactors.map((f) => f.code);
    const all = [...ind, ...rules, ...crit, ...risks];
    expect(new Set(all).size).toBe(all.length);
    const ids = program.measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^bogotol-2022\.m\d\d$/);
    const known = new Set(all);
    for (const m of program.measures) {
      for (const t of m.triggers) expect(known.has(t), `${m.id} → ${t}`).toBe(true);
      if (m.indicator) expect(ind).toContain(m.indicator);
    }
    for (const f of program.riskFactors) for (const t of f.triggers) expect(crit).toContain(t);
  });

  it('refers only to declared fields', () => {
    const codes = new Set([
      ...program.assessments.flatMap((a) => assessmentFields(a).map((f) => f.code)),
      ...program.fields.map((f) => f.code),
    ]);
    expect(codes.size).toBe(program.assessments.flatMap(assessmentFields).length + program.fields.length);
    const metricFields = (m: Metric): string[] =>
      m.kind === 'ratio'
        ? [...m.num, ...m.den].map((t) => t.field)
        : m.kind === 'value'
          ? m.sum.map((t) => t.field)
          : m.kind === 'weightedMean'
            ? [m.value, m.weight]
            : [m.field];
    const used: string[] = [];
    for (const i of program.indicators) {
      used.push(...metricFields(i.metric));
      if (i.condition) used.push(...metricFields(i.condition.metric));
    }
    for (const r of program.rules) {
      const k = r.kind;
      if (k.type === 'criteriaCount') k.criteria.forEach((c) => used.push(...metricFields(c.condition.metric)));
      if (k.type === 'consecutiveYears') used.push(...metricFields(k.condition.metric));
      if (k.type === 'dynamics') used.push(...metricFields(k.metric));
    }
    for (const f of used) expect(codes.has(f), f).toBe(true);
    // every yes/no program item has its link field
    for (const f of program.fields.filter((x) => x.type === 'bool' && x.section === 'items'))
      expect(codes.has(`${f.code}_link`)).toBe(true);
  });
});

describe('bogotol-2022: names are the seed’s text', () => {
  it('indicator names and groups', () => {
    for (const i of program.indicators) {
      if (i.code === '7.4') continue;
      expect(NORM_SEED, i.code).toContain(norm(i.name));
      expect(NORM_SEED, i.code).toContain(norm(i.group));
    }
    // 7.4 runs over L167 and L169 with the target cell in between
    const [head, tail] = program.indicators.find((i) => i.code === '7.4')!.name.split(' краевой ');
    expect(line(167)).toContain(`${head}\t`);
    expect(line(169)).toContain(`краевой ${tail}`);
    // 2.1 is the seed's text up to where the seed breaks off
    expect(line(151)).toContain(`${program.indicators.find((i) => i.code === '2.1')!.name} (в т.ч.`);
  });

  it('rule, criterion and risk-factor names', () => {
    for (let k = 1; k <= 7; k++) {
      const r = rule(`Н${k}`);
      expect(line(lineOf(r.source)).replace(/[;.]$/, '')).toBe(r.name);
    }
    expect(line(90)).toBe(rule('ШНСУ').name);
    for (const c of shnsu.criteria) expect(line(lineOf(c.source)).replace(/[;.]$/, '')).toBe(c.name);
    for (const f of program.riskFactors)
      expect(line(lineOf(f.source)).replace(/^- /, '').replace(/[;.]$/, '')).toBe(f.name);
  });

  it('roadmap rows equal the seed table cell by cell (L194 columns: № | Мероприятие | Результаты | Ответственные | Документы | Сроки)', () => {
    expect(line(194).split('\t')).toEqual([
      '№п/п',
      'Мероприятие',
      'Результаты',
      'Ответственные',
      'Документы, закрепляющие результат',
      'Сроки',
    ]);
    let section = '';
    const rows: string[][] = [];
    const sections: string[] = [];
    for (let n = 195; n <= LINES.length; n++) {
      const cells = line(n).split('\t');
      if (cells[0]?.startsWith('Направление')) section = cells[0];
      else if (/^\d+\.$/.test(cells[0] ?? '')) {
        rows.push(cells);
        sections.push(section);
      } else if (cells[0] === '' && cells.length === 6) {
        // continuation of the previous row (L203 continues L201)
        const last = rows[rows.length - 1]!;
        cells.forEach((c, j) => {
          if (c) last[j] = `${last[j]} ${c}`;
        });
      }
    }
    expect(rows).toHaveLength(17);
    program.measures.forEach((m, k) => {
      const [no, text, result, responsible, document, deadline] = rows[k]!;
      expect(no).toBe(`${k + 1}.`);
      expect(m.section).toBe(sections[k]);
      expect(m.text).toBe(text);
      expect(m.result).toBe(result);
      expect(m.responsible).toBe(responsible);
      expect(m.document).toBe(document);
      expect(m.deadline).toBe(deadline);
    });
  });
});

describe('bogotol-2022: numbers match the cited seed lines', () => {
  it('yearly targets: 5.3 50–80 % and 6.1 40–70 % «не менее», 7.2–7.7 25/27/29/31 %, 5.4 and 5.6 100 %', () => {
    const targets = Object.fromEntries(program.indicators.map((i) => [i.code, i.targets.map((t) => t.value)]));
    expect(targets['5.3']).toEqual([50, 60, 70, 80]);
    expect(targets['6.1']).toEqual([40, 50, 60, 70]);
    for (const c of ['7.2', '7.3', '7.4', '7.5', '7.6', '7.7']) expect(targets[c]).toEqual([25, 27, 29, 31]);
    expect(targets['5.4']).toEqual([100, 100, 100, 100]);
    expect(targets['5.6']).toEqual([100, 100, 100, 100]);
    for (const i of program.indicators) {
      for (const t of i.targets) {
        expect(t.source).not.toBeNull();
        const text = line(lineOf(t.source));
        if (i.code === '5.4' || i.code === '5.6') expect(text.endsWith(`\t${t.value}%`)).toBe(true);
        else expect(text, `${i.code} ${t.year}`).toMatch(new RegExp(`${t.year} –\\s?(не менее )?${t.value}%`));
      }
    }
  });

  it('ШНСУ cut-offs keep the seed’s operators: С1–С3 «более» → >, С4 «2% и более» → ≥, С5 presence, С6 «Один и более» → ≥ 1', () => {
    const th = (c: string) => criterion(c).threshold!;
    expect(th('С1')).toMatchObject({ op: 'gt', value: 30 });
    expect(th('С2')).toMatchObject({ op: 'gt', value: 10 });
    expect(th('С3')).toMatchObject({ op: 'gt', value: 30 });
    expect(th('С4')).toMatchObject({ op: 'gte', value: 2 });
    expect(th('С5')).toMatchObject({ op: 'gte', value: 1 });
    expect(th('С6')).toMatchObject({ op: 'gte', value: 1 });
    for (const c of ['С1', 'С2', 'С3'])
      expect(line(lineOf(th(c).source))).toMatch(new RegExp(`более ${th(c).value} ?%`));
    expect(line(lineOf(th('С4').source))).toContain('2% и более');
    expect(line(lineOf(th('С5').source))).toMatch(/^Наличие обучающихся/);
    expect(line(lineOf(th('С6').source))).toMatch(/^Один и более .* свыше 25 часов/);
    // С8–С10: «Отсутствие …» = the flag is false; «Малочисленность» = the flag is true
    expect(criterion('С8').equals).toBe(false);
    expect(criterion('С9').equals).toBe(false);
    expect(criterion('С10').equals).toBe(true);
    // ratios С1–С4 are over all pupils
    for (const c of ['С1', 'С2', 'С3', 'С4']) {
      const m = criterion(c).metric;
      expect(m.kind === 'ratio' && m.den.map((t) => t.field)).toEqual(['pupils.total']);
    }
  });

  it('Н1–Н7 hold «на протяжении 2-х лет»: 2 consecutive years', () => {
    for (let k = 1; k <= 7; k++) {
      const r = rule(`Н${k}`);
      expect(kind(r, 'consecutiveYears').years).toBe(2);
      expect(line(lineOf(r.source))).toContain('на протяжении 2-х лет');
      expect(r.flags).toBe('shnor');
    }
  });

  it('where the seed is silent the value is a default with source null', () => {
    expect(shnsu.minCount).toEqual({ value: 3, source: null });
    expect(criterion('С7').threshold).toEqual({ op: 'lt', value: 4, source: null });
    for (let k = 1; k <= 7; k++) {
      expect(kind(rule(`Н${k}`), 'consecutiveYears').condition.threshold).toEqual({
        op: 'gte',
        value: 30,
        source: null,
      });
    }
    for (const c of ['7.2', '7.3', '7.4', '7.5', '7.6', '7.7']) {
      const d = kind(rule(`Д${c}`), 'dynamics');
      expect(d.minChange.source).toBeNull();
      expect(d.flagWhen).toBe('positive');
    }
    expect(program.notes.length).toBeGreaterThanOrEqual(5);
  });
});

describe('bogotol-2022: indicator definitions', () => {
  const ind = (code: string) => program.indicators.find((i) => i.code === code)!;

  it('6.1 counts schools «от числа идентифицированных в текущем году» (L161)', () => {
    expect(ind('6.1')).toMatchObject({
      aggregation: 'schoolShare',
      denominator: 'identifiedThisYear',
      comparison: 'gte',
    });
    expect(line(161)).toContain('от числа идентифицированных в текущем году');
  });

  it('7.2–7.7 are shares of all ШНРО and ШНСУ counted by their positive-dynamics rules', () => {
    for (const c of ['7.2', '7.3', '7.4', '7.5', '7.6', '7.7']) {
      const i = ind(c);
      expect(i).toMatchObject({
        aggregation: 'schoolShare',
        scope: 'shnor_or_shnsu',
        denominator: 'scope',
        conditionRule: `Д${c}`,
      });
      expect(kind(rule(`Д${c}`), 'dynamics').metric).toEqual(i.metric);
    }
  });

  it('5.3 is pooled self-diagnosed teachers over all pedagogues of ШНРО and ШНСУ', () => {
    expect(ind('5.3')).toMatchObject({
      aggregation: 'pooled',
      scope: 'shnor_or_shnsu',
      metric: { kind: 'ratio', num: [{ field: 'staff.selfdiag_done' }], den: [{ field: 'staff.pedagogues' }] },
    });
  });

  it('every measure has a deadline except row 3, whose «Сроки» cell is empty in the seed (L198)', () => {
    for (const m of program.measures) {
      if (m.id === 'bogotol-2022.m03') expect(line(198).endsWith('\t')).toBe(true);
      else expect(m.deadline.length, m.id).toBeGreaterThan(0);
    }
  });

  it('every deadline text parses for each program year; the empty one is reported, not guessed', () => {
    for (let year = 2022; year <= 2025; year++) {
      for (const m of program.measures) {
        const r = parseDeadline(m.deadline, year, { programYears: program.years });
        expect(r.ok, `${m.id} ${year}`).toBe(m.id !== 'bogotol-2022.m03');
      }
    }
    // «Май-июнь 2022; 2023-2025» recurs: in 2024 its control date is the end of June
    const r = parseDeadline('Май-июнь 2022; 2023-2025', 2024, { programYears: program.years });
    expect(r.ok && r.controlDate).toBe('2024-06-30');
  });
});
