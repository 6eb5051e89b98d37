// This file holds the field dictionary of the Tula 2022–2024 preset (seed 000): the assessments
// behind indicators 5.1, 5.2 and 5.5, the standard context fields it uses, and the preset's own
// counts and yes/no program items (each item with a companion `_link` field for the confirming
// document, because the seed's tool is «Анализ документов», L444).
import { CONTEXT_FIELDS } from '../../fields';
import type { ProgramInput } from '../../program';

type FieldInput = ProgramInput['fields'][number];

/**
 * The seed names the procedures (ГИА: ОГЭ, ЕГЭ «по предметам русский язык, математика» L387, L446;
 * ВПР, РКР L389–L391; PISA-model and ФГ training works L397, L447) but not the grades and subjects of
 * ВПР, РКР and ФГ: those rows are editable defaults (see notes in tula-2022.ts).
 */
export const tulaAssessments: ProgramInput['assessments'] = [
  ...(['rus', 'math'] as const).flatMap((subject) =>
    [4, 5, 6, 7, 8].map((grade) => ({
      procedure: 'vpr' as const,
      subject,
      grade,
      measures: ['n' as const, 'm2' as const, 'm3' as const, 'm4' as const, 'm5' as const],
    })),
  ),
  {
    procedure: 'kdr',
    subject: 'rus',
    grade: 8,
    measures: ['n', 'm2', 'm3', 'm4', 'm5'],
  },
  {
    procedure: 'kdr',
    subject: 'math',
    grade: 8,
    measures: ['n', 'm2', 'm3', 'm4', 'm5'],
  },
  {
    procedure: 'oge',
    subject: 'rus',
    grade: 9,
    measures: ['n', 'm2', 'm3', 'm4', 'm5'],
  },
  {
    procedure: 'oge',
    subject: 'math',
    grade: 9,
    measures: ['n', 'm2', 'm3', 'm4', 'm5'],
  },
  { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below'] },
  {
    procedure: 'ege',
    subject: 'mathb',
    grade: 11,
    measures: ['n', 'm2', 'm3', 'm4', 'm5'],
  },
  { procedure: 'ege', subject: 'mathp', grade: 11, measures: ['n', 'below'] },
  // «доля обучающихся 8-х и 9-х классов, участвующих в … тренировочных работ по направлениям
  // функциональной грамотности» (L447–L449): grades from the seed, directions are defaults.
  ...(['read', 'mathlit', 'sci'] as const).flatMap((subject) =>
    [8, 9].map((grade) => ({
      procedure: 'fg' as const,
      subject,
      grade,
      measures: ['n' as const, 'below' as const],
    })),
  ),
];

function context(code: string, help?: string): FieldInput {
  const def = CONTEXT_FIELDS.find((f) => f.code === code);
  if (def === undefined) throw new Error(`tula-2022: no context field ${code}`);
  return help === undefined ? def : { ...def, help };
}

function count(code: string, section: 'pupils' | 'staff', label: string, help?: string): FieldInput {
  return {
    code,
    section,
    label,
    type: 'count',
    min: 0,
    ...(help === undefined ? {} : { help }),
  };
}

/** A yes/no program item and its link to the confirming document. */
function item(code: string, label: string, indicator: string): FieldInput[] {
  return [
    {
      code,
      section: 'items',
      label,
      type: 'bool',
      help: `Показатель ${indicator}`,
    },
    {
      code: `${code}_link`,
      section: 'items',
      label: `${label}: ссылка на подтверждающий документ`,
      type: 'url',
      help: `Показатель ${indicator}`,
    },
  ];
}

export const tulaFields: ProgramInput['fields'] = [
  context('pupils.total'),
  context('staff.pedagogues', 'Знаменатель показателей 2.1–2.3 («педагогических работников», L34–L40)'),
  context(
    'staff.pk_done',
    'Педагоги и руководители, прошедшие повышение квалификации по актуальным вопросам повышения качества образования в соответствии с обновлёнными ФГОС (показатель 2.2)',
  ),
  count(
    'staff.teaching_staff',
    'staff',
    'Педагогов',
    'Знаменатель показателей 4.1–4.4 («от общего числа педагогов», L48–L54)',
  ),
  count(
    'staff.learning_events',
    'staff',
    'Педагогов и руководителей, участвующих в мероприятиях формального и неформального образования, ориентированных на их образовательные потребности',
    'Показатель 2.1',
  ),
  count(
    'staff.iom_deficits_closed',
    'staff',
    'Педагогических работников, у которых устранены выявленные профессиональные дефициты в ходе реализации ИОМ',
    'Показатель 2.3',
  ),
  count(
    'staff.modern_methods',
    'staff',
    'Педагогов, освоивших и применяющих современные методические приёмы и методы, образовательные технологии',
    'Показатель 4.1',
  ),
  count(
    'staff.active_forms',
    'staff',
    'Педагогов, включённых в активные формы профессионального взаимодействия и саморазвития',
    'Показатель 4.2: профессиональные сообщества, сетевые методические объединения, конкурсное движение',
  ),
  count(
    'staff.contest_results',
    'staff',
    'Педагогов, принявших результативное участие в конкурсах профессионального мастерства',
    'Показатель 4.3',
  ),
  count(
    'staff.practice_bank',
    'staff',
    'Педагогов, опыт которых включён в банк данных эффективных педагогических практик',
    'Показатель 4.4',
  ),
  count(
    'pupils.olymp_results',
    'pupils',
    'Обучающихся, принявших результативное участие в олимпиадах и конкурсах (муниципальный, региональный, всероссийский уровни), в т.ч. во ВсОШ',
    'Показатель 5.3',
  ),
  count(
    'pupils.vsosh_results',
    'pupils',
    'Обучающихся, принявших результативное участие во ВсОШ (муниципальный и региональный этапы)',
    'Правило dyn.vsosh (L446)',
  ),
  count(
    'pupils.year_end_assessed',
    'pupils',
    'Обучающихся, аттестованных по итогам учебного года',
    'Правила dyn.year_end и pos.year_end (L446)',
  ),
  count(
    'pupils.year_end_45',
    'pupils',
    'Обучающихся, окончивших учебный год на «4» и «5»',
    'Правила dyn.year_end и pos.year_end (L446)',
  ),
  count(
    'pupils.do_enrolled',
    'pupils',
    'Обучающихся, вовлечённых в программы дополнительного образования, в т.ч. через базы «Кванториума» и учреждений дополнительного образования',
    'Показатель 5.8',
  ),
  count(
    'pupils.tochka_do',
    'pupils',
    'Обучающихся, прошедших обучение по программам дополнительного образования Центров «Точка роста» в рамках сетевого взаимодействия',
    'Правило dyn.tochka_do (L450)',
  ),
  ...item(
    'items.modern_environment',
    'Образовательная среда соответствует требованиям современных образовательных стандартов',
    '1.1',
  ),
  ...item('items.mentoring_support', 'Школе оказана наставническая поддержка', '1.2'),
  ...item(
    'items.equal_access',
    'Обеспечены условия равного доступа к получению качественного общего образования',
    '1.3',
  ),
  ...item(
    'items.objective_assessment',
    'Система работы основывается на выстроенной системе объективной оценки качества подготовки обучающихся',
    '3.1',
  ),
  ...item(
    'items.deficit_system',
    'Система работы выстроена на основе выявления и ликвидации квалификационных дефицитов педагогов',
    '3.2',
  ),
  ...item(
    'items.data_management',
    'В управленческой деятельности внедрена и используется технология «управления на основе данных»',
    '3.3',
  ),
  ...item(
    'items.network_agreements',
    'Школа осуществляет сетевое взаимодействие по повышению качества образования в рамках партнёрских договоров',
    '5.6',
  ),
  ...item(
    'items.tochka_rosta',
    'Школа использует базы Центров «Точка роста» для реализации основных и дополнительных общеобразовательных программ',
    '5.7',
  ),
  ...item(
    'items.monitoring_recommendations',
    'Школа охвачена системой мониторинга: проведён анализ результатов, оформлены рекомендации',
    '6.1',
  ),
];
