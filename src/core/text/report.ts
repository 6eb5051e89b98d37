// This file holds the Russian text of the report tabs: `Свод` headers, notes and legend, `Динамика`, `Справка`.
import type { IndicatorMeta, IndicatorValue } from '../engine/types';

const CMP = { gte: 'не менее', lte: 'не более', none: '' } as const;
const ATT = {
  achieved: 'достигнута',
  notAchieved: 'не достигнута',
  noData: 'нет данных',
  noTarget: 'цель не задана',
} as const;

export const R = {
  summaryTab: 'Свод',
  dynamicsTab: 'Динамика',
  noteTab: 'Справка',
  colCode: 'Код',
  colName: 'Школа',
  colCategory: 'Категория',
  colSubmitted: 'Данные',
  colShnor: 'ШНОР',
  colShnsu: 'ШНСУ',
  colCriteria: 'Критерии ШНСУ',
  colRisk: 'Факторы риска',
  colRoadmap: 'Выполнение дорожной карты, %',
  municipalCode: 'МО',
  municipalName: (year: string) => `Муниципалитет, ${year}`,
  targetRow: (year: number) => `Цель ${year}`,
  notSubmitted: 'не сдано',
  submitted: 'сдано',
  withErrors: (n: number) => `сдано, ошибок: ${n}`,
  excluded: (n: number) => `не учтено: ошибок ${n}`,
  submittedCount: (n: number, of: number) => `сдали ${n} из ${of}`,
  flaggedCount: (n: number) => `${n} шк.`,
  yes: 'Да',
  no: 'Нет',
  indicatorHeader: (name: string, unit: string) => `${name}, ${unit}`,
  indicatorNote: (meta: IndicatorMeta, v: IndicatorValue) =>
    meta.targetDisplay
      ? `${meta.name}: ${v.display}; цель ${CMP[meta.comparison]} ${meta.targetDisplay} — ${ATT[v.attainment]}.`
      : `${meta.name}: ${v.display}.`,
  over100:
    'Значение больше 100 %: числитель и знаменатель считают разных людей, так задано в программе; проверьте данные.',
  coverage: (withData: number, total: number) => `Рассчитано по ${withData} из ${total} школ: у остальных нет данных.`,
  criteriaCell: (met: string[], of: number) =>
    met.length > 0 ? `${met.length} из ${of}: ${met.join(', ')}` : `0 из ${of}`,
  roadmapNote: (done: number, total: number, overdue: number) =>
    `Выполнено ${done} из ${total} мероприятий; просрочено: ${overdue}.`,
  legendTitle: 'Условные обозначения',
  legendGreen: 'цель достигнута или положительная динамика',
  legendAmber: (pct: number) => `цель почти достигнута (отставание не больше ${pct} % от цели)`,
  legendRed: 'цель не достигнута или школа отмечена правилом',
  legendGrey: 'нет данных',
} as const;
