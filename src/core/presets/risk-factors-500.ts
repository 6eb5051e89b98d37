// This file holds the federal «500+» risk-factor reference list («рисковые профили» of ФИОКО,
// 2020–2022), for presets whose own program lists no risk factors. Wording follows
// shared/domain/federal-context.md §1.4; ФИОКО used about 10 factors per cycle and the wording
// changed slightly between years, so this is a reference list, not an official one. `source` is the
// public page that names the factor; null where the name is general domain knowledge only.
// `triggers` are empty: rule and indicator codes belong to a preset, which maps them itself.
import type { RiskFactor } from '../program';

export const riskFactors500: RiskFactor[] = [
  {
    code: 'ФР500.1',
    name: 'Низкий уровень оснащения школы',
    triggers: [],
    source: 'http://s14otrad23.mya5.ru/shnor/',
  },
  {
    code: 'ФР500.2',
    name: 'Дефицит педагогических кадров',
    triggers: [],
    source: 'http://s14otrad23.mya5.ru/shnor/',
  },
  {
    code: 'ФР500.3',
    name: 'Недостаточная предметная и методическая компетентность педагогических работников',
    triggers: [],
    // The page confirms the theme («повышение предметной и методической компетентности педагогов»), not the exact name.
    source: 'https://s21.amsvlad.ru/school_life/500.php (тема; точная формулировка не подтверждена)',
  },
  {
    code: 'ФР500.4',
    name: 'Риски низкой адаптивности учебного и воспитательного процесса',
    triggers: [],
    source:
      'https://cyberleninka.ru/article/n/nauchno-metodicheskoe-soprovozhdenie-razvitiya-professionalnoy-gotovnosti-pedagogov-k-minimizatsii-riskov-nizkoy-adaptivnosti (тема; точная формулировка не подтверждена)',
  },
  {
    code: 'ФР500.5',
    name: 'Несформированность внутришкольной системы повышения квалификации',
    triggers: [],
    source: 'https://s21.amsvlad.ru/school_life/500.php (тема; точная формулировка не подтверждена)',
  },
  {
    code: 'ФР500.6',
    name: 'Высокая доля обучающихся с рисками учебной неуспешности',
    triggers: [],
    source: 'http://s14otrad23.mya5.ru/shnor/',
  },
  {
    code: 'ФР500.7',
    name: 'Низкая учебная мотивация обучающихся',
    triggers: [],
    // Only the symptom «снижение мотивации обучающихся к базовым предметам» is on the page.
    source: 'https://pkiro.ru/?p=69147 (симптом; точная формулировка не подтверждена)',
  },
  {
    code: 'ФР500.8',
    name: 'Пониженный уровень качества школьной образовательной и воспитательной среды',
    triggers: [],
    source: null,
  },
  {
    code: 'ФР500.9',
    name: 'Пониженный уровень школьного благополучия',
    triggers: [],
    source: 'https://pkiro.ru/?p=69147',
  },
  {
    code: 'ФР500.10',
    name: 'Низкий уровень вовлеченности родителей',
    triggers: [],
    source: null,
  },
  // The two below were used in some cycles only.
  {
    code: 'ФР500.11',
    name: 'Высокая доля обучающихся с ОВЗ',
    triggers: [],
    source: null,
  },
  {
    code: 'ФР500.12',
    name: 'Низкое качество преодоления языковых и культурных барьеров',
    triggers: [],
    source: null,
  },
];
