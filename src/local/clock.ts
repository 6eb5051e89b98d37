// This file gives local mode its clock and user, in the form the app layer expects: local time as
// «YYYY-MM-DD HH:MM» and the operating-system user name.
import { userInfo } from 'node:os';

const two = (n: number) => String(n).padStart(2, '0');

export function localNow(date = new Date()): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function localUser(): string {
  try {
    return userInfo().username || 'локальный пользователь';
  } catch {
    return 'локальный пользователь';
  }
}
