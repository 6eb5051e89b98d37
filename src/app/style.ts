// This file holds the add-on's colours and cell styles, so every tab looks the same.
import type { CellStyle } from '../sheets/port';

export const COLOR = {
  header: '#e8eaed',
  section: '#d2e3fc',
  input: '#fff8e1',
  unused: '#eeeeee',
  editable: '#fffde7',
  red: '#f4c7c3',
  amber: '#fce8b2',
  green: '#b7e1cd',
  grey: '#e0e0e0',
  redText: '#a50e0e',
  greenText: '#0d652d',
  greyText: '#5f6368',
} as const;

export const STYLE = {
  title: { bold: true, fontColor: '#202124' },
  header: { bold: true, background: COLOR.header, wrap: true },
  section: { bold: true, background: COLOR.section },
  input: { background: COLOR.input },
  unused: { background: COLOR.unused },
  editable: { background: COLOR.editable },
  wrap: { wrap: true },
} satisfies Record<string, CellStyle>;
