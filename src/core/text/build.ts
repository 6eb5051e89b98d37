// This file holds the Russian messages of «Собрать отчёт»: progress and the summary line.
export const B = {
  progressCollect: (n: number) => `Читаю формы школ (${n})…`,
  progressCompute: 'Считаю показатели и правила…',
  progressWrite: 'Записываю «Свод», «Динамику» и «Справку»…',
  summary: (read: number, of: number, flagged: number, problems: number, excluded: number) =>
    `Прочитано форм: ${read} из ${of}; отмечено школ: ${flagged}; ошибок ввода: ${problems}` +
    (excluded > 0 ? `; не вошли в отчёт из-за ошибок: ${excluded}` : '') +
    '.',
} as const;
