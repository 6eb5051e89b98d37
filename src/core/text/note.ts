// This file holds the Russian prose of `Справка`.
import type { IndicatorMeta } from '../engine/types';
import { formatPercent } from '../format';
import { frac } from '../fraction';

const CMP = { gte: 'не менее', lte: 'не более', none: '' } as const;
const KIND = { shnor: 'с признаками ШНОР', shnsu: 'с признаками ШНСУ' } as const;

function plural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}
const pct = (done: number, total: number) => (total > 0 ? formatPercent(frac(done, total)) : 'нет данных');

export const N = {
  tab: 'Справка',
  title: (program: string, municipality: string, year: string) =>
    `Аналитическая справка по итогам мониторинга: ${program} (${municipality}), ${year}`,
  built: (at: string) => `Составлена автоматически ${at} по данным листа «Данные». Числа в справке — из листа «Свод».`,
  s1: '1. Представление данных',
  submitted: (n: number, of: number) => `Данные представили ${n} из ${of} ${plural(of, 'школы', 'школ', 'школ')}.`,
  missing: (names: string) => `Не представили данные: ${names}.`,
  withErrors: (list: string) =>
    `Представили данные с ошибками (в скобках — число ошибок; ошибочные значения не учтены): ${list}.`,
  excluded: (list: string) =>
    `Не вошли в отчёт до исправления ошибок (настройка «Учитывать школы с ошибками» — «Нет»; в скобках — число ошибок): ${list}.`,
  warnings: 'Замечания к расчёту показателей:',
  s2: '2. Достижение целевых показателей',
  targetsSummary: (targeted: number, met: number, missed: number, noData: number, noTarget: number) =>
    `Из ${targeted} показателей с целевым значением на отчётный год достигнуто ${met}, не достигнуто ${missed}, нет данных — ${noData}. ` +
    (noTarget > 0 ? `Ещё для ${noTarget} показателей цель на этот год не задана.` : ''),
  missedTarget: (i: IndicatorMeta, value: string) =>
    `Не достигнут: ${i.code} «${i.name}» — ${value} при цели ${CMP[i.comparison]} ${i.targetDisplay ?? ''}.`,
  metTarget: (i: IndicatorMeta, value: string) =>
    `Достигнут: ${i.code} «${i.name}» — ${value} (цель ${CMP[i.comparison]} ${i.targetDisplay ?? ''}).`,
  noDataTarget: (i: IndicatorMeta) => `Нет данных для оценки: ${i.code} «${i.name}».`,
  s3: '3. Школы, отмеченные правилами мониторинга',
  noneFlagged: 'Ни одна школа не отмечена правилами мониторинга.',
  flaggedCount: (kind: keyof typeof KIND, n: number, of: number, names: string) =>
    `Школ ${KIND[kind]}: ${n} из ${of}${n > 0 ? ` (${names})` : ''}.`,
  schoolFlagged: (name: string, category: string) => `${name} (категория в реестре: ${category}):`,
  because: (rule: string, explanation: string) => `— ${rule}: ${explanation}`,
  s4: '4. Динамика по сравнению с прошлым годом',
  noDynamics: 'Данных за прошлые годы в листе «Данные» нет — динамику оценить нельзя.',
  dynamicsLine: (i: IndicatorMeta, y0: number, v0: string, y1: number, v1: string, better: boolean | null) =>
    `${i.code} «${i.name}»: ${v0} в ${y0} → ${v1} в ${y1}${better === null ? ' (без изменений)' : better ? ' — положительная динамика' : ' — отрицательная динамика'}.`,
  infoRule: (rule: string, marked: string[], known: number) =>
    `Правило «${rule}» отмечает ${marked.length} из ${known} ${plural(known, 'школы', 'школ', 'школ')} с данными${marked.length > 0 ? `: ${marked.join(', ')}` : ''}.`,
  s5: '5. Рекомендации школам',
  noRecommendations: 'Рекомендаций нет: ни одна школа не отмечена, или в программе нет подходящих мероприятий.',
  recommendFor: (name: string) => `${name}: рекомендуемые мероприятия из программы —`,
  s6: '6. Выполнение дорожных карт',
  roadmapTotal: (done: number, total: number, overdue: number, target: number | null) =>
    `Всего выполнено ${done} из ${total} мероприятий (${pct(done, total)})` +
    (target !== null ? `; критерий программы — не менее ${target} %` : '') +
    `; просрочено: ${overdue}.`,
  roadmapSchool: (name: string, done: number, total: number, overdue: number) =>
    `${name}: выполнено ${done} из ${total} (${pct(done, total)}), просрочено ${overdue}.`,
} as const;
