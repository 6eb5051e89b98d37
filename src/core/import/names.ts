// This file normalises school and municipality names for matching: quotes «» vs "", org-form prefixes
// (МБОУ, МОУ, МКОУ…), «СОШ № 7» vs «СОШ №7», ё/е and case; municipality names lose generic words
// («город», «г.», «муниципальный район», «Комитет образования администрации…», note §6.4 p.7).
import { norm } from './cells';
import { splitLogin } from './hierarchy';

/** МБОУ, МОУ, МКОУ, МАОУ, МОБУ, ГБОУ, ЧОУ, ФГБОУ… */
const ORG_FORM = /^(ф|г|м|ч|н)[а-я]{0,3}(оу|бу)$/;
const ORG_WORDS = new Set([
  'муниципальное',
  'муниципальная',
  'государственное',
  'частное',
  'бюджетное',
  'казенное',
  'автономное',
  'общеобразовательное',
  'образовательное',
  'учреждение',
  'организация',
]);

export function normalizeSchoolName(name: string): string {
  const t = norm(splitLogin(name).name)
    .replace(/[«»"'“”„‘’`]/g, ' ')
    .replace(/средняя общеобразовательная школа/g, 'сош')
    .replace(/основная общеобразовательная школа/g, 'оош')
    .replace(/начальная общеобразовательная школа/g, 'нош')
    .replace(/(^|[\s\d])(n|no)\s*(?=\d)/g, '$1№')
    .replace(/\s*№\s*/g, ' №');
  return t
    .split(/[\s,.;:()\-–—]+/)
    .filter((w) => w !== '' && !ORG_FORM.test(w) && !ORG_WORDS.has(w))
    .map((w) => (w === 'им' ? 'имени' : w))
    .join(' ');
}

const PLACE_WORDS = new Set([
  'город',
  'г',
  'городской',
  'городского',
  'округ',
  'округа',
  'го',
  'муниципальный',
  'муниципальное',
  'муниципального',
  'район',
  'района',
  'р-н',
  'мр',
  'мо',
  'образование',
  'образования',
  'администрации',
  'администрация',
  'комитет',
  'управление',
  'отдел',
  'по',
  'и',
]);

function placeTokens(name: string): string[] {
  return norm(splitLogin(name).name)
    .replace(/[«»"'“”„.,()]/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !PLACE_WORDS.has(w));
}

/** Whether two municipality names denote the same place: the specific words of one contain the other's. */
export function sameMunicipality(a: string, b: string): boolean {
  const x = placeTokens(a);
  const y = new Set(placeTokens(b));
  if (x.length === 0 || y.size === 0) return false;
  return x.every((w) => y.has(w)) || [...y].every((w) => x.includes(w));
}
