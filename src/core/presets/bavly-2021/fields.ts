// This file holds the field dictionary of the `bavly-2021` preset (seed 002): the assessments behind
// the ГИА/ВПР monitoring (L230) and the cluster rule (L48), the standard context fields the
// indicators use, and the preset's own counts and yes/no items for the 15 target indicators
// (L107–L126) and the monitoring indicators (L228–L238). The seed names no subjects or grades:
// Russian and maths (the compulsory ГИА subjects), ВПР grades 4–8, are our defaults.
import { CONTEXT_FIELDS, type Assessment, type FieldDef } from '../../fields';

function ctx(code: string): FieldDef {
  const field = CONTEXT_FIELDS.find((f) => f.code === code);
  if (!field) throw new Error(`bavly-2021: no context field ${code}`);
  return field;
}

function count(code: string, section: 'pupils' | 'staff' | 'cond', label: string): FieldDef {
  return { code, section, label, type: 'count', min: 0, required: false };
}

/** A yes/no item of the school with its companion link to the confirming document. */
function item(code: string, label: string): FieldDef[] {
  return [
    { code, section: 'items', label, type: 'bool', required: false },
    { code: `${code}_link`, section: 'items', label: `${label}: ссылка на документ`, type: 'url', required: false },
  ];
}

const MARKS: Assessment['measures'] = ['n', 'm2', 'm3', 'm4', 'm5'];

export const bavlyAssessments: Assessment[] = [
  ...[4, 5, 6, 7, 8].flatMap((grade): Assessment[] => [
    { procedure: 'vpr', subject: 'rus', grade, measures: MARKS },
    { procedure: 'vpr', subject: 'math', grade, measures: MARKS },
  ]),
  { procedure: 'oge', subject: 'rus', grade: 9, measures: MARKS },
  { procedure: 'oge', subject: 'math', grade: 9, measures: MARKS },
  { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below'] },
  { procedure: 'ege', subject: 'mathb', grade: 11, measures: ['n', 'below'] },
  { procedure: 'ege', subject: 'mathp', grade: 11, measures: ['n', 'below'] },
];

export const bavlyFields: FieldDef[] = [
  ctx('pupils.total'),
  ctx('staff.pedagogues'),
  ctx('staff.teachers'),
  ctx('staff.pk_done'),
  ctx('staff.vacancies'),
  count(
    'pupils.vsosh_rating',
    'pupils',
    'Участники ВсОШ, преодолевшие рейтинговый балл для участия в муниципальном этапе',
  ),
  count('pupils.vsosh_municipal', 'pupils', 'Участники, призёры и победители муниципального этапа ВсОШ'),
  count('pupils.additional_ed', 'pupils', 'Охвачены программами дополнительного образования'),
  count('pupils.gia9_total', 'pupils', 'Выпускники 9 классов, проходившие ГИА-9'),
  count('pupils.gia9_not_below_cluster', 'pupils', 'Успешно прошли ГИА-9 с результатом не ниже среднего по кластеру'),
  count('pupils.good_marks', 'pupils', 'Демонстрируют высокий процент: успевают на «4» и «5»'),
  count('pupils.survey_respondents', 'pupils', 'Обучающиеся и родители, ответившие на опросный лист'),
  count('pupils.survey_satisfied', 'pupils', 'Из них удовлетворены качеством условий образования'),
  count('pupils.deviant_register', 'pupils', 'Стоят на профилактическом учёте в связи с девиантным поведением'),
  count('staff.posts_total', 'staff', 'Руководящих и педагогических должностей всего (включая вакантные)'),
  count('staff.pk_by_deficits', 'staff', 'Прошли курсы повышения квалификации, исходя из профессиональных дефицитов'),
  count('staff.tutoring', 'staff', 'Охвачены тьюторством'),
  count(
    'staff.prof_communities',
    'staff',
    'Включены в профессиональные обучающие сообщества в рамках ОО и за её пределами',
  ),
  count('staff.contests', 'staff', 'Включены в конкурсы профессионального мастерства, мастер-классы, конференции'),
  count('staff.diploma_match', 'staff', 'Учителя, преподающие свой предмет в соответствии с квалификацией по диплому'),
  count('staff.category_high_first', 'staff', 'Педагоги с высшей и первой квалификационными категориями'),
  count('staff.competence_assessed', 'staff', 'Прошли оценку предметных и метапредметных компетенций'),
  count('staff.competence_growth', 'staff', 'Из них показали прирост по предметным и метапредметным компетенциям'),
  count('staff.survey_respondents', 'staff', 'Педагоги, ответившие на опрос'),
  count('staff.survey_satisfied', 'staff', 'Из них удовлетворены качеством (по опросу)'),
  count('staff.uses_materials', 'staff', 'Из них используют методические материалы, размещённые на сайте УО'),
  count('cond.programs_total', 'cond', 'Образовательных программ в общем пакете программ ОО'),
  count('cond.programs_distance', 'cond', 'Из них с использованием дистанционных технологий'),
  ...item('items.network', 'Школа включена в сетевое взаимодействие'),
  ...item('items.social_index_passed', 'Школа преодолела порог показателя индекса социального благополучия'),
  ...item('items.support_site', 'Школа получила статус опорной площадки'),
  ...item('items.resource_centre', 'Школа стала ресурсным центром, «точкой роста» в рамках сетевого взаимодействия'),
];
