// This file holds the Russian messages of the actions (check, report, roadmaps) and of the board.
export const A = {
  notSetUp: 'Мониторинг ещё не настроен: нет листа «Настройки» или «Школы». Запустите «Новый мониторинг».',
  badSettings: (errors: string[]) => `Исправьте лист «Настройки»: ${errors.join('; ')}`,
  unknownPreset: (id: string) => `Программа «${id}» из листа «Настройки» не найдена среди заготовок.`,
  noSuchPreset: (id: string) => `Нет программы мониторинга с кодом «${id}». Выберите программу из списка.`,
  checkSummary: (n: number, submitted: number, problems: number) =>
    `Проверено школ: ${n}, сдали: ${submitted}, ошибок: ${problems}`,
  badDecision: 'Решение координатора: «принято», «на доработке» или пусто.',
  unknownSchool: (code: string) => `Школа с кодом «${code}» не найдена на листе «Школы».`,
} as const;
