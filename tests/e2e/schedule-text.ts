// Dates and times as the schedule pages print them in English, for the schedule, offer and swap tests.
import { message } from './helpers';

export const en = (key: string) => message('en', key);
/** A message with its {placeholders} filled. */
export const say = (key: string, values: Record<string, string>) => en(key).replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
/** Minutes in a day. */
export const day = 24 * 60;

/** 'YYYY-MM-DD' plus `days`. */
export function addDays(d: string, days: number): string {
	const date = new Date(`${d}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
export const mediumDay = (d: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
/** A string as a literal inside a regular expression. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "09:30 AM" (as the pages print a time in English) in minutes after midnight. */
export function minuteOf(text: string): number {
	const match = text.trim().match(/^(\d{1,2}):(\d{2})\s?([AP]M)$/);
	if (!match) throw new Error(`not a time: ${text}`);
	return ((Number(match[1]) % 12) + (match[3] === 'PM' ? 12 : 0)) * 60 + Number(match[2]);
}
/** The pattern of a time as the pages print it; the space before AM/PM varies between ICU versions. */
export const printed = (minute: number) => {
	const h = Math.floor((minute % day) / 60);
	return `${String(h % 12 || 12).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}\\s?${h < 12 ? 'AM' : 'PM'}`;
};
