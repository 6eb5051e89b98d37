// This file is the error vocabulary shared by the server and the sidebar: the ERROR_CODES, their
// Russian messages, AppError (what our code throws), and describeError, which turns anything that
// was thrown — our AppError, or a raw Apps Script / transport error — into { code, Russian message }.
// google.script.run delivers only an error's message to the sidebar, so AppError carries its code
// inside the message as a trailing « [CODE]» tag that describeError reads back and strips.

export const ERROR_CODES = {
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  INVALID_INPUT: 'INVALID_INPUT',
  AUTH_REQUIRED: 'AUTH_REQUIRED',
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  TIMEOUT: 'TIMEOUT',
  QUOTA: 'QUOTA',
  BUSY: 'BUSY',
  NETWORK: 'NETWORK',
  SERVER: 'SERVER',
  UNKNOWN: 'UNKNOWN',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The fixed Russian message of each code; codes with a detail append it after a colon. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  NOT_IMPLEMENTED: 'Эта функция ещё в разработке',
  INVALID_INPUT: 'Проверьте введённые данные',
  AUTH_REQUIRED:
    'Google не подтвердил вход. Так бывает, когда вы вошли в несколько аккаунтов Google одновременно: ' +
    'выйдите из всех аккаунтов, войдите в нужный или откройте таблицу в режиме инкогнито, затем откройте панель заново.',
  PERMISSION_DENIED: 'Недостаточно прав. Попросите владельца таблицы открыть вам доступ на редактирование.',
  TIMEOUT:
    'Операция не уложилась в лимит времени Google (6 минут). Повторите её; если ошибка повторится, ' +
    'сообщите разработчикам.',
  QUOTA: 'Исчерпана дневная квота Google Apps Script. Повторите завтра или запустите операцию от другого аккаунта.',
  BUSY: 'С таблицей сейчас работает другая операция. Подождите минуту и повторите.',
  NETWORK: 'Нет связи с сервером Google. Проверьте подключение к интернету и повторите.',
  SERVER: 'Временная ошибка на стороне Google. Повторите через минуту.',
  UNKNOWN: 'Непредвиденная ошибка',
};

/** What the user is shown. */
export interface UserError {
  code: ErrorCode;
  message: string;
}

/** Thrown by our code. `detail` is Russian and names the school, field and cell where known. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;

  constructor(code: ErrorCode, detail: string) {
    const text = withDetail(code, detail);
    super(`${text} [${code}]`);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}

/** «Эта функция ещё в разработке: Собрать отчёт.» */
export function notImplemented(feature: string): AppError {
  return new AppError('NOT_IMPLEMENTED', feature);
}

/** Wording of argument checks (the zod issues the server reports); anything else uses zod's Russian locale. */
export const ARGUMENT_ISSUES = {
  missing: 'не указано',
  expected: { number: 'нужно число', string: 'нужен текст', array: 'нужен список', object: 'нужны параметры' },
  empty: 'не заполнено',
  atLeast: (min: number | bigint) => `не меньше ${min}`,
  atMost: (max: number | bigint) => `не больше ${max}`,
  integer: 'нужно целое число',
  oneOf: (values: readonly string[]) => `допустимо: ${values.map((v) => `«${v}»`).join(', ')}`,
  email: 'неверный адрес эл. почты',
  listAtLeast: (min: number | bigint) => `нужно не меньше ${min}`,
} as const;

/** Raw platform messages (English, as Apps Script and the browser send them) and their codes. */
const PLATFORM_ERRORS: readonly { pattern: RegExp; code: ErrorCode }[] = [
  { pattern: /authorization is required/i, code: 'AUTH_REQUIRED' },
  { pattern: /do not have (permission|access)|permission_denied|access denied/i, code: 'PERMISSION_DENIED' },
  { pattern: /exceeded maximum execution time/i, code: 'TIMEOUT' },
  { pattern: /invoked too many times|quota|rate limit/i, code: 'QUOTA' },
  { pattern: /lock timeout|could not obtain lock|too many simultaneous invocations/i, code: 'BUSY' },
  { pattern: /networkerror|connection failure|failed to fetch/i, code: 'NETWORK' },
  { pattern: /server error occurred|internal error|service unavailable|backend error/i, code: 'SERVER' },
];

const TAGGED = /^([\s\S]*) \[([A-Z_]+)\]$/;
const PREFIX = /^(?:Exception|ScriptError|Error|TypeError|RangeError|ReferenceError): /;

/** Maps anything thrown to a code and a Russian message. Never throws. */
export function describeError(error: unknown): UserError {
  const raw = messageOf(error).replace(PREFIX, '').trim();
  const tagged = TAGGED.exec(raw);
  if (tagged && tagged[1] !== undefined && tagged[2] !== undefined && isErrorCode(tagged[2])) {
    return { code: tagged[2], message: tagged[1] };
  }
  const known = PLATFORM_ERRORS.find((p) => p.pattern.test(raw));
  if (known) return { code: known.code, message: ERROR_MESSAGES[known.code] };
  return { code: 'UNKNOWN', message: withDetail('UNKNOWN', raw) };
}

function withDetail(code: ErrorCode, detail: string): string {
  const base = ERROR_MESSAGES[code];
  const text = detail.trim();
  if (text === '') return base.endsWith('.') ? base : `${base}.`;
  return /[.!?…»]$/.test(text) ? `${base}: ${text}` : `${base}: ${text}.`;
}

function messageOf(error: unknown): string {
  if (error === null || error === undefined) return '';
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error) {
    const { message } = error;
    if (typeof message === 'string') return message;
  }
  try {
    return String(error);
  } catch {
    return '';
  }
}

function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}
