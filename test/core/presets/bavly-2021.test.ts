// This file checks the Bavly 2021 preset (seed 002) against the seed text itself: it parses, its
// counts equal the seed's (15 target indicators, the monitoring targets of L229–L238, 13 + 6 + 22
// plan rows), every base value and yearly value sits in its column on the cited line, every name,
// result, executor and deadline is the seed's text on the lines it cites, codes are unique and
// resolve, and every deadline parses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadlines';
import { assessmentFields } from '../../../src/core/fields';
import { Program, type Metric } from '../../../src/core/program';
import { bavly2021 } from '../../../src/core/presets/bavly-2021';

const SEED = readFileSync(new URL('../../../../shared/seeds/002_a6835bdfd5ca7701.txt', import.meta.url), 'utf8');
const LINES = SEED.split('\n');

const clean = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const line = (n: number): string => clean(LINES[n - 1] ?? '');
const cells = (n: number): string[] => (LINES[n - 1] ?? '').split('\t').map(clean);
/** Whitespace (the PDF's column wrapping) removed; the seed's Latin O in «ВсOШ» read as Cyrillic. */
const tight = (s: string): string => s.replace(/\s+/g, '').replace(/ВсOШ/g, 'ВсОШ');
/** «seed 002 L110, L112» → [110, 112]. */
function cited(source: string | null | undefined): number[] {
  const m = /^seed 002 (L\d+(?:, L\d+)*)$/.exec(source ?? '');
  if (m === null || m[1] === undefined) throw new Error(`bad source ${String(source)}`);
  return m[1].split(', ').map((l) => Number(l.slice(1)));
}
/** «6 5» → 65, «10 %» → 10; null for text. */
function num(cell: string): number | null {
  const t = cell.replace(/[\s%]/g, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}

/**
 * Whether `text` is the seed's text spread over `parts` (one cell per source line, in order): each
 * piece between «[…]»/«[restored]» brackets is consumed left to right, a piece may continue from one
 * part into the next (a cell cut by a page break), whitespace is ignored.
 */
function fits(text: string, parts: string[]): boolean {
  const pieces = text
    .split(/\[[^\]]*\]/)
    .map(tight)
    .filter((p) => p !== '');
  const hay = parts.map(tight);
  let i = 0;
  let pos = 0;
  for (const piece of pieces) {
    let rest = piece;
    while (rest !== '') {
      const h = hay[i];
      if (h === undefined) return false;
      let k = rest.length;
      while (k > 0 && h.indexOf(rest.slice(0, k), pos) < 0) k--;
      if (k === 0) {
        i++;
        pos = 0;
        continue;
      }
      const at = h.indexOf(rest.slice(0, k), pos);
      rest = rest.slice(k);
      pos = at + k;
      if (rest !== '') {
        i++;
        pos = 0;
      }
    }
  }
  return true;
}

const program = Program.parse(bavly2021);
const byCode = (code: string) => {
  const i = program.indicators.find((x) => x.code === code);
  if (!i) throw new Error(code);
  return i;
};

describe('bavly-2021 preset', () => {
  it('parses with the title of L7–L11 and the years it gives, the conflict documented', () => {
    expect(program.id).toBe('bavly-2021');
    const title = [7, 8, 9, 10, 11].map(line).join(' ').replace(/\.$/, '');
    expect(program.title.toLowerCase()).toBe(title.toLowerCase());
    // L11 «на 2021 – 2024 годы» (chosen), L19 «2020 - 2023 г.г.», L107 columns 2019–2022
    expect(line(11)).toContain('2021 – 2024 годы');
    expect(line(19)).toContain('2020 - 2023');
    expect(cells(107).slice(3).map(tight)).toEqual(['2019', '2020', '2021', '2022']);
    expect(program.years).toEqual({ from: 2021, to: 2024 });
    const years = program.notes.find((n) => n.startsWith('Годы программы'));
    expect(years).toContain('2021–2024 (строка 11)');
    expect(years).toContain('2020–2023 (строка 19)');
    expect(years).toContain('2019–2022 (строка 107)');
  });

  it('has the 15 target indicators of L107–L126 with base and yearly values from their own row', () => {
    // rows of the target table: a name cell and five numeric cells (base, 2019, 2020, 2021, 2022)
    const rows: { line: number; name: string; values: number[] }[] = [];
    for (let n = 108; n <= 126; n++) {
      const c = cells(n);
      const values = c.slice(2, 7).map(num);
      if (values.length === 5 && values.every((v) => v !== null))
        rows.push({ line: n, name: c[1] ?? '', values: values as number[] });
    }
    expect(rows).toHaveLength(15);
    const targets = program.indicators.filter((i) => i.code.startsWith('Ц'));
    expect(targets.map((i) => i.code)).toEqual(rows.map((_, k) => `Ц${k + 1}`));
    targets.forEach((ind, k) => {
      const row = rows[k];
      if (!row) throw new Error('row');
      const [b, ...years] = row.values;
      expect(cited(ind.source)[0], ind.code).toBe(row.line);
      expect(ind.baseline, ind.code).toEqual({ year: null, value: b, source: `seed 002 L${row.line}` });
      expect(ind.targets, ind.code).toEqual(
        years.map((value, i) => ({ year: 2019 + i, value, source: `seed 002 L${row.line}` })),
      );
      // the name: its first line is the row; a continuation (L112, L122) or L233 completes it
      expect(
        fits(
          ind.name,
          cited(ind.source).map((n) => (n === row.line ? (cells(n)[1] ?? '') : line(n))),
        ),
        ind.code,
      ).toBe(true);
      expect(ind.direction, ind.code).toBe(ind.code === 'Ц7' ? 'down' : 'up');
      expect(ind.comparison, ind.code).toBe('none');
    });
    // Ц7 falls 10 → 5 → 5 → 2 (L116): lower is better
    expect(byCode('Ц7').targets.map((t) => t.value)).toEqual([10, 5, 5, 2]);
    // the goal cells of the table (G2 cut short, taken from the tactical goal L101)
    expect(fits(byCode('Ц1').group, [cells(108)[0] ?? ''])).toBe(true);
    expect(fits(byCode('Ц3').group, [line(101)])).toBe(true);
    expect(fits(byCode('Ц7').group, [cells(116)[0] ?? ''])).toBe(true);
    expect(fits(byCode('Ц13').group, [cells(124)[0] ?? ''])).toBe(true);
  });

  it('has one monitoring indicator per target in parentheses of L229–L238 (M1 is the roadmap target)', () => {
    // every «(75 %)», «(не более 5%)» of the monitoring table, with its line
    const seedTargets: string[] = [];
    for (let n = 229; n <= 238; n++) {
      for (const m of line(n).matchAll(/\((?:не более )?(\d+) ?%\)/g)) seedTargets.push(`L${n}:${m[1]}`);
    }
    // L229 100; L230 75, 75; L232 20, 10; L233 70, 100, 5, 15; L234 100, 35, 75; L235 50; L237 80; L238 80
    expect(seedTargets).toHaveLength(15);
    const monitoring = program.indicators.filter((i) => i.code.startsWith('М'));
    expect(monitoring).toHaveLength(17);
    const ours = new Set<string>();
    for (const ind of monitoring) {
      for (const t of ind.targets) ours.add(`L${cited(t.source)[0]}:${t.value}`);
      // a single target without a year, applied to each program year
      if (ind.targets.length > 0)
        expect(
          ind.targets.map((t) => t.year),
          ind.code,
        ).toEqual([2021, 2022, 2023, 2024]);
    }
    const roadmap = program.defaults.roadmapCompletionTarget;
    ours.add(`L${cited(roadmap?.source)[0]}:${roadmap?.value}`);
    expect([...ours].sort()).toEqual([...new Set(seedTargets)].sort());
    // «ГИА (75 %) • ВПР (75%)» covers справляемость and успешность of each
    expect(['М2.1', 'М2.2', 'М2.3', 'М2.4'].map((c) => byCode(c).targets[0]?.value)).toEqual([75, 75, 75, 75]);
    expect(byCode('М4.4').targets).toEqual([]); // truncated, no target in the seed
    // the only explicit operator: «не более 5%» (L233)
    expect(line(233)).toContain('(не более 5%)');
    expect(monitoring.filter((i) => i.comparison !== 'none').map((i) => [i.code, i.comparison])).toEqual([
      ['М3.3', 'lte'],
    ]);
  });

  it('copies the monitoring names from their lines and the criteria as groups', () => {
    for (const ind of program.indicators.filter((i) => i.code.startsWith('М'))) {
      const text = cited(ind.source).map(line).join(' ');
      if (['М2.1', 'М2.2', 'М2.3', 'М2.4'].includes(ind.code)) {
        // split from «Процент справляемости и успешности обучающихся по • ГИА (75 %) • ВПР (75%)»
        expect(line(230)).toContain('Процент справляемости и успешности обучающихся по');
        for (const w of ind.name.split(' ')) expect(text, `${ind.code} ${w}`).toContain(w);
        continue;
      }
      expect(fits(ind.name, cited(ind.source).map(line)), ind.code).toBe(true);
      expect(
        fits(
          ind.group,
          [line(230), line(233), line(234), line(238)].filter((l) => tight(l).includes(tight(ind.group))),
        ),
        ind.code,
      ).toBe(true);
    }
  });

  it('flags ШНОР by the cluster rule of L48 and L119', () => {
    expect(program.rules).toHaveLength(1);
    const rule = program.rules[0];
    if (rule?.kind.type !== 'clusterRelative') throw new Error('cluster rule');
    expect(line(48)).toContain('за 3 последних года показывают отсутствие положительной динамики');
    expect(line(48)).toContain('низкие результаты в своей кластерной группе');
    expect(line(119)).toContain('(не ниже среднего по кластеру)');
    expect(rule.kind.noPositiveDynamicsYears).toBe(3);
    expect(rule.kind.op).toBe('lt');
    expect(rule.kind.direction).toBe('up');
    expect(rule.flags).toBe('shnor');
    // М2.5 counts the schools this rule flags, «от общего числа ОО МР»
    expect(byCode('М2.5').conditionRule).toBe('cluster');
    expect(byCode('М2.5').scope).toBe('all');
    expect(byCode('М2.5').metric).toEqual(rule.kind.metric);
  });

  it('takes the risk factors from the three groups of causes (L56, L66, L72)', () => {
    expect(program.riskFactors).toHaveLength(3);
    // L56 «1. Особенности контингента обучающихся и их семей.», L66 «2. …», L72 «3. …»
    expect(program.riskFactors.map((rf) => line(cited(rf.source)[0] ?? 0))).toEqual(
      program.riskFactors.map((rf, k) => `${k + 1}. ${rf.name}.`),
    );
    for (const rf of program.riskFactors) expect(rf.triggers.length, rf.code).toBeGreaterThan(0);
  });

  it('has every surviving row of the three plan tables, in the seed order, with the seed texts', () => {
    const first = (n: number): string => cells(n)[0] ?? '';
    const iv = range(134, 155).filter((n) => /^\d\.\s?\d?\.?$/.test(first(n)));
    const mon = range(243, 254).filter((n) => /^\d$/.test(first(n)));
    const x = range(261, 292).filter((n) => /^\d(?: · \d|\.\d+\.?)?$/.test(first(n)));
    // IV: 1.1–1.4, 2.1–2.4, 3.1, 3.[2], 5.3–5.5 (3.3–5.2 lost at L150–L153)
    expect(iv).toHaveLength(13);
    // monitoring: 3 program-level + 3 school-level stages
    expect(mon).toHaveLength(6);
    // X: 2.1–2.4, 3.1, 3.2, 3.[3], 4.1–4.12, 5.1, 5.2, 6.1 (section 1 lost at L259–L261)
    expect(x).toHaveLength(22);
    const rows = [...iv, ...mon, ...x];
    expect(program.measures.map((m) => cited(m.source)[0])).toEqual(rows);
    program.measures.forEach((m, k) => {
      const n = rows[k] ?? 0;
      const next = rows[k + 1] ?? 293;
      // continuation lines of a row cut by a page break: non-empty, first cell empty
      const span = [
        n,
        ...range(n + 1, next - 1).filter(
          (l) => (LINES[l - 1] ?? '').trim() !== '' && first(l) === '' && !mon.includes(l),
        ),
      ];
      const col = (i: number): string[] => span.map((l) => cells(l)[i] ?? '');
      expect(m.id).toBe(`bavly-2021.m${String(k + 1).padStart(2, '0')}`);
      expect(fits(m.text, col(1)), m.id).toBe(true);
      expect(m.deadline.length, m.id).toBeGreaterThan(0);
      if (mon.includes(n)) {
        expect(m.deadline, m.id).toBe(cells(n)[2]);
        expect(m.responsible, m.id).toBe(cells(n)[3]);
        expect(fits(m.result, col(4)), m.id).toBe(true);
        expect(m.document, m.id).toBe(cells(n)[5]);
        return;
      }
      const planMatch = /^(.*) \(плановое значение: (.*)\)$/.exec(m.result);
      const result = planMatch?.[1] ?? m.result;
      expect(fits(result, col(2)), m.id).toBe(true);
      const planCell = cells(n)[3] ?? '';
      if (m.deadline === 'Ежегодно' || m.deadline === 'не менее 1раза в год') {
        // the row's own time text, standing in the plan column
        expect(planCell).toBe(m.deadline);
        expect(planMatch).toBeNull();
      } else {
        expect(m.deadline, m.id).toBe('2021 – 2024 годы');
        if (planMatch) expect(fits(planMatch[2] ?? '', [planCell]), m.id).toBe(true);
        else expect(planCell, m.id).toBe('');
      }
      // the executor is the last non-empty cell of the row's line(s)
      const executor = span.map((l) => ([...cells(l)].reverse().find((c) => c !== '') ?? '').replace(/,/g, ''));
      expect(fits(m.responsible.replace(/,/g, ''), executor), `${m.id} ${m.responsible}`).toBe(true);
    });
    expect(line(11)).toContain('2021 – 2024 годы');
    expect(program.measures.every((m) => m.always)).toBe(true);
  });

  it('has deadlines that parse in every program year', () => {
    for (const m of program.measures) {
      for (let year = program.years.from; year <= program.years.to; year++) {
        const r = parseDeadline(m.deadline, year, { programYears: program.years });
        expect(r.ok, `${m.id} «${m.deadline}» ${year}`).toBe(true);
      }
    }
  });

  it('has unique codes, and every trigger, pattern and rule reference resolves', () => {
    const codes = [
      ...program.fields.map((f) => f.code),
      ...program.assessments.flatMap((a) => assessmentFields(a).map((f) => f.code)),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    const all = [
      ...program.indicators.map((i) => i.code),
      ...program.rules.map((r) => r.code),
      ...program.riskFactors.map((r) => r.code),
    ];
    expect(new Set(all).size).toBe(all.length);
    const known = new Set(all);
    for (const t of [
      ...program.measures.flatMap((m) => [...m.triggers, ...(m.indicator ? [m.indicator] : [])]),
      ...program.riskFactors.flatMap((r) => r.triggers),
    ]) {
      expect(known.has(t), t).toBe(true);
    }
    const metrics: Metric[] = [
      ...program.indicators.map((i) => i.metric),
      ...program.rules.flatMap((r) => (r.kind.type === 'clusterRelative' ? [r.kind.metric] : [])),
    ];
    for (const f of metrics.flatMap(metricFields)) expect(resolves(f, codes), f).toBe(true);
    for (const f of program.fields.filter((x) => x.section === 'items' && x.type === 'bool'))
      expect(codes, f.code).toContain(`${f.code}_link`);
  });
});

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
function resolves(pattern: string, codes: string[]): boolean {
  const p = pattern.split('.');
  return codes.some((c) => {
    const parts = c.split('.');
    return parts.length === p.length && p.every((x, i) => x === '*' || x === parts[i]);
  });
}
function metricFields(m: Metric): string[] {
  switch (m.kind) {
    case 'ratio':
      return [...m.num, ...m.den].map((t) => t.field);
    case 'value':
      return m.sum.map((t) => t.field);
    case 'weightedMean':
      return [m.value, m.weight];
    case 'flag':
      return [m.field];
  }
}
