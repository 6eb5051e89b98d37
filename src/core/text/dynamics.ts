// This file holds the Russian text of the `Динамика` tab.
export const D = {
  tab: 'Динамика',
  title: (years: number[]) =>
    years.length > 1
      ? `Динамика показателей, ${years[0]}–${years[years.length - 1]}`
      : 'Динамика показателей: данных за прошлые годы пока нет',
  municipal: 'Муниципалитет',
  bySchool: 'По школам',
  code: 'Код',
  indicator: 'Показатель',
  school: 'Школа',
  change: 'Изменение за год',
  arrow: '',
  better: 'Лучше',
  up: 'выше',
  down: 'ниже',
  trend: 'Тренд',
  chart: 'График',
  year: 'Год',
  shnorList: (year: number) => `Список ШНОР в ${year} году по сравнению с прошлым годом`,
  noPrevious: 'Данных за прошлый год нет — сравнить списки нельзя.',
  entered: 'Вошли в список',
  left: 'Вышли из списка',
  stayed: 'Остаются в списке',
  keyTitle: 'Ключевые показатели муниципалитета по годам',
} as const;
