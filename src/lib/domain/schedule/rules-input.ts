// Validation of contract rules a supervisor types for an agent (or a whole team at once).
// Starts are given as a window and a step ('06:00'–'20:00' every 30 min); lengths as hours;
// breaks and lunch in minutes (multiples of 5; 0 for none); skills as the queues ticked.
import { parseClock } from './availability-input';

export type RulesField = 'max_consecutive_days' | 'min_rest_hours' | 'max_weekends' | 'first_start' | 'last_start' | 'start_step' | 'lengths' | 'time_off_days' | 'break_minutes' | 'lunch_minutes';
export interface RulesError {
	field: RulesField;
	code: 'number' | 'range' | 'time' | 'order' | 'lengths' | 'step';
	params?: Record<string, number>;
}
export interface RulesValue {
	maxConsecutiveDays: number;
	minRestHours: number;
	maxWeekendsPer4Weeks: number;
	allowedStarts: number[];
	shiftLengths: number[];
	timeOffDaysPerYear: number;
	breakMinutes: number;
	lunchMinutes: number;
}

export function validateRules(raw: Record<RulesField, string>): { ok: true; value: RulesValue } | { ok: false; errors: RulesError[] } {
	const errors: RulesError[] = [];
	const int = (field: RulesField, min: number, max: number, decimals = false) => {
		const v = Number(raw[field].trim().replace(',', '.'));
		if (!raw[field].trim() || !Number.isFinite(v) || (!decimals && !Number.isInteger(v))) errors.push({ field, code: 'number' });
		else if (v < min || v > max) errors.push({ field, code: 'range', params: { min, max } });
		return v;
	};
	const maxConsecutiveDays = int('max_consecutive_days', 1, 14);
	const minRestHours = int('min_rest_hours', 0, 24, true);
	const maxWeekendsPer4Weeks = int('max_weekends', 0, 4);
	const timeOffDaysPerYear = int('time_off_days', 0, 60);
	const step = int('start_step', 15, 240);
	const minutes = (field: RulesField, max: number) => {
		const v = int(field, 0, max);
		if (Number.isInteger(v) && v >= 0 && v <= max && v % 5 !== 0) errors.push({ field, code: 'step', params: { step: 5 } });
		return v;
	};
	const breakMinutes = minutes('break_minutes', 60);
	const lunchMinutes = minutes('lunch_minutes', 120);
	const first = parseClock(raw.first_start);
	const last = parseClock(raw.last_start);
	if (first === null) errors.push({ field: 'first_start', code: 'time' });
	if (last === null) errors.push({ field: 'last_start', code: 'time' });
	if (first !== null && last !== null && last < first) errors.push({ field: 'last_start', code: 'order' });
	const lengths = raw.lengths
		.split(/[,;\s]+/)
		.filter(Boolean)
		.map((h) => Math.round(Number(h.replace(',', '.')) * 60));
	if (!lengths.length || lengths.some((m) => !Number.isFinite(m) || m < 120 || m > 720)) errors.push({ field: 'lengths', code: 'lengths', params: { min: 2, max: 12 } });
	if (errors.length) return { ok: false, errors };
	const allowedStarts: number[] = [];
	for (let t = first!; t <= last!; t += step) allowedStarts.push(t);
	return { ok: true, value: { maxConsecutiveDays, minRestHours, maxWeekendsPer4Weeks, allowedStarts, shiftLengths: [...new Set(lengths)].sort((a, b) => a - b), timeOffDaysPerYear, breakMinutes, lunchMinutes } };
}

/**
 * The queues ticked as an agent's skills: each must be one of the organization's queues (a form
 * sent with another id was altered). An empty list is allowed: the agent then covers no queue.
 */
export function parseSkills(raw: readonly string[], queueIds: readonly number[]): { ok: true; value: number[] } | { ok: false; error: { field: 'skills'; code: 'skill_unknown'; params: { name: string } } } {
	const value: number[] = [];
	for (const text of raw) {
		const id = Number(text);
		if (!Number.isInteger(id) || !queueIds.includes(id)) return { ok: false, error: { field: 'skills', code: 'skill_unknown', params: { name: text } } };
		if (!value.includes(id)) value.push(id);
	}
	return { ok: true, value: value.sort((a, b) => a - b) };
}
