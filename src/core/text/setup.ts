// This file holds the Russian messages of the set-up wizard.
const FIELD: Record<string, string> = {
  code: 'код',
  name: 'название',
  category: 'категория',
  email: 'email',
  cluster: 'кластер',
};

export const S = {
  badSchool: (line: number, who: string, field: string, allowed: string) =>
    `Строка ${line} списка школ («${who}»): неверное поле «${FIELD[field] ?? field}»${allowed ? ` — допустимо: ${allowed}` : ''}. Школа пропущена.`,
  duplicateSchool: (line: number, code: string) =>
    `Строка ${line} списка школ: код «${code}» уже встречался. Школа пропущена.`,
  noSchools:
    'Перечислите школы в панели или заполните лист «Школы» (код, краткое название, категория…) и запустите мастер снова.',
  noValidSchools: (errors: string[]) => `В списке нет ни одной правильно заполненной школы. ${errors.join(' ')}`,
  otherPreset: (have: string, want: string) =>
    `В «Настройках» уже выбрана программа «${have}», а мастер запущен для «${want}». Настройки не изменены — проверьте их.`,
  fieldsRefreshed: 'Поля: адреса ячеек обновлены',
  rowsAdded: (tab: string, n: number) => `${tab}: добавлено строк — ${n}`,
  schoolsAdded: (codes: string[]) => `Школы: добавлены ${codes.join(', ')}`,
  tabHasErrors: (tab: string) =>
    `На листе «${tab}» есть ошибки в значениях — откройте «Собрать отчёт», чтобы увидеть, где.`,
  templateChanged: (school: string, sheet: string) =>
    `${school}: структура листа «${sheet}» изменена — данные школы не будут прочитаны, пока строки не вернут на место.`,
  filesLater:
    'Режим «файл на школу»: шаблон готов; файлы школ создаются отдельной командой «Создать файлы школ» (нужен доступ к Google Диску).',
  helpComparison: 'Выберите «не менее», «не более» или «—»',
  helpOperator: 'Оператор сравнения: ≥, >, ≤, <, =',
  helpCategory: 'ШНОР, ШНСУ, ШНОР+ШНСУ, наставник или другая',
  helpDecision: 'Решение координатора: «принято» или «на доработке»',
} as const;
