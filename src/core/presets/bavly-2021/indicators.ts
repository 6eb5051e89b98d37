// This file holds the indicators of the `bavly-2021` preset (seed 002): the 15 «Целевые показатели»
// (L105–L126, codes Ц1–Ц15) with the base value and the yearly values of the columns the seed labels
// 2019–2022 (L107), and the indicators of «Мониторинг качества реализации Программы» (L226–L238,
// codes М2.1–М5.1) with the single target the seed writes in parentheses. Names are copied from the
// seed; words broken by the PDF's column wrapping are re-joined, text the seed lost at a page break
// is restored in square brackets, or marked «[…]» when it cannot be restored. The seed gives no
// formulas: every formula here is our default and is named in `formula`.
import type { ProgramInput } from '../../program';
import { CLUSTER_METRIC } from './metrics';

type IndicatorInput = ProgramInput['indicators'][number];
type MetricInput = IndicatorInput['metric'];

const at = (line: number): string => `seed 002 L${line}`;

/** The columns «2019 | 2020 | 2021 | 2022» of the target table (L107), as the seed labels them. */
function yearly(line: number, values: [number, number, number, number]): IndicatorInput['targets'] {
  return values.map((value, i) => ({ year: 2019 + i, value, source: at(line) }));
}
/** «базовое значение» (L107): no year is given, and the values read like final targets (see notes). */
const base = (value: number, line: number): IndicatorInput['baseline'] => ({ year: null, value, source: at(line) });
/** A monitoring target «(75 %)» with no year: applied to each program year 2021–2024. */
function eachYear(value: number, line: number): IndicatorInput['targets'] {
  return [2021, 2022, 2023, 2024].map((year) => ({ year, value, source: at(line) }));
}

const ratio = (num: string[], den: string[], negative: string[] = []): MetricInput => ({
  kind: 'ratio',
  num: [...num.map((field) => ({ field })), ...negative.map((field) => ({ field, weight: -1 }))],
  den: den.map((field) => ({ field })),
});
const flag = (field: string): MetricInput => ({ kind: 'flag', field });

// Goals of the target table, as in its first column; G2's cell (L110, L112) is cut short, so the
// tactical goal is taken from L101.
const G1 =
  'Разработать систему мер, направленных на поддержку образовательной среды ШНОР и ШНСУ, способствующей личностному росту обучающихся, развитию их творческих способностей, путем их включения в олимпиадное движение и в муниципальную систему дополнительного образования'; // L108
const G2 =
  'Создать условия для профессионального развития педагогов, используя программы повышения квалификации, вертикальные и горизонтальные формы профессионального развития'; // L101
const G3 =
  'Создать модель сетевого взаимодействия (с использованием современных образовательных технологий, в т.ч дистанционных) между школами в условиях дефицита кадров и низких образовательных результатов обучающихся'; // L116
const G4 = 'Создать условия для установления горизонтальных связей между школами по обмену и распространению опыта'; // L124

// Criteria of the monitoring table (L228 «Предмет мониторинга | Критерии | Показатели | Инструменты | Источники»).
const K2 = 'Динамика результатов ЕГЭ, ОГЭ, ВПР, участия в ВсОШ'; // L230
const K3 = 'Динамика качества условий обучения'; // L233
const K4 = 'Динамика развития кадров'; // L234
const K5 = 'Система поддержки ШНОР и ШНСУ муниципальный уровень'; // L238
const S2 = 'Предмет мониторинга: Динамика влияния программы поддержки на повышение качества образования в ШНОР и ШНСУ.'; // L230
const S4 =
  'Предмет мониторинга: Динамика влияния программ поддержки ШНОР/ ШНСУ на улучшение кадрового обеспечения ШНОР и ШНСУ.'; // L234

const BARS = 'Барс - мониторинг'; // L230
const SURVEY = 'Опросный лист'; // L233
const STAFF_DOCS = 'ЭДО, отчеты, аналитические справки, опросы'; // L234
const BASE_NOTE = 'Базовое значение в программе без года и по смыслу похоже на целевое (см. примечания программы).';

/** Defaults every target indicator shares: yearly, programme schools, no «не менее» in the seed. */
function target(
  i: Omit<IndicatorInput, 'periodicity' | 'comparison' | 'direction' | 'scope'> & Partial<IndicatorInput>,
): IndicatorInput {
  return {
    periodicity: 'ежегодно',
    comparison: 'none',
    direction: 'up',
    scope: 'shnor_or_shnsu',
    ...i,
    note: [i.note, BASE_NOTE].filter(Boolean).join(' '),
  };
}

export const bavlyTargetIndicators: IndicatorInput[] = [
  target({
    code: 'Ц1',
    group: G1,
    name: 'Доля обучающихся, которые являются участниками ВсОШ, преодолевшие рейтинговый балл для участия в муниципальном этапе',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.vsosh_rating'], ['pupils.total']),
    formula: 'Участники ВсОШ, преодолевшие рейтинговый балл для муниципального этапа / обучающихся × 100 %',
    source: at(108),
    baseline: base(2, 108), // L108 «2 %»
    targets: yearly(108, [1, 1, 2, 2]), // L108 «1 1 2 2»
  }),
  target({
    code: 'Ц2',
    group: G1,
    name: 'Доля обучающихся, Охваченных системой Дополнительного образования',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.additional_ed'], ['pupils.total']),
    formula: 'Охвачены дополнительным образованием / обучающихся × 100 %',
    source: at(109),
    baseline: base(64, 109), // L109 «64%»
    targets: yearly(109, [50, 60, 65, 70]), // L109 «50 60 6 5 70»
    note: 'Тот же показатель в мониторинге (М3.2) имеет цель 100 % (L233).',
  }),
  target({
    code: 'Ц3',
    group: G2,
    name: 'Доля педагогов, прошедших курсы повышения квалификации, исходя из их профессиональных дефицитов',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.pk_by_deficits'], ['staff.pedagogues']),
    formula: 'Прошли курсы ПК по своим профессиональным дефицитам / педагогов × 100 %',
    source: 'seed 002 L110, L112',
    baseline: base(100, 110), // L110 «100»
    targets: yearly(110, [100, 100, 100, 100]), // L110 «100 100 1 0 0 10 0»
  }),
  target({
    code: 'Ц4',
    group: G2,
    name: 'Доля педагогов, охваченных тьюторством',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.tutoring'], ['staff.pedagogues']),
    formula: 'Охвачены тьюторством / педагогов × 100 %',
    source: at(113),
    baseline: base(15, 113), // L113 «15»
    targets: yearly(113, [70, 80, 80, 100]), // L113 «70 80 80 100»
  }),
  target({
    code: 'Ц5',
    group: G2,
    name: 'Доля педагогов, включенных в профессиональные обучающие сообщества в рамках ОО и за ее пределами',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.prof_communities'], ['staff.pedagogues']),
    formula: 'Включены в профессиональные обучающие сообщества / педагогов × 100 %',
    source: at(114),
    baseline: base(80, 114), // L114 «80 %»
    targets: yearly(114, [70, 75, 80, 100]), // L114 «70 75 80 100»
  }),
  target({
    code: 'Ц6',
    group: G2,
    name: 'Доля педагогов, включенных в конкурсы профессионального мастерства, мастер-классы, конференции)',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.contests'], ['staff.pedagogues']),
    formula: 'Включены в конкурсы профессионального мастерства, мастер-классы, конференции / педагогов × 100 %',
    source: at(115),
    baseline: base(50, 115), // L115 «50 %»
    targets: yearly(115, [10, 30, 40, 50]), // L115 «10 30 40 50»
  }),
  target({
    code: 'Ц7',
    group: G3,
    name: 'Доля вакантных руководящих и педагогических должностей',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.vacancies'], ['staff.posts_total']),
    direction: 'down',
    formula: 'Вакантные руководящие и педагогические должности / все такие должности × 100 %',
    source: at(116),
    baseline: base(2, 116), // L116 «2%»
    targets: yearly(116, [10, 5, 5, 2]), // L116 «10 5 5 2»: falling, lower is better
  }),
  target({
    code: 'Ц8',
    group: G3,
    name: 'Доля педагогов, преподающих свой предмет в соответствии с квалификацией по диплому',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.diploma_match'], ['staff.teachers']),
    formula: 'Учителя, преподающие предмет по квалификации по диплому / учителей × 100 %',
    source: at(117),
    baseline: base(100, 117), // L117 «100 %»
    targets: yearly(117, [70, 70, 100, 100]), // L117 «70 70 100 100»
  }),
  target({
    code: 'Ц9',
    group: G3,
    name: 'Доля школ, включенных в сетевое взаимодействие',
    unit: '%',
    aggregation: 'share',
    metric: flag('items.network'),
    scope: 'all',
    formula: 'Школы, включённые в сетевое взаимодействие / школ в мониторинге × 100 %',
    source: at(118),
    baseline: base(100, 118), // L118 «100 %»
    targets: yearly(118, [10, 50, 80, 100]), // L118 «10 50 80 100»
  }),
  target({
    code: 'Ц10',
    group: G3,
    name: 'Доля обучающихся, успешно прошедших государственную итоговую -9 аттестацию (не ниже среднего по кластеру)',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.gia9_not_below_cluster'], ['pupils.gia9_total']),
    formula:
      'Выпускники 9 классов с результатом ГИА-9 не ниже среднего по кластеру / выпускников, проходивших ГИА-9 × 100 %',
    source: at(119),
    baseline: base(98, 119), // L119 «98 %»
    targets: yearly(119, [70, 80, 90, 98]), // L119 «70 80 90 98»
    note: 'Сравнение с кластером идёт по каждому выпускнику, поэтому школа указывает число таких выпускников сама (среднее по кластеру сообщает управление образования).',
  }),
  target({
    code: 'Ц11',
    group: G3,
    name: 'Доля обучающихся, демонстрирующих высокий процент',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.good_marks'], ['pupils.total']),
    formula: 'По умолчанию: обучающиеся, успевающие на «4» и «5» / обучающихся × 100 %',
    source: 'seed 002 L120, L122',
    baseline: base(50, 120), // L120 «50 %»
    targets: yearly(120, [25, 30, 30, 50]), // L120 «25 30 30 50»
    note: 'Название в программе оборвано («…высокий процент»); по умолчанию считается доля успевающих на «4» и «5».',
  }),
  target({
    code: 'Ц12',
    group: G3,
    name: 'Доля школ, преодолевших порог показателя индекса социального [благополучия]',
    unit: '%',
    aggregation: 'share',
    metric: flag('items.social_index_passed'),
    scope: 'all',
    formula: 'Школы, преодолевшие порог индекса социального благополучия / школ в мониторинге × 100 %',
    source: at(123),
    baseline: base(42, 123), // L123 «42 %»
    targets: yearly(123, [10, 20, 32, 42]), // L123 «10 20 3 2 42»
    note: 'Ни формула индекса, ни порог в программе не даны: школа отмечает «да», если преодолела порог, установленный регионом.',
  }),
  target({
    code: 'Ц13',
    group: G4,
    name: 'Доля школ, получивших статус опорной площадки',
    unit: '%',
    aggregation: 'share',
    metric: flag('items.support_site'),
    scope: 'all',
    formula: 'Школы со статусом опорной площадки / школ в мониторинге × 100 %',
    source: at(124),
    baseline: base(30, 124), // L124 «30 %»
    targets: yearly(124, [10, 20, 30, 50]), // L124 «10 % 20 3 0 50»
  }),
  target({
    code: 'Ц14',
    group: G4,
    name: 'Доля школ, ставших ресурсными центрами, «точками роста» в рамках реализации сетевого [взаимодействия]',
    unit: '%',
    aggregation: 'share',
    metric: flag('items.resource_centre'),
    scope: 'all',
    formula: 'Школы — ресурсные центры, «точки роста» / школ в мониторинге × 100 %',
    source: at(125),
    baseline: base(10, 125), // L125 «10 %»
    targets: yearly(125, [0, 5, 10, 20]), // L125 «0 5 1 0 20»
  }),
  target({
    code: 'Ц15',
    group: G4,
    name: 'Доля образовательных программ с использований дистанционных [технологий в общем пакете программ ОО]',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['cond.programs_distance'], ['cond.programs_total']),
    formula: 'Программы с использованием дистанционных технологий / все образовательные программы ОО × 100 %',
    source: 'seed 002 L126, L233',
    baseline: base(10, 126), // L126 «10 %»
    targets: yearly(126, [0, 5, 10, 15]), // L126 «0 5 1 0 15»
    note: 'Окончание названия — из того же показателя в мониторинге (М3.4, L233).',
  }),
];

/** Defaults every monitoring indicator shares. */
function monitored(
  i: Omit<IndicatorInput, 'periodicity' | 'comparison' | 'direction' | 'scope'> & Partial<IndicatorInput>,
): IndicatorInput {
  return { periodicity: 'по этапам мониторинга', comparison: 'none', direction: 'up', scope: 'shnor_or_shnsu', ...i };
}

const OGE = 'oge.*.9';
const EGE = 'ege.*.11';
const VPR = 'vpr.*.*';

export const bavlyMonitoringIndicators: IndicatorInput[] = [
  monitored({
    code: 'М2.1',
    group: K2,
    name: 'Процент справляемости обучающихся по ГИА',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio([`${OGE}.m3`, `${OGE}.m4`, `${OGE}.m5`, `${EGE}.n`], [`${OGE}.n`, `${EGE}.n`], [`${EGE}.below`]),
    formula: 'ОГЭ: «3», «4», «5»; ЕГЭ: преодолели минимальный порог — от всех участников ГИА × 100 %',
    dataSource: BARS,
    source: at(230),
    targets: eachYear(75, 230), // L230 «ГИА (75 %)»
    key: true,
    note: `${S2} Справляемость в программе не определена; по умолчанию — доля справившихся (не получивших «2», преодолевших минимальный порог).`,
  }),
  monitored({
    code: 'М2.2',
    group: K2,
    name: 'Процент успешности обучающихся по ГИА',
    unit: '%',
    aggregation: 'pooled',
    metric: CLUSTER_METRIC,
    formula: 'ОГЭ: «4» и «5» / участников × 100 % (у ЕГЭ нет отметок)',
    dataSource: BARS,
    source: at(230),
    targets: eachYear(75, 230), // L230 «ГИА (75 %)»
    key: true,
    note: `${S2} Успешность в программе не определена; по умолчанию — качество знаний («4» и «5») по ОГЭ.`,
  }),
  monitored({
    code: 'М2.3',
    group: K2,
    name: 'Процент справляемости обучающихся по ВПР',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio([`${VPR}.m3`, `${VPR}.m4`, `${VPR}.m5`], [`${VPR}.n`]),
    formula: '(«3» + «4» + «5») / участников ВПР × 100 %',
    dataSource: BARS,
    source: at(230),
    targets: eachYear(75, 230), // L230 «ВПР (75%)»
    key: true,
    note: `${S2} Справляемость — по умолчанию доля не получивших «2».`,
  }),
  monitored({
    code: 'М2.4',
    group: K2,
    name: 'Процент успешности обучающихся по ВПР',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio([`${VPR}.m4`, `${VPR}.m5`], [`${VPR}.n`]),
    formula: '(«4» + «5») / участников ВПР × 100 %',
    dataSource: BARS,
    source: at(230),
    targets: eachYear(75, 230), // L230 «ВПР (75%)»
    key: true,
    note: `${S2} Успешность — по умолчанию качество знаний («4» и «5»).`,
  }),
  monitored({
    code: 'М2.5',
    group: K2,
    name: 'Число ОО, демонстрирующих низкие образовательные результаты от общего числа ОО МР',
    unit: '%',
    aggregation: 'schoolShare',
    metric: CLUSTER_METRIC,
    conditionRule: 'cluster',
    scope: 'all',
    direction: 'down',
    formula:
      'Школы с низкими результатами в своём кластере без положительной динамики (правило cluster) / все школы × 100 %',
    dataSource: BARS,
    source: 'seed 002 L230, L232',
    targets: eachYear(20, 232), // L232 «(20%)»
    key: true,
    note: `${S2} В программе «число», но цель — доля (20 %); по данным программы сейчас 8 из 20 школ (40 %, L46).`,
  }),
  monitored({
    code: 'М2.6',
    group: K2,
    name: 'Доля обучающихся-участников / призеров/ победителей в муниципальном этапе ВсОШ',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.vsosh_municipal'], ['pupils.total']),
    formula: 'Участники, призёры и победители муниципального этапа ВсОШ / обучающихся × 100 %',
    dataSource: BARS,
    source: at(232),
    targets: eachYear(10, 232), // L232 «(10%)»
    note: S2,
  }),
  monitored({
    code: 'М3.1',
    group: K3,
    name: 'Доля обучающихся ШНОР и ШНСУ и их родителей удовлетворенных качеством условий образования',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.survey_satisfied'], ['pupils.survey_respondents']),
    formula: 'Удовлетворены качеством условий / ответили на опросный лист × 100 %',
    dataSource: SURVEY,
    source: at(233),
    targets: eachYear(70, 233), // L233 «(70%)»
    note: S2,
  }),
  monitored({
    code: 'М3.2',
    group: K3,
    name: 'Доля обучающихся ШНОР и ШНСУ охваченных программами дополнительного образования',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.additional_ed'], ['pupils.total']),
    formula: 'Охвачены дополнительным образованием / обучающихся × 100 %',
    dataSource: SURVEY,
    source: at(233),
    targets: eachYear(100, 233), // L233 «(100 %)»
    note: `${S2} Тот же показатель среди целевых (Ц2) имеет цели 50–70 % (L109).`,
  }),
  monitored({
    code: 'М3.3',
    group: K3,
    name: 'Число обучающихся, стоящих на профилактическом учете в связи с девиантным поведением',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['pupils.deviant_register'], ['pupils.total']),
    direction: 'down',
    comparison: 'lte', // L233 «не более 5%»
    formula: 'На профилактическом учёте / обучающихся × 100 %',
    dataSource: SURVEY,
    source: at(233),
    targets: eachYear(5, 233), // L233 «(не более 5%)»
    note: `${S2} В программе «число», но предел — доля (не более 5 %); по данным программы сейчас 12 чел. (15 %) на разных видах учёта (L62).`,
  }),
  monitored({
    code: 'М3.4',
    group: K3,
    name: 'Доля образовательных программ с использований дистанционных технологий в общем пакете программ ОО',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['cond.programs_distance'], ['cond.programs_total']),
    formula: 'Программы с дистанционными технологиями / все образовательные программы ОО × 100 %',
    dataSource: SURVEY,
    source: at(233),
    targets: eachYear(15, 233), // L233 «(15%)»
    note: S2,
  }),
  monitored({
    code: 'М4.1',
    group: K4,
    name: 'Доля педагогов повысивших свою квалификацию',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.pk_done'], ['staff.pedagogues']),
    formula: 'Повысили квалификацию / педагогов × 100 %',
    dataSource: STAFF_DOCS,
    source: at(234),
    targets: eachYear(100, 234), // L234 «(100%)»
    note: S4,
  }),
  monitored({
    code: 'М4.2',
    group: K4,
    name: 'Доля педагогов с высшей и первой квалификационными категориями',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.category_high_first'], ['staff.pedagogues']),
    formula: 'С высшей и первой категориями / педагогов × 100 %',
    dataSource: STAFF_DOCS,
    source: at(234),
    targets: eachYear(35, 234), // L234 «(35 %)»
    note: S4,
  }),
  monitored({
    code: 'М4.3',
    group: K4,
    name: 'Укомплектованность школ педагогическими кадрами',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.posts_total'], ['staff.posts_total'], ['staff.vacancies']),
    formula: '(должности − вакансии) / должности × 100 %',
    dataSource: STAFF_DOCS,
    source: at(234),
    targets: eachYear(75, 234), // L234 «(75%)»
    note: `${S4} Считается по тем же полям, что Ц7 (100 % минус доля вакансий).`,
  }),
  monitored({
    code: 'М4.4',
    group: K4,
    name: 'Доля педагогов удовлетворенных качеством […]',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.survey_satisfied'], ['staff.survey_respondents']),
    formula: 'Удовлетворены (по опросу) / ответили на опрос × 100 %',
    dataSource: STAFF_DOCS,
    source: at(234),
    note: `${S4} Название оборвано в программе, цели нет.`,
  }),
  monitored({
    code: 'М4.5',
    group: K4,
    name: 'Доля педагогов включенных в конкурсное движение',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.contests'], ['staff.pedagogues']),
    formula: 'Включены в конкурсы профессионального мастерства / педагогов × 100 %',
    dataSource: STAFF_DOCS,
    source: at(235),
    targets: eachYear(50, 235), // L235 «(50%)»
    note: `${S4} Считается по тем же полям, что Ц6.`,
  }),
  monitored({
    code: 'М4.6',
    group: K4,
    name: 'Доля педагогов школ, демонстрирующих прирост по предметным и метапредметным компетенциям',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.competence_growth'], ['staff.competence_assessed']),
    formula: 'Показали прирост компетенций / прошли оценку × 100 %',
    dataSource: STAFF_DOCS,
    source: 'seed 002 L235, L237',
    targets: eachYear(80, 237), // L237 «(80%)»
    note: S4,
  }),
  monitored({
    code: 'М5.1',
    group: K5,
    name: 'Доля педагогов, использующих методические материалы по вопросам повышения качества обучения, размещенные на сайте УО',
    unit: '%',
    aggregation: 'pooled',
    metric: ratio(['staff.uses_materials'], ['staff.survey_respondents']),
    formula: 'Используют материалы сайта УО / ответили на опрос × 100 %',
    dataSource: 'Результаты опроса', // L238
    source: at(238),
    targets: eachYear(80, 238), // L238 «(80 %)»
    note: S4,
  }),
];
