// This file holds the 17 indicators of the bogotol-2022 preset (seed 004 L146–L172) with their exact
// names and yearly targets. The seed's table is truncated: 2.1 breaks off at «(в т.ч.» (L151) and
// directions 3–4 are missing (L152), so there is nothing more to copy. Да/нет indicators carry no
// target (the seed gives the format, not a value); 7.2–7.7 count schools flagged by the
// «положительная динамика» rules Д7.2–Д7.7 of rules.ts.
import type { ProgramInput } from '../../program';
import { failShare } from '../fail-share';

type IndicatorInput = NonNullable<ProgramInput['indicators']>[number];

const G1 = '1. Создание и функционирование структур управления'; // seed 004 L147
const G2 =
  '2. Реализация механизмов идентификации ШНРО и ШНСУ, оценка соответствующих потребностей педагогов в необходимых для повышения качества образования компетенциях'; // seed 004 L150
const G5 =
  '5. Реализация механизмов поддержки практики школ в области повышения качества образования на муниципальном и школьном уровнях'; // seed 004 L153
const G6 =
  '6. Реализация механизмов повышения квалификации, профессионального мастерства педагогических и управленческих кадров в области повышения качества образования'; // seed 004 L160
const G7 =
  '7. Реализация механизмов оценки эффективности муниципальной и школьных программ повышения качества образования'; // seed 004 L162

const MUNICIPAL_NOTE = 'Муниципальный показатель: значение вносит Управление образования.';

/** A Да/нет indicator over a program-item flag. */
function yesNo(
  code: string,
  group: string,
  name: string,
  field: string,
  line: string,
  scope: 'all' | 'shnor_or_shnsu',
  note: string,
): IndicatorInput {
  return {
    code,
    group,
    name,
    unit: 'да/нет',
    // «Наличие в ШНРО и ШНСУ …»: Да only when every school of the scope has it.
    aggregation: 'all',
    metric: { kind: 'flag', field },
    scope,
    direction: 'up',
    comparison: 'none',
    source: `seed 004 ${line}`,
    note,
  };
}

/** A share of ШНРО/ШНСУ whose program-item flag is «да». */
function flagShare(field: string): Pick<IndicatorInput, 'aggregation' | 'metric' | 'condition' | 'scope'> {
  return {
    aggregation: 'schoolShare',
    metric: { kind: 'flag', field },
    condition: { metric: { kind: 'flag', field }, equals: true },
    scope: 'shnor_or_shnsu',
  };
}

/** 7.2–7.7: the share of ШНРО/ШНСУ with positive dynamics, targets 25/27/29/31 % (no operator in the seed). */
function dynamicsShare(
  code: string,
  name: string,
  keys: string[],
  measure: 'below' | 'm2',
  lines: [string, string, string, string],
): IndicatorInput {
  return {
    code,
    group: G7,
    name,
    unit: '%',
    aggregation: 'schoolShare',
    metric: failShare(keys, measure),
    conditionRule: `Д${code}`,
    // «от общего числа школ ШНРО и ШНСУ»
    scope: 'shnor_or_shnsu',
    denominator: 'scope',
    direction: 'up',
    // The seed writes «2022 – 25%» without «не менее»; read as ≥ (an inference, see notes).
    comparison: 'gte',
    targets: [
      { year: 2022, value: 25, source: `seed 004 ${lines[0]}` },
      { year: 2023, value: 27, source: `seed 004 ${lines[1]}` },
      { year: 2024, value: 29, source: `seed 004 ${lines[2]}` },
      { year: 2025, value: 31, source: `seed 004 ${lines[3]}` },
    ],
    formula: `Число ШНРО и ШНСУ с положительной динамикой (правило Д${code}) / число ШНРО и ШНСУ × 100 %`,
    source: `seed 004 ${lines[0]}`,
    note: 'Показатель из группы «Показатели, характеризующие детские образовательные результаты» (L164). Что считать положительной динамикой, программа не определяет: см. правило.',
  };
}

export const bogotolIndicators: IndicatorInput[] = [
  yesNo(
    '1.1',
    G1,
    'Наличие пакета документов, регламентирующих деятельность Управления образования по повышению качества образования и поддержке ШНРО и ШНСУ',
    'items.uo_documents',
    'L148',
    'all',
    MUNICIPAL_NOTE,
  ),
  yesNo(
    '1.2',
    G1,
    'Наличие в ШНРО и ШНСУ приказа о рабочей группе по координации работ по повышению качества образования (представлена ссылка на документ)',
    'items.working_group_order',
    'L149',
    'shnor_or_shnsu',
    'Каждая ШНРО и ШНСУ отмечает наличие приказа и даёт ссылку на документ; «да» по муниципалитету — если приказ есть у всех.',
  ),
  yesNo(
    '2.1',
    G2,
    // The seed's name breaks off here: «… школ района (в т.ч.» (L151).
    'Наличие муниципальной методики анализа данных образовательных результатов обучающихся и внешних социальных условий школ района',
    'items.analysis_method',
    'L151',
    'all',
    `${MUNICIPAL_NOTE} В программе название обрывается на «(в т.ч.» (стр. 151 источника).`,
  ),
  yesNo(
    '5.1',
    G5,
    'Наличие муниципальной системы по выявлению профессиональных образовательных дефицитов педагогов ШНРО и ШНСУ',
    'items.deficit_system',
    'L154',
    'all',
    MUNICIPAL_NOTE,
  ),
  yesNo(
    '5.2',
    G5,
    'Наличие методики профессиональной самодиагностики для учителей русского языка, математики, физики, географии, обществознания',
    'items.selfdiag_method',
    'L155',
    'all',
    MUNICIPAL_NOTE,
  ),
  {
    code: '5.3',
    group: G5,
    name: 'Количество учителей ШНРО и ШНСУ, прошедших профессиональную самодиагностику, от общего числа педагогов ШНРО и ШНСУ',
    unit: '%',
    aggregation: 'pooled',
    metric: { kind: 'ratio', num: [{ field: 'staff.selfdiag_done' }], den: [{ field: 'staff.pedagogues' }] },
    scope: 'shnor_or_shnsu',
    direction: 'up',
    comparison: 'gte', // «не менее»
    targets: [
      { year: 2022, value: 50, source: 'seed 004 L156' }, // «2022 –не менее 50%»
      { year: 2023, value: 60, source: 'seed 004 L156' }, // «2023 –не менее 60%»
      { year: 2024, value: 70, source: 'seed 004 L156' }, // «2024 –не менее 70%»
      { year: 2025, value: 80, source: 'seed 004 L156' }, // «2025 –не менее 80%»
    ],
    formula: 'Σ учителей, прошедших самодиагностику / Σ педагогических работников ШНРО и ШНСУ × 100 %',
    source: 'seed 004 L156',
    key: true,
    note: 'В названии «количество», но цель задана в процентах — считается доля. Числитель — учителя, знаменатель — все педагоги, как в программе.',
  },
  {
    code: '5.4',
    group: G5,
    name: 'Доля ШНРО и ШНСУ, которым оказана консультативная, методическая и другие виды поддержки по повышению качества образования',
    unit: '%',
    ...flagShare('items.support_received'),
    direction: 'up',
    comparison: 'gte',
    // seed 004 L157 gives one value «100%» for the whole program; applied to each year.
    targets: [2022, 2023, 2024, 2025].map((year) => ({ year, value: 100, source: 'seed 004 L157' })),
    source: 'seed 004 L157',
    note: 'В программе одно значение «100%» без указания года — применено к каждому году.',
  },
  yesNo(
    '5.5',
    G5,
    'Наличие договоров по выстраиванию взаимодействий ШНРО и ШНСУ с учреждениями системы дополнительного и профессионального образования, а также с учреждениями культурной, социальной направленности по вопросам повышения качества образования',
    'items.partner_agreements',
    'L158',
    'shnor_or_shnsu',
    'Каждая ШНРО и ШНСУ отмечает наличие договоров и даёт ссылку; «да» по муниципалитету — если договоры есть у всех.',
  ),
  {
    code: '5.6',
    group: G5,
    name: 'Доля ШНРО и ШНСУ, в которых реализуется работа по ликвидации выявленных образовательных дефицитов педагогов',
    unit: '%',
    ...flagShare('items.deficit_work'),
    direction: 'up',
    comparison: 'gte',
    // seed 004 L159 «100%», one value for the whole program; applied to each year.
    targets: [2022, 2023, 2024, 2025].map((year) => ({ year, value: 100, source: 'seed 004 L159' })),
    source: 'seed 004 L159',
    note: 'В программе одно значение «100%» без указания года — применено к каждому году.',
  },
  {
    code: '6.1',
    group: G6,
    name: 'Доля школ ШНРО и ШНСУ, вовлеченных в муниципальные и региональные мероприятия, направленные на развитие профессионального мастерства педагогических и управленческих кадров по тематикам, связанным с повышением качества образования и поддержки, от числа идентифицированных в текущем году',
    unit: '%',
    ...flagShare('items.pd_events'),
    // «от числа идентифицированных в текущем году»
    denominator: 'identifiedThisYear',
    direction: 'up',
    comparison: 'gte', // «не менее»
    targets: [
      { year: 2022, value: 40, source: 'seed 004 L161' }, // «2022 –не менее 40%»
      { year: 2023, value: 50, source: 'seed 004 L161' }, // «2023 –не менее 50%»
      { year: 2024, value: 60, source: 'seed 004 L161' }, // «2024 –не менее 60%»
      { year: 2025, value: 70, source: 'seed 004 L161' }, // «2025 –не менее 70%»
    ],
    source: 'seed 004 L161',
    key: true,
  },
  yesNo(
    '7.1',
    G7,
    'Наличие аналитических отчетов о результатах мониторингов, включающих адресные рекомендации по улучшению деятельности в рамках реализации муниципальной и школьных программ повышения качества образования и поддержки ШНРО и ШНСУ',
    'items.analytic_reports',
    'L163',
    'all',
    MUNICIPAL_NOTE,
  ),
  dynamicsShare(
    '7.2',
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики в результатах краевой диагностической работы по читательской грамотности (4 класс)',
    ['kdr.read.4'],
    'below',
    ['L165', 'L165', 'L165', 'L165'], // «2022 – 25% 2023 – 27% 2024 – 29% 2025 – 31%»
  ),
  dynamicsShare(
    '7.3',
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики в результатах краевой диагностической работы по читательской грамотности (6 класс)',
    ['kdr.read.6'],
    'below',
    ['L166', 'L166', 'L166', 'L166'],
  ),
  dynamicsShare(
    '7.4',
    // The name runs over L167 and L169 in the seed.
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики в результатах краевой диагностической работы по математической грамотности (7 класс)',
    ['kdr.mathlit.7'],
    'below',
    ['L167', 'L167', 'L169', 'L169'], // «2022 – 25% 2023 – 27%» on L167, «2024 – 29% 2025 – 31%» on L169
  ),
  dynamicsShare(
    '7.5',
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики в результатах краевой диагностической работы по естественнонаучной грамотности (8 класс)',
    ['kdr.sci.8'],
    'below',
    ['L170', 'L170', 'L170', 'L170'],
  ),
  dynamicsShare(
    '7.6',
    // sic: «динамики результатах» without «в», as in the seed (L171)
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики результатах ОГЭ по математике и русскому языку',
    ['oge.math.9', 'oge.rus.9'],
    'm2',
    ['L171', 'L171', 'L171', 'L171'],
  ),
  dynamicsShare(
    '7.7',
    'Доля школ от общего числа школ ШНРО и ШНСУ, достигших положительной динамики в результатах ЕГЭ по математике и русскому языку',
    ['ege.math.11', 'ege.rus.11'],
    'below',
    ['L172', 'L172', 'L172', 'L172'],
  ),
];
