// This file holds what a server answers the sidebar in the UI tests, typed against the server API so the
// fixtures follow its shapes: presets, a submissions board, a report summary, roadmap and import results.
// Messages are written the way src/core/text builds them (school, field, cell).
import type {
  Api,
  BoardView,
  BuildView,
  ImportOutcome,
  ImportPreview,
  PresetSummary,
  RoadmapResult,
  SetupResult,
} from '../../src/server/api';

export const PRESETS: PresetSummary[] = [
  {
    id: 'tula-2022',
    title:
      'Программа повышения качества образования в школах с низкими образовательными результатами на 2022 – 2024 годы',
    municipality: 'город Тула',
    years: { from: 2022, to: 2024 },
    indicators: 22,
    rules: 10,
    measures: 67,
  },
  {
    id: 'bogotol-2022',
    title:
      'Муниципальная программа повышения качества образования и поддержки школ с низкими результатами обучения и ' +
      'школ, функционирующих в неблагоприятных социальных условиях, на 2022-2025 годы',
    municipality: 'Боготольский район',
    years: { from: 2022, to: 2025 },
    indicators: 17,
    rules: 14,
    measures: 17,
  },
];

export const SETUP_RESULT: SetupResult = {
  created: ['Настройки', 'Школы', 'Показатели', 'Правила', 'Поля', 'Данные', 'Журнал', 'Школа S01', 'Школа S02'],
  updated: [],
  warnings: ['Школа S02: эл. почта не указана — лист не защищён от правки другими школами.'],
};

type Row = BoardView['rows'][number];

const row = (r: Partial<Row> & Pick<Row, 'school' | 'name' | 'status'>): Row => ({
  sheet: `Школа ${r.school}`,
  filledPercent: 0,
  problems: [],
  comment: '',
  errors: 0,
  warnings: 0,
  ...r,
});

export const BOARD: BoardView = {
  summary: 'Проверено школ: 8, сдали: 2, ошибок: 4',
  rows: [
    row({ school: 'S01', name: 'МБОУ «СОШ № 1»', status: 'сдано', filledPercent: 100 }),
    row({
      school: 'S02',
      name: 'МБОУ «Центр образования № 2 имени героя Советского Союза Н. Н. Иванова»',
      status: 'заполняется',
      filledPercent: 64,
      errors: 2,
      warnings: 1,
      problems: [
        {
          message:
            'S02: поле «ВПР математика 5 кл.: участники» (D14): «12,5» — дробное число с запятой там, где нужно целое. Значение не учтено.',
          sheet: 'Школа S02',
          cell: 'D14',
          severity: 'error',
        },
        {
          message: 'S02: не заполнено обязательное поле «Численность обучающихся» (D40).',
          sheet: 'Школа S02',
          cell: 'D40',
          severity: 'error',
        },
        { message: 'S02: ссылка на отчёт не указана.', sheet: null, cell: null, severity: 'warning' },
      ],
    }),
    row({ school: 'S03', name: 'МКОУ «ООШ с. Вагино»', status: 'не начато' }),
    row({ school: 'S04', name: 'МБОУ «Лицей № 4»', status: 'изменено после сдачи', filledPercent: 100 }),
    row({ school: 'S05', name: 'МБОУ «СОШ № 5»', status: 'принято', filledPercent: 100, comment: 'Всё верно.' }),
    row({
      school: 'S06',
      name: 'МБОУ «СОШ № 6»',
      status: 'на доработке',
      filledPercent: 97,
      errors: 1,
      comment: 'Исправьте число участников ВПР.',
      problems: [
        {
          message: 'S06: поле «ВПР русский язык 6 кл.: «2»» (E20): «-1» — отрицательное число. Значение не учтено.',
          sheet: 'Школа S06',
          cell: 'E20',
          severity: 'error',
        },
      ],
    }),
    row({
      school: 'S07',
      name: 'МБОУ «СОШ № 7»',
      status: 'нет листа',
      problems: [
        {
          message: 'S07: лист «Школа S07» не найден (удалён или переименован).',
          sheet: null,
          cell: null,
          severity: 'error',
        },
      ],
      errors: 1,
    }),
    row({
      school: 'S08',
      name: 'МБОУ «СОШ № 8»',
      sheet: 'https://docs.google.com/spreadsheets/d/1xYz/edit',
      status: 'нет доступа',
      errors: 1,
      problems: [
        {
          message: 'S08: нет доступа к файлу школы — попросите школу открыть доступ на чтение.',
          sheet: null,
          cell: null,
          severity: 'error',
        },
      ],
    }),
  ],
};

export const BUILD: BuildView = {
  text: 'Прочитано форм: 6 из 7; отмечено школ: 2; ошибок ввода: 3; не вошли в отчёт из-за ошибок: 1.',
  schoolsRead: 6,
  schoolsFlagged: 2,
  problems: 3,
  rowsAdded: 1248,
  calls: 57,
  ms: 83_400,
  problemList: [
    {
      message:
        'S02: поле «ВПР математика 5 кл.: участники» (D14): «12,5» — дробное число с запятой там, где нужно целое. Значение не учтено.',
      sheet: 'Школа S02',
      cell: 'D14',
      severity: 'error',
    },
    {
      message: 'S07: лист «Школа S07» не найден (удалён или переименован).',
      sheet: null,
      cell: null,
      severity: 'error',
    },
  ],
  configErrors: ['Показатели!J5: цель должна быть числом от 0 до 100'],
};

export const ROADMAPS: RoadmapResult = {
  created: ['ДК S02', 'ДК S06'],
  merged: ['ДК Муниципалитет'],
  warnings: ['Школа S09 не найдена на листе «Школы»: дорожная карта не создана.'],
};

export const PREVIEW: ImportPreview = {
  ok: true,
  fileName: 'ВПР 2025',
  reportType: 'vpr-marks',
  year: 2025,
  blocks: [
    {
      sheet: 'ВПР 2025',
      reportType: 'vpr-marks',
      title: 'ФИС ОКО «Статистика по отметкам»: ВПР математика 5 кл., 2025 год',
      year: 2025,
      schoolRows: 5,
      matched: 3,
    },
    {
      sheet: 'ВПР 2025',
      reportType: 'vpr-marks',
      title: 'ФИС ОКО «Статистика по отметкам»: ВПР русский язык 5 кл., 2025 год',
      year: 2025,
      schoolRows: 5,
      matched: 3,
    },
  ],
  matched: [
    {
      sheet: 'ВПР 2025',
      line: 8,
      name: 'МБОУ СОШ № 1',
      login: 'edu710001',
      school: 'S01',
      schoolName: 'МБОУ «СОШ № 1»',
      by: 'login',
    },
    { sheet: 'ВПР 2025', line: 9, name: 'МБОУ СОШ № 5', school: 'S05', schoolName: 'МБОУ «СОШ № 5»', by: 'name' },
    { sheet: 'ВПР 2025', line: 10, name: 'МБОУ Лицей № 4', school: 'S04', schoolName: 'МБОУ «Лицей № 4»', by: 'name' },
  ],
  unmatched: [
    {
      sheet: 'ВПР 2025',
      line: 11,
      name: 'МБОУ ЦО № 2',
      login: 'edu710002',
      key: 'login:edu710002',
      candidates: ['S02'],
    },
    {
      sheet: 'ВПР 2025',
      line: 12,
      name: 'Филиал МКОУ ООШ Вагино',
      key: 'name:филиал мкоу оош вагино',
      candidates: ['S03', 'S07'],
    },
    {
      sheet: 'ВПР 2025',
      line: 21,
      name: 'МБОУ ЦО № 2',
      login: 'edu710002',
      key: 'login:edu710002',
      candidates: ['S02'],
    },
  ],
  conflicts: [
    {
      key: 'S01|vpr.math.5.participants',
      school: 'S01',
      schoolName: 'МБОУ «СОШ № 1»',
      field: 'vpr.math.5.participants',
      label: 'ВПР математика 5 кл.: участники',
      existing: 52,
      existingSource: 'форма школы',
      imported: 54,
    },
    {
      key: 'S05|vpr.math.5.m2',
      school: 'S05',
      schoolName: 'МБОУ «СОШ № 5»',
      field: 'vpr.math.5.m2',
      label: 'ВПР математика 5 кл.: «2»',
      existing: null,
      existingSource: '',
      imported: 7,
    },
  ],
  newRows: 36,
  unchangedRows: 4,
  alreadyImported: false,
  schools: [
    { code: 'S01', name: 'МБОУ «СОШ № 1»' },
    { code: 'S02', name: 'МБОУ «Центр образования № 2 имени героя Советского Союза Н. Н. Иванова»' },
    { code: 'S03', name: 'МКОУ «ООШ с. Вагино»' },
    { code: 'S04', name: 'МБОУ «Лицей № 4»' },
    { code: 'S05', name: 'МБОУ «СОШ № 5»' },
    { code: 'S06', name: 'МБОУ «СОШ № 6»' },
    { code: 'S07', name: 'МБОУ «СОШ № 7»' },
  ],
  warnings: [
    {
      message: 'Строк школ других муниципалитетов: 14 — они не относятся к мониторингу и пропущены.',
      sheet: null,
      cell: null,
    },
    { message: 'Строка 15: школа без логина — сопоставлена по названию.', sheet: 'ВПР 2025', cell: 'B15' },
  ],
  errors: [],
};

export const REFUSED_PREVIEW: ImportPreview = {
  ...PREVIEW,
  ok: false,
  fileName: null,
  reportType: null,
  blocks: [],
  matched: [],
  unmatched: [],
  conflicts: [],
  newRows: 0,
  unchangedRows: 0,
  warnings: [],
  errors: [
    {
      message: 'Лист «Черновик» не похож на отчёт ФИС ОКО: нет строки заголовка «Статистика по отметкам».',
      sheet: 'Черновик',
      cell: 'A1',
    },
  ],
};

export const OUTCOME: ImportOutcome = {
  ok: true,
  year: 2025,
  rowsImported: 41,
  schoolsWritten: 4,
  matched: 5,
  unmatched: 1,
  conflictsKept: 1,
  loginsStored: 1,
  mappingsStored: 1,
  alreadyImported: false,
  text: 'ФИС ОКО «Статистика по отметкам», 2025 год: записано значений 41 (школ 4); сопоставлено строк школ 5, не сопоставлено 1; оставлено прежних значений 1.',
  warnings: [
    {
      message: 'Не выбрано, какое значение оставить, для 1 расхождений — оставлены прежние значения.',
      sheet: null,
      cell: null,
    },
  ],
  errors: [],
};

export const SCHOOL_FILES: ReturnType<Api['createSchoolFiles']> = {
  created: ['Боготольский район — форма S01 МБОУ «СОШ № 1»', 'Боготольский район — форма S02 Лицей 2'],
  shared: ['S01: s01@example.org'],
  warnings: [
    'S02: файл «Боготольский район — форма S02 Лицей 2» создан, но доступ не выдан — в листе «Школы» не указан email.',
  ],
};
