// This file holds the default indicators of the krasny-kholm-2020 preset. Seed 003 defines no
// indicator: it tasks the district with defining them (L20, roadmap 2.1 L77–L81) and names only
// what it already analyses every year — «успеваемость и средний балл по предметам ГИА» and the
// monitoring of ВПР results (L7). These defaults compute exactly that with the standard formulas
// (успеваемость = «3»+«4»+«5» over participants; ЕГЭ: participants over the minimum threshold), plus
// two items of the school's action list. All carry source null, no baseline and no target.
import type { ProgramInput } from '../../program';

type IndicatorInput = NonNullable<ProgramInput['indicators']>[number];

const GIA = 'Результаты ГИА';
const VPR = 'Всероссийские проверочные работы';
const ACTIONS = 'Мероприятия школы с низкими результатами обучения';
const DEFAULT_NOTE =
  'В программе показатель не определён: формула — значение по умолчанию (стандартная), её можно изменить.';

function passOge(code: string, subject: string, key: string): IndicatorInput {
  return {
    code,
    group: GIA,
    name: `Успеваемость по предметам ГИА: ОГЭ, ${subject}`,
    unit: '%',
    aggregation: 'pooled',
    metric: {
      kind: 'ratio',
      num: [{ field: `${key}.m3` }, { field: `${key}.m4` }, { field: `${key}.m5` }],
      den: [{ field: `${key}.n` }],
    },
    direction: 'up',
    comparison: 'none',
    formula: '(«3» + «4» + «5») / участники × 100 %',
    source: null,
    key: true,
    note: DEFAULT_NOTE,
  };
}

/** ЕГЭ: participants who passed the minimum threshold over participants. */
function passEge(code: string, subject: string, keys: string[]): IndicatorInput {
  return {
    code,
    group: GIA,
    name: `Успеваемость по предметам ГИА: ЕГЭ, ${subject}`,
    unit: '%',
    aggregation: 'pooled',
    metric: {
      kind: 'ratio',
      num: keys.flatMap((k) => [{ field: `${k}.n` }, { field: `${k}.below`, weight: -1 }]),
      den: keys.map((k) => ({ field: `${k}.n` })),
    },
    direction: 'up',
    comparison: 'none',
    formula: '(участники − не преодолели минимальный порог) / участники × 100 %',
    source: null,
    note: DEFAULT_NOTE,
  };
}

function mean(code: string, name: string, key: string): IndicatorInput {
  return {
    code,
    group: GIA,
    name,
    unit: 'балл',
    aggregation: 'pooled',
    metric: { kind: 'weightedMean', value: `${key}.mean`, weight: `${key}.n` },
    direction: 'up',
    comparison: 'none',
    formula: 'Средний балл, взвешенный по числу участников',
    source: null,
    note: DEFAULT_NOTE,
  };
}

export const krasnyKholmIndicators: IndicatorInput[] = [
  passOge('И1', 'математика', 'oge.math.9'),
  passOge('И2', 'русский язык', 'oge.rus.9'),
  mean('И3', 'Средний балл по предметам ГИА: ОГЭ, математика (отметка)', 'oge.math.9'),
  mean('И4', 'Средний балл по предметам ГИА: ОГЭ, русский язык (отметка)', 'oge.rus.9'),
  passEge('И5', 'русский язык', ['ege.rus.11']),
  passEge('И6', 'математика', ['ege.math.11']),
  mean('И7', 'Средний балл по предметам ГИА: ЕГЭ, русский язык', 'ege.rus.11'),
  mean('И8', 'Средний балл по предметам ГИА: ЕГЭ, математика (профильный уровень)', 'ege.mathp.11'),
  {
    code: 'И9',
    group: VPR,
    name: 'Доля «2» по результатам всероссийских проверочных работ (математика, русский язык)',
    unit: '%',
    aggregation: 'pooled',
    metric: { kind: 'ratio', num: [{ field: 'vpr.*.*.m2' }], den: [{ field: 'vpr.*.*.n' }] },
    direction: 'down',
    comparison: 'none',
    formula: '«2» / участники × 100 %, по всем классам и предметам',
    source: null,
    key: true,
    note: DEFAULT_NOTE,
  },
  {
    code: 'И10',
    group: ACTIONS,
    // After the action-list item «Участие педагогических и руководящих работников в программах повышения квалификации» (L299).
    name: 'Доля педагогических работников, прошедших повышение квалификации по тематике программы',
    unit: '%',
    aggregation: 'pooled',
    metric: { kind: 'ratio', num: [{ field: 'staff.pk_done' }], den: [{ field: 'staff.pedagogues' }] },
    scope: 'shnor',
    direction: 'up',
    comparison: 'none',
    formula: 'прошли повышение квалификации / педагогических работников × 100 %',
    source: null,
    note: 'По пункту перечня «Участие педагогических и руководящих работников в программах повышения квалификации» (стр. 299 источника); в программе показателя нет.',
  },
  {
    code: 'И11',
    group: ACTIONS,
    // The action-list item of the school level, verbatim (L222).
    name: 'Разработка школьной программы повышения качества образования сроком реализации на 2020-2022 годы',
    unit: 'да/нет',
    aggregation: 'all',
    metric: { kind: 'flag', field: 'items.school_program' },
    scope: 'shnor',
    direction: 'up',
    comparison: 'none',
    source: null,
    note: 'Пункт перечня мероприятий уровня образовательной организации (стр. 222 источника), отмечается «да» со ссылкой на программу.',
  },
];
