// This file is the bogotol-2022 preset: «Муниципальная программа повышения качества образования и
// поддержки школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных
// условиях, на 2022-2025 годы» of the Боготольский район (seed 004). It assembles the assessments and
// fields the program needs, its indicators (bogotol-2022/indicators.ts), rules (rules.ts), risk
// factors and roadmap (measures.ts). Everything the seed does not give is a visible default, listed
// in `notes`.
import { CONTEXT_FIELDS, type FieldDef } from '../fields';
import type { ProgramInput } from '../program';
import { bogotolIndicators } from './bogotol-2022/indicators';
import { bogotolMeasures } from './bogotol-2022/measures';
import { bogotolRules, SPECIALISTS_FIELD } from './bogotol-2022/rules';

/** Standard context fields the criteria and indicators use. */
const CONTEXT_CODES = [
  'pupils.total',
  'pupils.incomplete_family',
  'pupils.unemployed_parents',
  'pupils.no_higher_ed_parents',
  'pupils.registered',
  'pupils.migrant',
  'staff.pedagogues',
  'staff.selfdiag_done',
  'staff.overload_25h',
  'cond.internet_stable',
  'cond.computers_enough',
  'cond.small_school',
  // Stage 2 of identification groups schools by settlement size and transport accessibility (seed 004 L62).
  'cond.settlement_size',
  'cond.distance_km',
];

/** A yes/no program item with its confirming-document link. */
function item(code: string, label: string, help: string): FieldDef[] {
  return [
    { code, section: 'items', label, type: 'bool', required: false, help },
    { code: `${code}_link`, section: 'items', label: `${label}: ссылка на документ`, type: 'url', required: false },
  ];
}

const MUNICIPAL = 'Заполняет Управление образования (муниципальный показатель).';

const fields: FieldDef[] = [
  ...CONTEXT_FIELDS.filter((f) => CONTEXT_CODES.includes(f.code)),
  {
    code: SPECIALISTS_FIELD,
    section: 'staff',
    label:
      'Сколько из специалистов есть в штате: педагог-психолог, учитель-дефектолог, учитель-логопед, социальный педагог',
    type: 'count',
    min: 0,
    max: 4,
    required: false,
    help: 'Число от 0 до 4 (критерий С7).',
  },
  ...item(
    'items.uo_documents',
    'Пакет документов УО по повышению качества образования и поддержке ШНРО и ШНСУ',
    MUNICIPAL,
  ),
  ...item(
    'items.working_group_order',
    'Приказ о рабочей группе по координации работ по повышению качества образования',
    'Показатель 1.2.',
  ),
  ...item(
    'items.analysis_method',
    'Муниципальная методика анализа данных образовательных результатов и внешних социальных условий',
    MUNICIPAL,
  ),
  ...item(
    'items.deficit_system',
    'Муниципальная система выявления профессиональных дефицитов педагогов ШНРО и ШНСУ',
    MUNICIPAL,
  ),
  ...item('items.selfdiag_method', 'Методика профессиональной самодиагностики учителей', MUNICIPAL),
  ...item(
    'items.support_received',
    'Школе оказана консультативная, методическая и другие виды поддержки',
    'Показатель 5.4.',
  ),
  ...item(
    'items.partner_agreements',
    'Договоры с учреждениями дополнительного и профессионального образования, культуры, социальной сферы',
    'Показатель 5.5.',
  ),
  ...item('items.deficit_work', 'Ведётся работа по ликвидации выявленных дефицитов педагогов', 'Показатель 5.6.'),
  ...item(
    'items.pd_events',
    'Школа вовлечена в муниципальные и региональные мероприятия по развитию профессионального мастерства',
    'Показатель 6.1.',
  ),
  ...item(
    'items.analytic_reports',
    'Аналитические отчёты о результатах мониторингов с адресными рекомендациями',
    MUNICIPAL,
  ),
];

export const bogotol2022: ProgramInput = {
  id: 'bogotol-2022',
  title:
    'Муниципальная программа повышения качества образования и поддержки школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях, на 2022-2025 годы',
  municipality: 'Боготольский район',
  years: { from: 2022, to: 2025 }, // seed 004 L13, L24 «2022-2025 годы»
  source: 'Приложение к приказу Управления образования администрации Боготольского района от 05.05.2022 №58',
  assessments: [
    // Н1–Н2, 7.7: ЕГЭ «неудовлетворительные результаты» = below the minimum threshold.
    { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below'] },
    // «ЕГЭ по математике» (L68): one line for both levels, each graduate counted once. Written-out
    // terms are required by the engine, so two level lines would make a school with takers of one
    // level only «нет данных».
    { procedure: 'ege', subject: 'math', grade: 11, measures: ['n', 'below'] },
    // Н3–Н4, 7.6: ОГЭ «неудовлетворительные результаты» = «2».
    { procedure: 'oge', subject: 'math', grade: 9, measures: ['n', 'm2'] },
    { procedure: 'oge', subject: 'rus', grade: 9, measures: ['n', 'm2'] },
    // Н5–Н7, 7.2–7.5: КДР «ниже базового».
    { procedure: 'kdr', subject: 'read', grade: 4, measures: ['n', 'below'] },
    { procedure: 'kdr', subject: 'read', grade: 6, measures: ['n', 'below'] },
    { procedure: 'kdr', subject: 'mathlit', grade: 7, measures: ['n', 'below'] },
    { procedure: 'kdr', subject: 'sci', grade: 8, measures: ['n', 'below'] },
  ],
  fields,
  indicators: bogotolIndicators,
  rules: bogotolRules,
  riskFactors: [
    // «Традиционные факторы риска снижения результатов» (seed 004 L76–L86); triggers = the ШНСУ
    // criteria that measure them. The seed gives no measure for the others.
    {
      code: 'ФР1',
      name: 'территориальная принадлежность школы с учетом размера населённого пункта',
      triggers: [],
      source: 'seed 004 L78',
    },
    { code: 'ФР2', name: 'территориальная отдаленность села от г. Боготола', triggers: [], source: 'seed 004 L79' },
    { code: 'ФР3', name: 'экономический потенциал района, инфраструктура', triggers: [], source: 'seed 004 L80' },
    { code: 'ФР4', name: 'ограниченность культурных и образовательных ресурсов', triggers: [], source: 'seed 004 L81' },
    {
      code: 'ФР5',
      name: 'дефицит материальной базы и инфраструктуры, в том числе, устойчивого доступа в интернет и достаточного количества компьютерной техники',
      triggers: ['С8', 'С9'],
      source: 'seed 004 L82',
    },
    { code: 'ФР6', name: 'дефицит педагогических кадров', triggers: ['С6', 'С7'], source: 'seed 004 L83' },
    {
      code: 'ФР7',
      name: 'сложный контингент (дети из неполных, неблагополучных, малообеспеченных семей, невысокий уровень образования родителей, дети с проблемами поведения и здоровья)',
      triggers: ['С1', 'С2', 'С3', 'С4', 'С5'],
      source: 'seed 004 L84',
    },
    { code: 'ФР8', name: 'неблагоприятная школьная атмосфера', triggers: [], source: 'seed 004 L85' },
    {
      code: 'ФР9',
      name: 'недостаточно сформированные практики школьного управления',
      triggers: [],
      source: 'seed 004 L86',
    },
  ],
  measures: bogotolMeasures,
  notes: [
    'ШНСУ (С1–С10): пороги С1–С4 взяты из программы («более 30%», «более 10 %», «более 30 %», «2% и более»); сколько критериев делают школу ШНСУ, программа не говорит — по умолчанию 3 из 10, значение можно изменить.',
    'С7 «Наличие штата специалистов: психолог, дефектолог, логопед, социальный педагог»: в программе не сказано, наличие или отсутствие считается неблагоприятным условием. По умолчанию критерий выполнен, если в штате есть не все четыре специалиста (меньше 4); можно заменить на «нет ни одного» (= 0) или на буквальное «есть специалисты» (≥ 1).',
    'ШНРО (Н1–Н7): порогов долей в программе нет; по умолчанию — не менее 30 % в каждом из двух последних лет («на протяжении 2-х лет»), по аналогии с критерием Рособрнадзора «не менее 30 % участников не преодолели минимальный порог». Школа отмечается как ШНРО, если выполнен хотя бы один критерий; число критериев программа не задаёт. Окончательный отбор ШНРО программа оставляет муниципальной команде (3-й этап, стр. 64 источника).',
    'ЕГЭ по математике (Н1, 7.7): одна строка для базового и профильного уровней, каждый выпускник учитывается один раз.',
    '«Положительная динамика» (7.2–7.7) в программе не определена: по умолчанию — доля неудовлетворительных результатов (ниже базового уровня) снизилась по сравнению с прошлым годом не менее чем на 1 п.п.; для 7.6 и 7.7 — по сумме математики и русского языка. Показатель, сравнение и минимальное изменение можно изменить.',
    'Цели 7.2–7.7 записаны в программе без слов «не менее» («2022 – 25%»); они сравниваются как «не менее». Цели 5.4 и 5.6 («100%») даны без года и применены к каждому году.',
    'Таблица показателей в программе неполна: название 2.1 обрывается на «(в т.ч.», направления 3 и 4 отсутствуют.',
    'Показатели 1.1, 2.1, 5.1, 5.2, 7.1 — муниципальные (Да/нет): их вносит Управление образования.',
    'Дорожная карта: 17 строк (строка 17 — последняя строка источника); у строки 3 срок в программе не указан.',
  ],
};
