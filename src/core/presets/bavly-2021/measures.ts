// This file holds the roadmap catalogue of the `bavly-2021` preset (seed 002), in the seed's order:
// the 13 surviving rows of section IV «Структура задач и мероприятий Программы» (L131–L155), the 6
// rows of «Дорожная карта организации мониторинга результативности деятельности ШНОР и ШНСУ»
// (L240–L254) and the 22 surviving rows of section X «„Дорожная карта“ разработки и реализации
// муниципальной программ поддержки ШНОР и ШНСУ» (L256–L292). Ids are sequential (m01…m41); the
// seed's № is in the comment above each row. Words broken by the PDF's column wrapping are re-joined;
// text lost at a page break is restored in square brackets where another row gives it, else «[…]».
// Sections IV and X give no deadline per row (only year columns, unlabelled in X): their deadline is
// the program period of the title (L11), except where the row itself says «Ежегодно» or «не менее
// 1раза в год». The plan value («плановое значение») follows the result. Every row is a municipal,
// program-wide measure (`always`); `triggers` link it to the indicators it serves.
import type { z } from 'zod';
import type { Measure } from '../../program';

type MeasureInput = z.input<typeof Measure>;

/** The program period as the title writes it (L11 «на 2021 – 2024 годы»). */
const TERM = '2021 – 2024 годы';
const MKU = 'МКУ «ОО БМР РТ»';
const MKU_OO = 'МКУ «ОО БМР РТ», ОО';
const REPORT = 'Аналитическая справка';

const IV = 'IV. Структура задач и мероприятий Программы';
const X = 'X. «Дорожная карта» разработки и реализации муниципальной программ поддержки ШНОР и ШНСУ';
const MON = 'Дорожная карта организации мониторинга результативности деятельности ШНОР и ШНСУ';
const SECTIONS = {
  iv1: `${IV} — 1. Реализация мер, направленных на нормативное и методическое обеспечение поддержки ШНОР и ШНСУ`, // L134
  iv2: `${IV} — 2. Разработать систему мер, направленных поддержку образовательной среды ШНОР и ШНСУ, способствующей личностному росту обучающихся, развитию их творческих способностей, путем их включения в олимпиадное движение`, // L141
  iv3: `${IV} — 3. Создать модель сетевого взаимодействия (с использованием современных образовательных технологий, в т.ч дистанционных) между школами в условиях дефицита кадров и низких образовательных результатов обучающихся`, // L148
  iv5: `${IV} — 5. […]`, // heading lost at the page break L150–L153
  mon1: `${MON} — Мониторинг результативности повышения качества образования в ШНОР и ШНСУ`, // L243
  mon2: `${MON} — Уровень реализации школьных программ перехода в эффективный режим работы`, // L250
  x2: `${X} — 2. […] поддержки ШНОР и ШНСУ`, // L261: only the tail survives
  x3: `${X} — 3. Реализация мер, направленных на нормативное и методическое обеспечение поддержки ШНОР и ШНСУ`, // L266
  x4: `${X} — 4. […]`, // heading lost at the page break L269–L271
  x5: `${X} — 5. Реализация мер, направленных на взаимодействие и информирование реализации Программы поддержки ШНОР и ШНСУ`, // L285
  x6: `${X} — 6. Реализация мер, направленных на финансовое обеспечение поддержки ШНОР и ШНСУ`, // L290
} as const;

/** The result cell, then the plan value of the row when it has one. */
const withPlan = (result: string, plan: string | null): string =>
  plan === null ? result : `${result} (плановое значение: ${plan})`;

function row(
  n: number,
  line: number,
  m: Omit<MeasureInput, 'id' | 'source' | 'always' | 'level'> & Partial<Pick<MeasureInput, 'level'>>,
): MeasureInput {
  return {
    id: `bavly-2021.m${String(n).padStart(2, '0')}`,
    level: 'municipal',
    always: true,
    source: `seed 002 L${line}`,
    ...m,
  };
}

export const bavlyMeasures: MeasureInput[] = [
  // IV № 1.1, L135 + L137
  row(1, 135, {
    section: SECTIONS.iv1,
    text: 'Создание Координационного совета (КС) по реализации проекта',
    deadline: TERM,
    responsible: MKU,
    result: 'Приказ о начальника УО о создании КС',
  }),
  // IV № 1.2, L138
  row(2, 138, {
    section: SECTIONS.iv1,
    text: 'Разработка и реализация муниципальной программы поддержки ШНОР и ШНСУ',
    deadline: TERM,
    responsible: MKU,
    result: 'Программа поддержки ШНОР и ШНСУ',
  }),
  // IV № 1.3, L139
  row(3, 139, {
    section: SECTIONS.iv1,
    text: 'Приказ о реализации проекта «Организация работы муниципальной методической службы Бавлинского муниципального района со школами с низкими результатами»',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Приказ о создании муниципального сетевого проекта', '1'), // L139 plan 1
  }),
  // IV № 1.4, L140
  row(4, 140, {
    section: SECTIONS.iv1,
    text: 'Проведение экспертизы школьных программ перевода школ в эффективный режим',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Экспертиза школьных программ', '4'), // L140 plan 4
  }),
  // IV № 2.1, L142 + L144 (the seed writes «ВсOШ» with a Latin O)
  row(5, 142, {
    section: SECTIONS.iv2,
    text: 'Школа «Путь к Олимпу» по работе с одаренными детьми в рамках подготовки к ВсОШ',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('программа дополнительного образования по работе с одаренными детьми', '8'), // L142 plan 8
    triggers: ['Ц1', 'М2.6'],
    indicator: 'Ц1',
  }),
  // IV № 2.2, L145: the plan cell says «Ежегодно»
  row(6, 145, {
    section: SECTIONS.iv2,
    text: 'Проведение муниципальной учебно-исследовательской конференции школьников «Будущее начинается сегодня»',
    deadline: 'Ежегодно',
    responsible: 'МКУ «ОО БМР РТ» МБОУ СОШ №7',
    result: 'программа конференции «Будущее начинается сегодня»',
  }),
  // IV № 2.3, L146
  row(7, 146, {
    section: SECTIONS.iv2,
    text: 'Мониторинг возможностей взаимодействия учреждений ШНОР, ШНСУ в рамках […]',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('аналитическая записка по результатам мониторинга', '4'), // L146 plan 4
    triggers: ['Ц9'],
    indicator: 'Ц9',
  }),
  // IV № 2.4, L147 («обучающихся я» as in the seed)
  row(8, 147, {
    section: SECTIONS.iv2,
    text: 'Разработка и реализация программ дополнительного образования для обучающихся я ШНОР и […]',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('программы дополнительного образования', '4'), // L147 plan 4
    triggers: ['Ц2', 'М3.2'],
    indicator: 'Ц2',
  }),
  // IV № 3.1, L149
  row(9, 149, {
    section: SECTIONS.iv3,
    text: 'Создание базы данных кадрового резерва руководящих и педагогических кадров',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('база данных', '1'), // L149 plan 1
    triggers: ['Ц7', 'М4.3'],
    indicator: 'Ц7',
  }),
  // IV № 3.[2], L150 + L152: the rest of the row is lost at the page break
  row(10, 150, {
    section: SECTIONS.iv3,
    text: 'Организация и […]',
    deadline: TERM,
    responsible: 'МК[У «ОО БМР РТ»]',
    result: withPlan('программа […] участия школ', 'не […]'),
  }),
  // IV № 5.3, L153
  row(11, 153, {
    section: SECTIONS.iv5,
    text: 'Создание школьных профессиональных сообществ под руководством муниципальных тьюторов',
    deadline: TERM,
    responsible: 'методисты',
    result: withPlan('План школьных программ развития педагогов', '6'), // L153 plan 6
    triggers: ['Ц5'],
    indicator: 'Ц5',
  }),
  // IV № 5.4, L154
  row(12, 154, {
    section: SECTIONS.iv5,
    text: 'Муниципальная конференция педагогических работников',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Программа конференции', '3'), // L154 plan 3
    triggers: ['Ц6'],
    indicator: 'Ц6',
  }),
  // IV № 5.5, L155 (wording as in the seed)
  row(13, 155, {
    section: SECTIONS.iv5,
    text: 'Серия педагогических советов и семинаров практикумов в школах учащихся проекта по развитию компетентностей педагогов профессиональных',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Оргпроекты мероприятий', 'не менее 6'), // L155 «не мен ее 6»
    triggers: ['М4.6'],
  }),
  // Monitoring roadmap № 1, L244
  row(14, 244, {
    section: SECTIONS.mon1,
    text: 'Входной мониторинг анализа данных',
    deadline: '18.05-23.06.2020',
    responsible: MKU,
  }),
  // Monitoring roadmap № 2, L245 + L247
  row(15, 245, {
    section: SECTIONS.mon1,
    text: 'Промежуточный мониторинг муниципальной программы поддержки ШНОР и ШНСУ',
    deadline: 'июнь 2021',
    responsible: MKU,
    result:
      'Получены данные о влиянии программ поддержки на повышение качества образования в ШНОР и ШНСУ Получены данные о - достижении ожидаемых результатов реализации программ поддержки влияния программ поддержки на повышение качества образования в ШНОР и ШНСУ',
    document: REPORT,
  }),
  // Monitoring roadmap № 3, L248
  row(16, 248, {
    section: SECTIONS.mon1,
    text: 'Итоговый мониторинг программ поддержки',
    deadline: 'Июнь 2023',
    responsible: MKU,
    result: 'Аналитические данные характеризующие стартовое положение ШНОР и ШНСУ',
    document: REPORT,
  }),
  // Monitoring roadmap, school level № 1, L252
  row(17, 252, {
    section: SECTIONS.mon2,
    text: 'Входной мониторинг школ. Проведение анализа образовательных результатов школ на основании данных по ЕГЭ, ОГЭ, ВПР за последние три года(2018, 2019, 2020). Анализ внешних социальных условий',
    deadline: '18.05-23.06',
    responsible: MKU,
    result:
      'Определены общеобразовательные организации МР, отнесенные к ШНОР и ШНСУ. Определены причины снижения учебных результатов ШНОР и ШНСУ',
    document: REPORT,
    triggers: ['cluster'],
  }),
  // Monitoring roadmap, school level № 2, L253
  row(18, 253, {
    section: SECTIONS.mon2,
    text: 'Промежуточный мониторинг школ. Анализ данных мониторинга ШНОР и ШНСУ',
    deadline: 'июнь 2021',
    responsible: 'МКУ «ОО БМР РТ», тьюторы, сопровождающие ШНОР и ШНСУ',
    result:
      'Получены - количественные параметры по количественным показателям мониторинга реализации программ перехода в эффективный […]',
    document: REPORT,
    level: 'both',
  }),
  // Monitoring roadmap, school level № 3, L254
  row(19, 254, {
    section: SECTIONS.mon2,
    text: 'Заключительный мониторинг',
    deadline: 'Июнь 2022',
    responsible: MKU,
    result: 'Получены итоговые количественные показатели',
    document: REPORT,
  }),
  // X № 2.1, L262
  row(20, 262, {
    section: SECTIONS.x2,
    text: 'Создание рабочей группы по разработке Программы поддержки, определение школ, нуждающихся в поддержке',
    deadline: TERM,
    responsible: 'УО',
    result: withPlan('Приказ начальника МКУ «ОО БМР РТ», перечень ОО', 'не мене 1'), // L262 «не мене 1»
    triggers: ['cluster'],
  }),
  // X № 2.2, L263
  row(21, 263, {
    section: SECTIONS.x2,
    text: 'Создание муниципальной команды тьюторов по поддержке педагогов школ ШНОР и ШНСУ',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Приказ начальника МКУ «ОО БМР РТ»', 'не мене 1'), // L263 «не мене 1»
    triggers: ['Ц4'],
    indicator: 'Ц4',
  }),
  // X № 2.3, L264
  row(22, 264, {
    section: SECTIONS.x2,
    text: 'Мониторинг маршрутов школьных автобусов с целью их изменения под сетевое взаимодействие',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('анализ маршрутов школьных автобусов', '1'), // L264 plan 1
    triggers: ['Ц9'],
  }),
  // X № 2.4, L265
  row(23, 265, {
    section: SECTIONS.x2,
    text: 'Изменение в штатном расписании школы - ресурсного центра ШНОР и ШНСУ (ставка сетевого администратора)',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('функциональные обязанности сетевого администратора', '1'), // L265 plan 1
    triggers: ['Ц14'],
  }),
  // X № 3.1, L267
  row(24, 267, {
    section: SECTIONS.x3,
    text: 'Разработка муниципальной программы поддержки ШНОР и ШНСУ',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Муниципальная программа поддержки ШНОР и ШНСУ', '1'), // L267 plan 1
  }),
  // X № 3.2, L268: one program per supported school (8)
  row(25, 268, {
    section: SECTIONS.x3,
    text: 'Разработка школьных программ перевода школ в эффективный режим работы',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Школьные программы перевода школ в эффективный режим работы', '8'), // L268 plan 8
    level: 'both',
    triggers: ['cluster'],
  }),
  // X № 3.[3], L269: cut at the page break; restored from IV 1.4 (L140) «Проведение экспертизы школьных программ»
  row(26, 269, {
    section: SECTIONS.x3,
    text: 'Проведение [экспертизы школьных программ перевода школ в эффективный режим работы]',
    deadline: TERM,
    responsible: 'ГАОУ […]',
    result: withPlan('Экспертиза […]', '8'), // L269 plan 8
  }),
  // X № 4.1, L271 («1; 8»: a toolkit and 8 analytical notes)
  row(27, 271, {
    section: SECTIONS.x4,
    text: 'Оценки профессиональных компетенций и определения профессиональных дефицитов педагогов по вопросам повышения качества',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Пакет инструментов, аналитические справки', '1; 8'), // L271 «1; 8»
    triggers: ['М4.6'],
    indicator: 'М4.6',
  }),
  // X № 4.2, L272
  row(28, 272, {
    section: SECTIONS.x4,
    text: 'Проведение оценки профессиональных и метапредметных компетенций педагогов ШНОР и ШНСУ',
    deadline: TERM,
    responsible: 'ГАОУ ДПО ИРО РТ, муниципальные тьюторы',
    result: withPlan('Аналитическая записка, выявление профессиональных потребностей и дефицитов педагогов', '1'), // L272 plan 1
    triggers: ['М4.6'],
    indicator: 'М4.6',
  }),
  // X № 4.3, L273
  row(29, 273, {
    section: SECTIONS.x4,
    text: 'Формирование запроса на разработку и реализацию программ повышения квалификации педагогов',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Перечень тематик ППК для педагогов МР', '1'), // L273 plan 1
    triggers: ['Ц3', 'М4.1'],
    indicator: 'Ц3',
  }),
  // X № 4.4, L274: the name ends «…для административных»
  row(30, 274, {
    section: SECTIONS.x4,
    text: 'Формирование запроса на разработку и реализацию программ повышения квалификации для административных […]',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Перечень тематик ППК для административных команд школ', '1'), // L274 plan 1
  }),
  // X № 4.5, L275
  row(31, 275, {
    section: SECTIONS.x4,
    text: 'Координация деятельности работы тьюторской команды',
    deadline: TERM,
    responsible: 'МКУ «ОО БМР РТ», тьюторы',
    result: withPlan('Координационный план работы тьюторов', '1'), // L275 plan 1
    triggers: ['Ц4'],
    indicator: 'Ц4',
  }),
  // X № 4.6, L276
  row(32, 276, {
    section: SECTIONS.x4,
    text: 'Создание базы данных кадрового резерва руководящих и педагогических кадров',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('База данных', '1'), // L276 plan 1
    triggers: ['Ц7', 'М4.3'],
    indicator: 'Ц7',
  }),
  // X № 4.7, L278
  row(33, 278, {
    section: SECTIONS.x4,
    text: 'Организация и проведение семинара для руководителей ШНОР и ШНСУ «Разработка и совершенствование моделей сетевого взаимодействия»',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('программа семинара', 'не менее 3'), // L278 «не менее 3»
    level: 'both',
    triggers: ['Ц9'],
  }),
  // X № 4.8, L279
  row(34, 279, {
    section: SECTIONS.x4,
    text: 'Муниципальные конкурсы профессионального мастерства',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('Аналитическая справка по результатам участия школ', '3'), // L279 plan 3
    level: 'both',
    triggers: ['Ц6', 'М4.5'],
    indicator: 'Ц6',
  }),
  // X № 4.9, L280
  row(35, 280, {
    section: SECTIONS.x4,
    text: 'Создание школьных профессиональных сообществ под руководством муниципальных тьюторов',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('План ШМО', '6'), // L280 plan 6
    triggers: ['Ц5'],
    indicator: 'Ц5',
  }),
  // X № 4.10, L281
  row(36, 281, {
    section: SECTIONS.x4,
    text: 'Муниципальная конференция педагогических работников',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('Программа конференции', 'не менее 3'), // L281 «не менее 3»
    level: 'both',
    triggers: ['Ц6'],
  }),
  // X № 4.11, L282: the name ends «…по развитию»
  row(37, 282, {
    section: SECTIONS.x4,
    text: 'Серия педагогических советов и семинаров - практикумов в школах - участниц проекта по развитию […]',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('Оргпроекты мероприятий', 'не менее 6'), // L282 «не менее 6»
    level: 'both',
    triggers: ['М4.6'],
  }),
  // X № 4.12, L283
  row(38, 283, {
    section: SECTIONS.x4,
    text: 'Аудит системы методической работы школ- участниц проекта',
    deadline: TERM,
    responsible: MKU,
    result: withPlan('Аналитическая справка по результатам аудита', '10'), // L283 plan 10
  }),
  // X № 5.1, L287: «не менее 1раза в год» stands where the plan value would be
  row(39, 287, {
    section: SECTIONS.x5,
    text: 'Включение вопросов поддержки ШНОР и ШНСУ в общественно-значимые мероприятия муниципальной системы',
    deadline: 'не менее 1раза в год',
    responsible: MKU_OO,
    result: 'Секции в рамках муниципальной конференции педагогических и руководящих работников',
    level: 'both',
  }),
  // X № 5.2, L288
  row(40, 288, {
    section: SECTIONS.x5,
    text: 'Муниципальный конкурс на лучшую организацию методической службы',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('Приказ', '1'), // L288 plan 1
    level: 'both',
  }),
  // X № 6.1, L292
  row(41, 292, {
    section: SECTIONS.x6,
    text: 'Включение в эффективный контракт руководителей и педагогов показателей, характеризующих результативность перехода школы в эффективный режим работы',
    deadline: TERM,
    responsible: MKU_OO,
    result: withPlan('Эффективный контракт руководителей , эффективный контракт педагога', '2'), // L292 plan 2
    level: 'both',
  }),
];
