// This file holds the `strezhevoy-2023` preset: the municipal program «Повышение качества образования
// в школах с низкими образовательными результатами обучающихся» of городской округ Стрежевой
// (seed 001: приказ Управления образования от 10.05.2023 № 222, Приложение 1). It carries the
// seed's low-result rule (≥ 30 % «2» on ВПР or below the minimum on ОГЭ/ЕГЭ, L80), the ШНОР rule
// over two school years (L76), the 18 rows of the monitoring table (L237–L254) as indicators, the
// expected results (L280–L287) as dynamics rules and the 4 measures of the table at L258–L262.
// The seed gives no baselines, targets or deadlines: those stay empty or carry `source: null`.
import { CONTEXT_FIELDS, type Assessment, type FieldDef } from '../fields';
import type { ProgramInput } from '../program';

const SEED = 'seed 001';
const at = (line: string): string => `${SEED} ${line}`;

function ctx(code: string): FieldDef {
  const field = CONTEXT_FIELDS.find((f) => f.code === code);
  if (!field) throw new Error(`strezhevoy-2023: no context field ${code}`);
  return field;
}

/** A yes/no program item with its companion link to the confirming document. */
function item(code: string, label: string): FieldDef[] {
  return [
    { code, section: 'items', label, type: 'bool', required: false },
    { code: `${code}_link`, section: 'items', label: `${label}: ссылка на документ`, type: 'url', required: false },
  ];
}

function count(code: string, section: 'pupils' | 'staff', label: string): FieldDef {
  return { code, section, label, type: 'count', min: 0, required: false };
}

function deficit(code: string, label: string): FieldDef {
  return { code, section: 'cond', label, type: 'bool', required: false };
}

// L78: ЕГЭ, ОГЭ, ВПР по русскому языку и математике. ВПР grades 4–8 are the grades where ВПР has
// Russian and maths; ЕГЭ maths is базовая and профильная (two subjects of the field dictionary).
const VPR_GRADES = [4, 5, 6, 7, 8];
// L241: the grades of the municipal control test are not given; 5–9 is our default.
const KDR_GRADES = [5, 6, 7, 8, 9];

const assessments: Assessment[] = [
  ...VPR_GRADES.flatMap((grade): Assessment[] => [
    { procedure: 'vpr', subject: 'rus', grade, measures: ['n', 'm2'] },
    { procedure: 'vpr', subject: 'math', grade, measures: ['n', 'm2'] },
  ]),
  { procedure: 'oge', subject: 'rus', grade: 9, measures: ['n', 'below'] },
  { procedure: 'oge', subject: 'math', grade: 9, measures: ['n', 'below'] },
  { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below'] },
  { procedure: 'ege', subject: 'mathb', grade: 11, measures: ['n', 'below'] },
  { procedure: 'ege', subject: 'mathp', grade: 11, measures: ['n', 'below'] },
  ...KDR_GRADES.flatMap((grade): Assessment[] => [
    { procedure: 'kdr', subject: 'rus', grade, measures: ['n', 'm2', 'm3', 'm4', 'm5'] },
    { procedure: 'kdr', subject: 'math', grade, measures: ['n', 'm2', 'm3', 'm4', 'm5'] },
  ]),
];

const fields: FieldDef[] = [
  ctx('staff.pedagogues'),
  ctx('staff.pk_done'),
  ctx('staff.iom_done'),
  count('staff.contests', 'staff', 'Приняли участие в профессиональных конкурсах, конференциях и др.'),
  count('staff.ggp_presented', 'staff', 'Приняли участие в работе ГГП с представлением опыта работы'),
  count('staff.iom_has', 'staff', 'Имеют ИОМ'),
  count('staff.competence_assessed', 'staff', 'Прошли диагностику профессиональных компетенций'),
  count('staff.competence_growth', 'staff', 'Показали прирост компетенций по результатам диагностики'),
  count(
    'pupils.vsosh_prizes',
    'pupils',
    'Победители и призёры этапов ВСОШ по математике и русскому языку (муниципальный этап и выше)',
  ),
  deficit('cond.deficit_content', 'Выявлены факторы риска (дефициты): содержание образования'),
  deficit('cond.deficit_progress', 'Выявлены факторы риска (дефициты): успеваемость учащихся'),
  deficit('cond.deficit_staff', 'Выявлены факторы риска (дефициты): кадровое обеспечение'),
  deficit('cond.deficit_resources', 'Выявлены факторы риска (дефициты): ресурсная обеспеченность'),
  deficit('cond.deficit_management', 'Выявлены факторы риска: низкая эффективность управления в школе'),
  deficit('cond.deficit_climate', 'Выявлены факторы риска: проблемы обеспечения благоприятного школьного уклада'),
  {
    code: 'items.selfdiag_score',
    section: 'items',
    label: 'Результат итогового анкетирования для самодиагностики ШНОР (балл)',
    type: 'number',
    min: 0,
    required: false,
  },
  ...item(
    'items.program_corrected',
    'Школьная программа по повышению качества образования скорректирована с учётом факторов риска (дефицитов)',
  ),
  ...item('items.equipment_used', 'Оборудование используется в организации учебного процесса'),
  ...item('items.curator_plan', 'План работы куратора со ШНОР разработан и реализуется'),
  ...item('items.ppms_plan', 'План мероприятий помощи ШНОР разработан и реализуется'),
  ...item('items.observers', 'Привлечены общественные/независимые наблюдатели'),
  ...item('items.prevention_plan', 'План профилактических мероприятий разработан и реализуется'),
  ...item(
    'items.info_in_plan',
    'Мероприятия по информированию об особенностях внешних мониторинговых исследований включены в План работы МОУ',
  ),
];

const ratio = (num: string[], den: string[]) => ({
  kind: 'ratio' as const,
  num: num.map((field) => ({ field })),
  den: den.map((field) => ({ field })),
});
const flag = (field: string) => ({ kind: 'flag' as const, field });
const staffShare = (field: string) => ratio([field], ['staff.pedagogues']);

const G1 = '1. Адресная поддержка школ с низкими образовательными результатами'; // L238
const G2 = '2. Организация работы со школами, функционирующими в зоне риска снижения образовательных результатов'; // L247
const G3 = '3. Профилактика учебной неуспешности в муниципальных общеобразовательных учреждениях'; // L252
const YEARLY = 'ежегодно'; // L266 «Мониторинг … ежегодно осуществляют»
// The measures table (L258–L262) has no deadlines; the program's own term is «Постоянно» (L71).
const TERM = 'Постоянно';

/** «Предмет мониторинга; критерий; ответственные» of a row of the table at L237. */
const about = (subject: string, criterion: string, responsible: string): string =>
  `Предмет мониторинга: ${subject}. Критерий: ${criterion}. Ответственные: ${responsible}.`;

const RESOURCES = 'Ресурсы ШНОР';
const RESULTS = 'Показатели результативности повышения качества образования';
const STAFF_SOURCE =
  'Данные ЦНППМ ТОИПКРО, ИОМ педагогов, данные АИС «Сетевой Город. Образование», аналитическая справка';
const STAFF_ABOUT = about(
  RESOURCES,
  'Положительная динамика развития кадрового обеспечения',
  'Инновационно-методический отдел',
);
const RESULTS_SOURCE =
  'ЦОКО ТОИПКРО, РЦРО, муниципальная статистика; контент-анализ документов, анализ статистических данных';
const RESULTS_ABOUT = about(
  RESULTS,
  'Положительная динамика образовательных результатов обучающихся по результатам независимых мониторинговых исследований',
  'Инспекторско-аналитический отдел; инновационно-методический отдел',
);

export const strezhevoy2023: ProgramInput = {
  id: 'strezhevoy-2023',
  title: 'Повышение качества образования в школах с низкими образовательными результатами обучающихся', // L64
  municipality: 'городской округ Стрежевой', // L127
  // L71 «Срок реализации: Постоянно»; the order is of 10.05.2023 (L35). 2023 (= 2022/2023 уч. г.) to
  // 2025 is our default reporting horizon, not the seed's.
  years: { from: 2023, to: 2025 },
  source:
    'seed 001: приказ Управления образования Администрации городского округа Стрежевой от 10.05.2023 № 222, Приложение 1',
  assessments,
  fields,
  indicators: [
    {
      code: '1.1',
      group: G1,
      name: 'Наличие / отсутствие факторов риска (дефицитов) по направлениям: содержания образования, успеваемости учащихся, кадрового обеспечения, ресурсной обеспеченности и др.',
      unit: '%',
      // School: «да» when rule `risk` finds at least one deficit; municipality: share of ШНОР with
      // deficits. `Свод` shows the rule's verdict; the metric only feeds the «нет данных» note when
      // the checklist is blank.
      aggregation: 'schoolShare',
      metric: flag('cond.deficit_content'),
      conditionRule: 'risk',
      scope: 'shnor',
      direction: 'down',
      comparison: 'none',
      formula:
        'Школа: есть ли хотя бы один фактор риска (дефицит) по направлениям; муниципалитет: доля ШНОР с факторами риска',
      dataSource: 'Анкетирование ТОИПКРО, самообследование, муниципальная статистика',
      periodicity: YEARLY,
      source: at('L239'),
      note: about(
        RESOURCES,
        'Динамика перспективного развития ресурсов',
        'Руководитель ШНОР, специалисты Управления образования',
      ),
    },
    {
      code: '1.2',
      group: G1,
      name: 'Корректировка школьной программы по повышению качества образования с учётом факторов риска (дефицитов)',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.program_corrected'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля ШНОР, ответивших «да»',
      dataSource: 'Данные ШНОР, самообследование',
      periodicity: YEARLY,
      source: at('L240'),
      note: about(
        RESOURCES,
        'Динамика развития содержания образования',
        'Руководитель ШНОР, инспекторско-аналитический отдел',
      ),
    },
    {
      code: '1.3',
      group: G1,
      name: 'Результаты муниципального контрольного среза по русскому языку и/или математике',
      unit: '%',
      aggregation: 'pooled',
      // Успеваемость, the standard formula: («3» + «4» + «5») / участники.
      metric: ratio(['kdr.*.*.m3', 'kdr.*.*.m4', 'kdr.*.*.m5'], ['kdr.*.*.n']),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Успеваемость: (Σ «3» + Σ «4» + Σ «5») / Σ участников × 100 %',
      dataSource: 'Аналитическая справка',
      periodicity: YEARLY,
      source: at('L241'),
      note: about(RESOURCES, 'Динамика развития успеваемости учащихся', 'Инспекторско-аналитический отдел'),
    },
    {
      code: '1.4.1',
      group: G1,
      name: 'Доля педагогических работников, прошедших курсы ПК',
      unit: '%',
      aggregation: 'pooled',
      metric: staffShare('staff.pk_done'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Прошли курсы ПК / педагогических работников × 100 %',
      dataSource: STAFF_SOURCE,
      periodicity: YEARLY,
      source: at('L242'),
      note: STAFF_ABOUT,
    },
    {
      code: '1.4.2',
      group: G1,
      name: 'Доля педагогических работников, принявших участие в профессиональных конкурсах, конференциях и др.',
      unit: '%',
      aggregation: 'pooled',
      metric: staffShare('staff.contests'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Приняли участие в конкурсах, конференциях / педагогических работников × 100 %',
      dataSource: STAFF_SOURCE,
      periodicity: YEARLY,
      source: at('L242'),
      note: STAFF_ABOUT,
    },
    {
      code: '1.4.3',
      group: G1,
      name: 'Доля педагогических работников, принявших участие в работе ГГП с представлением опыта работы',
      unit: '%',
      aggregation: 'pooled',
      metric: staffShare('staff.ggp_presented'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Представили опыт работы в ГГП / педагогических работников × 100 %',
      dataSource: STAFF_SOURCE,
      periodicity: YEARLY,
      source: at('L242'),
      note: STAFF_ABOUT,
    },
    {
      code: '1.4.4',
      group: G1,
      name: 'Доля педагогических работников, имеющих ИОМ.',
      unit: '%',
      aggregation: 'pooled',
      metric: staffShare('staff.iom_has'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Имеют ИОМ / педагогических работников × 100 %',
      dataSource: STAFF_SOURCE,
      periodicity: YEARLY,
      source: at('L242'),
      note: STAFF_ABOUT,
    },
    {
      code: '1.5',
      group: G1,
      name: 'Использование оборудования в организации учебного процесса',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.equipment_used'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля ШНОР, ответивших «да» (подробности — в аналитической справке)',
      dataSource: 'Аналитическая справка',
      periodicity: YEARLY,
      source: at('L244'),
      note: about(RESOURCES, 'Динамика развития ресурсной обеспеченности', 'Руководитель ШНОР'),
    },
    {
      code: '1.6',
      group: G1,
      name: 'Разработка и реализация Плана работы куратора со ШНОР',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.curator_plan'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля ШНОР, ответивших «да»',
      dataSource: 'План работы куратора',
      periodicity: YEARLY,
      source: at('L245'),
      note: about(
        'Сетевое взаимодействие между школами для обмена опытом по повышению качества образования',
        'Повышение качества образования и переход в эффективный режим функционирования',
        'Куратор ШНОР',
      ),
    },
    {
      code: '1.7',
      group: G1,
      name: 'Разработка и реализация Плана мероприятий помощи ШНОР',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.ppms_plan'),
      scope: 'shnor',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля ШНОР, ответивших «да»',
      dataSource: 'План мероприятий',
      periodicity: YEARLY,
      source: at('L246'),
      note: about(
        'Психолого-педагогическое сопровождение участников образовательного процесса (учащиеся, родители, педагогические работники)',
        'Повышение качества образования и переход в эффективный режим функционирования',
        'Центр ППМС помощи',
      ),
    },
    {
      code: '2.1.1',
      group: G2,
      name: 'Результаты ЕГЭ 11 классов по математике и/или по русскому языку',
      unit: '%',
      aggregation: 'pooled',
      metric: ratio(['ege.*.11.below'], ['ege.*.11.n']),
      scope: 'all',
      direction: 'down',
      comparison: 'none',
      formula:
        'Не преодолели минимальный порог / участников ЕГЭ × 100 % (русский язык, математика базовая и профильная)',
      dataSource: RESULTS_SOURCE,
      periodicity: YEARLY,
      source: at('L248'),
      key: true,
      note: RESULTS_ABOUT,
    },
    {
      code: '2.1.2',
      group: G2,
      name: 'Результаты ГИА 9 классов по математике и/или по русскому языку',
      unit: '%',
      aggregation: 'pooled',
      metric: ratio(['oge.*.9.below'], ['oge.*.9.n']),
      scope: 'all',
      direction: 'down',
      comparison: 'none',
      formula: 'Не преодолели минимальный порог / участников ОГЭ × 100 %',
      dataSource: RESULTS_SOURCE,
      periodicity: YEARLY,
      source: at('L248'),
      key: true,
      note: RESULTS_ABOUT,
    },
    {
      code: '2.1.3',
      group: G2,
      name: 'Результаты ВПР по математике и/или по русскому языку',
      unit: '%',
      aggregation: 'pooled',
      metric: ratio(['vpr.*.*.m2'], ['vpr.*.*.n']),
      scope: 'all',
      direction: 'down',
      comparison: 'none',
      formula: 'Получили «2» / участников ВПР × 100 %',
      dataSource: RESULTS_SOURCE,
      periodicity: YEARLY,
      source: at('L248'),
      key: true,
      note: RESULTS_ABOUT,
    },
    {
      code: '2.1.4',
      group: G2,
      name: 'Результаты участия в этапах ВСОШ по математике и/или по русскому языку',
      unit: 'чел.',
      aggregation: 'sum',
      metric: { kind: 'value', sum: [{ field: 'pupils.vsosh_prizes' }] },
      scope: 'all',
      direction: 'up',
      comparison: 'none',
      formula: 'Число победителей и призёров муниципального и последующих этапов ВСОШ',
      dataSource: RESULTS_SOURCE,
      periodicity: YEARLY,
      source: at('L248'),
      note: RESULTS_ABOUT,
    },
    {
      code: '2.2',
      group: G2,
      name: 'Привлечение общественных/независимых наблюдателей',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.observers'),
      scope: 'all',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля МОУ, ответивших «да»',
      dataSource: 'Контент-анализ актов общественного/независимого наблюдения',
      periodicity: YEARLY,
      source: at('L250'),
      note: about(
        RESULTS,
        'Обеспечение объективности проведения независимых мониторинговых исследований',
        'Инспекторско-аналитический отдел, инновационно-методический отдел',
      ),
    },
    {
      code: '2.3',
      group: G2,
      name: 'Прирост компетенций',
      unit: '%',
      aggregation: 'pooled',
      metric: ratio(['staff.competence_growth'], ['staff.competence_assessed']),
      scope: 'all',
      direction: 'up',
      comparison: 'none',
      formula: 'Показали прирост компетенций / прошли диагностику × 100 %',
      dataSource: 'ЦНППМ ТОИПКРО, муниципальная статистика; контент-анализ документов, анализ статистических данных',
      periodicity: YEARLY,
      source: at('L251'),
      note: about(RESULTS, 'Динамика компетенций педагогов', 'Инновационно-методический отдел'),
    },
    {
      code: '3.1',
      group: G3,
      name: 'Разработка и реализация Плана профилактических мероприятий',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.prevention_plan'),
      scope: 'all',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля МОУ, ответивших «да»',
      dataSource: 'Аналитическая справка',
      periodicity: YEARLY,
      source: at('L253'),
      note: about(
        'Профилактика учебной неуспешности',
        'Повышение качества образования и переход в эффективный режим функционирования',
        'Руководитель МОУ',
      ),
    },
    {
      code: '3.2',
      group: G3,
      name: 'Включение мероприятий в План работы МОУ',
      unit: '%',
      aggregation: 'share',
      metric: flag('items.info_in_plan'),
      scope: 'all',
      direction: 'up',
      comparison: 'none',
      formula: 'Доля МОУ, ответивших «да»',
      dataSource: 'Аналитическая справка',
      periodicity: YEARLY,
      source: at('L254'),
      note: about(
        'Информирование участников образовательного процесса (учащиеся, родители) об особенностях проведения внешних мониторинговых исследований',
        'Повышение информированности',
        'Руководитель МОУ',
      ),
    },
  ],
  rules: [
    {
      code: 'low.vpr',
      name: 'Низкие образовательные результаты: ВПР',
      description:
        'Не менее 30% от общего числа участников оценочной процедуры получили отметку «2» (ВПР по русскому языку и математике).',
      kind: {
        type: 'assessmentThreshold',
        assessments: ['vpr.rus.*', 'vpr.math.*'],
        num: ['m2'],
        den: ['n'],
        threshold: { op: 'gte', value: 30, source: at('L80') }, // L80 «не менее 30%»
      },
      flags: 'lowResult',
      source: at('L78, L80'),
    },
    {
      code: 'low.gia',
      name: 'Низкие образовательные результаты: ОГЭ, ЕГЭ',
      description:
        'Не менее 30% от общего числа участников оценочной процедуры не преодолели минимальный порог, предусмотренный спецификацией соответствующей оценочной процедуры (ОГЭ, ЕГЭ по русскому языку и математике).',
      kind: {
        type: 'assessmentThreshold',
        assessments: ['oge.rus.*', 'oge.math.*', 'ege.rus.*', 'ege.mathb.*', 'ege.mathp.*'],
        num: ['below'],
        den: ['n'],
        threshold: { op: 'gte', value: 30, source: at('L80') }, // L80 «не менее 30%»
      },
      flags: 'lowResult',
      source: at('L78, L80'),
    },
    {
      code: 'shnor',
      name: 'Школа с низкими образовательными результатами обучающихся',
      description:
        'Школы, в которых не менее чем по двум оценочным процедурам в предыдущем учебном году были зафиксированы низкие результаты, и школы, в которых хотя бы по одной оценочной процедуре в каждом из двух предыдущих учебных годов были зафиксированы низкие результаты.',
      kind: {
        type: 'multiYear',
        rule: 'low.vpr',
        rules: ['low.gia'],
        minPrevYear: { value: 2, source: at('L76') }, // L76 «не менее чем по двум оценочным процедурам»
        minEachOfTwo: { value: 1, source: at('L76') }, // L76 «хотя бы по одной … в каждом из двух»
        countGrades: false,
      },
      flags: 'shnor',
      source: at('L76'),
    },
    {
      code: 'risk',
      name: 'Наличие факторов риска (дефицитов)',
      description:
        'Наличие / отсутствие факторов риска (дефицитов) по направлениям: содержания образования, успеваемости учащихся, кадрового обеспечения, ресурсной обеспеченности и др.',
      kind: {
        type: 'criteriaCount',
        criteria: [
          riskCriterion(
            'risk.content',
            'Факторы риска (дефициты) по направлению содержания образования',
            'cond.deficit_content',
            'L239',
          ),
          riskCriterion(
            'risk.progress',
            'Факторы риска (дефициты) по направлению успеваемости учащихся',
            'cond.deficit_progress',
            'L239',
          ),
          riskCriterion(
            'risk.staff',
            'Факторы риска (дефициты) по направлению кадрового обеспечения',
            'cond.deficit_staff',
            'L239',
          ),
          riskCriterion(
            'risk.resources',
            'Факторы риска (дефициты) по направлению ресурсной обеспеченности',
            'cond.deficit_resources',
            'L239',
          ),
          riskCriterion(
            'risk.management',
            'Низкая эффективность управления в школе',
            'cond.deficit_management',
            'L155',
          ),
          riskCriterion(
            'risk.climate',
            'Проблемы обеспечения благоприятного школьного уклада',
            'cond.deficit_climate',
            'L155',
          ),
        ],
        // L239 «Наличие / отсутствие»: one direction with a deficit is enough.
        minCount: { value: 1, source: at('L239') },
      },
      flags: 'risk',
      scope: 'shnor',
      source: at('L239, L155'),
    },
    {
      code: 'dyn.vpr',
      name: 'Положительная динамика (уменьшение) количества участников ВПР по русскому языку и/или математике, не справившихся с работой',
      description:
        'Число участников ВПР по русскому языку и математике, получивших «2», должно уменьшаться год к году.',
      kind: {
        type: 'dynamics',
        metric: { kind: 'value', sum: [{ field: 'vpr.*.*.m2' }] },
        compareTo: 'previousYear',
        direction: 'down',
        minChange: { value: 0, source: null },
        flagWhen: 'notPositive',
      },
      flags: 'info',
      source: at('L283'),
    },
    {
      code: 'dyn.gia',
      name: 'Положительная динамика (уменьшение) количества участников ОГЭ и ЕГЭ по русскому языку и/или математике, не справившихся с работой',
      description: 'Число участников ОГЭ и ЕГЭ, не преодолевших минимальный порог, должно уменьшаться год к году.',
      kind: {
        type: 'dynamics',
        metric: { kind: 'value', sum: [{ field: 'oge.*.9.below' }, { field: 'ege.*.11.below' }] },
        compareTo: 'previousYear',
        direction: 'down',
        minChange: { value: 0, source: null },
        flagWhen: 'notPositive',
      },
      flags: 'info',
      source: at('L284'),
    },
    {
      code: 'dyn.selfdiag',
      name: 'Положительная динамика по результатам итогового анкетирования для самодиагностики ШНОР',
      description: 'Балл итогового анкетирования для самодиагностики ШНОР должен расти год к году.',
      kind: {
        type: 'dynamics',
        metric: { kind: 'value', sum: [{ field: 'items.selfdiag_score' }] },
        compareTo: 'previousYear',
        direction: 'up',
        minChange: { value: 0, source: null },
        flagWhen: 'notPositive',
      },
      flags: 'info',
      scope: 'shnor',
      source: at('L285'),
    },
    {
      code: 'dyn.iom',
      name: 'Ежегодный рост педагогов, завершивших прохождение ИОМ, разработанного на основе результатов самодиагностики от общего числа педагогов ШНОР',
      description: 'Доля педагогов ШНОР, завершивших ИОМ, должна расти каждый год.',
      kind: {
        type: 'dynamics',
        metric: staffShare('staff.iom_done'),
        compareTo: 'previousYear',
        direction: 'up',
        minChange: { value: 0, source: null },
        flagWhen: 'notPositive',
      },
      flags: 'info',
      scope: 'shnor',
      source: at('L286'),
    },
  ],
  riskFactors: [
    {
      code: 'ФР.1',
      name: 'Проблемы с обеспеченностью ресурсами и кадрами',
      triggers: ['risk.staff', 'risk.resources'],
      source: at('L155'),
    },
    {
      code: 'ФР.2',
      name: 'Низкая эффективность управления в школе',
      triggers: ['risk.management'],
      source: at('L155'),
    },
    {
      code: 'ФР.3',
      name: 'Проблемы обеспечения благоприятного школьного уклада',
      triggers: ['risk.climate'],
      source: at('L155'),
    },
    {
      code: 'ФР.4',
      name: 'Дефициты по направлению содержания образования',
      triggers: ['risk.content'],
      source: at('L239'),
    },
    {
      code: 'ФР.5',
      name: 'Дефициты по направлению успеваемости учащихся',
      triggers: ['risk.progress', 'low.vpr', 'low.gia', 'shnor'],
      source: at('L239'),
    },
  ],
  measures: [
    {
      id: 'strezhevoy-2023.m01',
      section: '1. Организация работы со школами, вошедшими в перечень школ с низкими результатами обучения', // L183
      text: 'Принятие мер по оказанию адресной методической поддержки школам с низкими результатами обучения относительно выявленных в данных школах проблем',
      deadline: TERM,
      responsible: 'Управление образования, куратор ШНОР',
      document:
        'Разработка плана мероприятий («дорожной карты»), протоколы, методические выездные мероприятия, вебинары и др.',
      level: 'both',
      triggers: ['shnor'],
      source: at('L259'),
    },
    {
      id: 'strezhevoy-2023.m02',
      section:
        '3. Адресная профилактика рисков снижения образовательных результатов в выявленных образовательных учреждениях', // L185
      text: 'Принятие мер по устранению дефицита педагогических кадров',
      deadline: TERM,
      responsible: 'Управление образования',
      document:
        'Программа «Земский учитель», целевые программы подготовки, соглашение о взаимодействии с ТГПУ, программы переподготовки ТОИПКРО, протоколы совещаний и др.',
      level: 'municipal',
      triggers: ['risk.staff'],
      source: at('L260'),
    },
    {
      id: 'strezhevoy-2023.m03',
      section:
        '3. Адресная профилактика рисков снижения образовательных результатов в выявленных образовательных учреждениях', // L185
      text: 'Принятие мер, направленных на ликвидацию ресурсных дефицитов в школах, функционирующих в условиях рисков снижения образовательных результатов',
      deadline: TERM,
      responsible: 'Управление образования',
      document:
        'Реализация мероприятий национального проекта «Образование», участие в программе капитального ремонта школ «Модернизация школьных систем образования» в рамках государственной программы «Развитие образования» и др.',
      level: 'municipal',
      triggers: ['risk.resources'],
      source: at('L261'),
    },
    {
      id: 'strezhevoy-2023.m04',
      section: '4. Развитие внутришкольных систем профилактики учебной неуспешности', // L186
      text: 'Принятие мер профилактики учебной неуспешности в МООУ',
      deadline: TERM,
      responsible: 'Управление образования, руководитель МОУ',
      document:
        'Повышение квалификации педагогических работников на курсах повышения квалификации, семинарах, мастер-классах, вебинарах и пр., формирование ИОМ на основании выявленных профессиональных дефицитов и его реализация, методические семинары, совещания, педагогические десанты, адресная методическая поддержка, в т.ч. силами регионального и муниципального методического актива и др.',
      level: 'both',
      triggers: ['low.vpr', 'low.gia', 'risk.progress'],
      always: true,
      source: at('L262'),
    },
  ],
  notes: [
    'Программа действует постоянно (строка 71 «Срок реализации: Постоянно»); годы 2023–2025 — горизонт отчёта по умолчанию, его можно изменить.',
    'Приказ продублирован в источнике под номерами 111 и 222 (строки 3–53); программа — приложение к приказу № 222.',
    'Оценочные процедуры — ЕГЭ, ОГЭ, ВПР по русскому языку и математике (строка 78). Низкий результат — не менее 30 % участников с «2» (ВПР) или ниже минимального порога (ОГЭ, ЕГЭ) (строка 80); порог включительный.',
    'ШНОР: низкие результаты не менее чем по двум процедурам в предыдущем учебном году или хотя бы по одной в каждом из двух предыдущих (строка 76). Процедура = вид работы × предмет (класс не различается); ЕГЭ по математике базовой и профильной — две процедуры. Это настройка по умолчанию: программа не уточняет.',
    'Программа не даёт базовых и целевых значений показателей, сроков и ответственных по мерам: срок мер — срок реализации программы «Постоянно» (строка 71), ответственные — по функциям участников (строки 171–177); это значения по умолчанию.',
    'Классы ВПР (4–8) и муниципального контрольного среза (5–9) выбраны по умолчанию: программа их не называет. Результаты среза считаются как успеваемость («3», «4», «5» от участников).',
    'Показатели без формулы в программе («Результаты ЕГЭ/ГИА/ВПР», «Прирост компетенций», «Результаты участия в этапах ВСОШ») считаются по умолчанию: доля не справившихся, доля педагогов с приростом по итогам диагностики, число победителей и призёров.',
    'Факторы риска: перечень строки 155 и направления дефицитов строки 239; школа отмечает их в шаблоне, правило «risk» подбирает меры (строки 260–261).',
    'Ожидаемые результаты (строки 280–287) заданы правилами динамики: любое уменьшение (рост) год к году — положительная динамика. Количество ШНОР в муниципалитете (строка 282) — это число школ, отмеченных правилом «shnor». Наличие муниципальной системы (строка 280) и вклад в качество образования Томской области (строка 287) не измеряются данными школ.',
    'Перечень ШНОР по методике Рособрнадзора: в 2019 году — МОУ «ОСОШ», в 2022 году — МОУ «СОШ № 7» (строка 137).',
  ],
};

function riskCriterion(code: string, name: string, field: string, line: string) {
  return { code, name, condition: { metric: flag(field), equals: true }, source: at(line) };
}
