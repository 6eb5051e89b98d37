// This file holds the Russian text the engine shows about values and indicators: why a value is
// «нет данных», input problems (naming the school, the year and the field) and report warnings.
import { schoolYearLabel } from '../format';

export const reason = {
  missing: (field: string) => `нет данных: ${field}`,
  bad: (field: string) => `ошибка в данных: ${field}`,
  partial: (field: string) => `неполные данные: нет значения «${field}»`,
  noParticipants: 'нет участников',
  zeroDenominator: 'знаменатель равен 0',
  noFields: 'ни одно поле показателя не заполнено',
  over100: 'больше 100 %: проверьте данные',
  noCluster: 'школа не отнесена к кластеру',
  badAggregation: 'способ свода не подходит к показателю',
} as const;

function where(school: string, year: number, field: string, code: string): string {
  return `${school}, ${schoolYearLabel(year)}, поле «${field}» (${code})`;
}

function quote(raw: unknown): string {
  return typeof raw === 'string' ? `«${raw}»` : String(raw);
}

export const problem = {
  notNumber: (school: string, year: number, field: string, code: string, raw: unknown) =>
    `${where(school, year, field, code)}: ожидалось число, указано ${quote(raw)}.`,
  notCount: (school: string, year: number, field: string, code: string, raw: unknown) =>
    `${where(school, year, field, code)}: ожидалось целое неотрицательное число, указано ${quote(raw)}.`,
  belowMin: (school: string, year: number, field: string, code: string, raw: number, min: number) =>
    `${where(school, year, field, code)}: значение ${raw} меньше допустимого (${min}).`,
  aboveMax: (school: string, year: number, field: string, code: string, raw: number, max: number) =>
    `${where(school, year, field, code)}: значение ${raw} больше допустимого (${max}).`,
  notBool: (school: string, year: number, field: string, code: string, raw: unknown) =>
    `${where(school, year, field, code)}: ожидалось «да» или «нет», указано ${quote(raw)}.`,
  over100: (school: string, year: number, indicator: string, display: string) =>
    `${school}, ${schoolYearLabel(year)}, показатель «${indicator}»: ${display} — больше 100 %, проверьте данные; значение не учтено.`,
  numOverDen: (school: string, year: number, label: string, num: number, den: number) =>
    `${school}, ${schoolYearLabel(year)}, ${label}: в числителе ${num}, больше, чем в знаменателе (${den}); проверьте данные, значение не учтено.`,
} as const;

export const warning = {
  unknownField: (code: string, owner: string) => `${owner}: поле «${code}» не описано в словаре полей программы.`,
  patternEmpty: (pattern: string, owner: string) =>
    `${owner}: шаблон «${pattern}» не соответствует ни одному полю программы.`,
  badAggregation: (indicator: string, aggregation: string, metric: string) =>
    `Показатель ${indicator}: способ свода «${aggregation}» не подходит к величине «${metric}»; значение не рассчитано.`,
  noCondition: (indicator: string) =>
    `Показатель ${indicator}: для доли школ не задано условие (condition или conditionRule).`,
  unknownRule: (owner: string, rule: string) => `${owner}: правило «${rule}» не найдено в программе.`,
  partialCoverage: (indicator: string, year: number, missing: number, total: number, names: string) =>
    `Показатель ${indicator}, ${schoolYearLabel(year)}: нет данных по ${missing} из ${total} школ (${names}); значение рассчитано по остальным.`,
  over100: (indicator: string, year: number, names: string) =>
    `Показатель ${indicator}, ${schoolYearLabel(year)}: значение больше 100 % (${names}) — числитель и знаменатель считают разных людей, так задано в программе.`,
  noIdentificationRule: (indicator: string) =>
    `Показатель ${indicator}: в программе нет правила, которое выявляет школы; знаменатель «идентифицированных в текущем году» взят из списка школ (категория в листе «Школы»).`,
  identificationNoData: (indicator: string, year: number, names: string) =>
    `Показатель ${indicator}, ${schoolYearLabel(year)}: не удалось определить, выявлена ли школа в текущем году (${names}) — нет данных; школы не учтены в знаменателе.`,
  duplicateSchool: (code: string) =>
    `В листе «Школы» код «${code}» встречается больше одного раза; у школ должны быть разные коды.`,
  unknownSchool: (code: string) =>
    `В данных есть школа с кодом «${code}», которой нет в листе «Школы»; её данные не учтены.`,
  badCondition: (owner: string) => `${owner}: условие без порога (нужен порог или для флага — значение «да»/«нет»).`,
  badTarget: (indicator: string, year: number) =>
    `Показатель ${indicator}: цель на ${year} г. не сравнима со значением этого вида.`,
} as const;

export const indicatorText = {
  /** School label used in problems: «СОШ № 1 (s01)». */
  school: (name: string, code: string) => `${name} (${code})`,
  /** Who a warning is about: «Показатель 5.3». */
  owner: (code: string) => `Показатель ${code}`,
  /** «СОШ № 1, СОШ № 2 и ещё 3» */
  schoolList: (shown: string[], more: number) => (more > 0 ? `${shown.join(', ')} и ещё ${more}` : shown.join(', ')),
} as const;
