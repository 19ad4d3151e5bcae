// Evaluator of a roster for the Curtois & Qu shift scheduling benchmark: the objective and every
// hard-constraint violation, exactly as defined by the benchmark's mathematical model (T. Curtois
// and R. Qu, "Computational results on new staff scheduling benchmark instances", 2014, §2).
//
// Objective = Σ shift-on request weights not granted + Σ shift-off request weights violated
//           + Σ_(day,shift) underWeight · max(0, requirement − covered)
//           + Σ_(day,shift) overWeight  · max(0, covered − requirement).
// Hard constraints (per employee): at most one shift a day; shift rotation ("cannot follow", day d
// then day d+1); max shifts per type; min/max total minutes; max consecutive shifts (any run);
// min consecutive shifts and min consecutive days off; max weekends (Sat+Sun of the same week,
// worked if either day has a shift); days off.
// Horizon edges (the benchmark's convention, constraints (7) and (8) of the paper, which range
// d ∈ [1, h − (s+1)]): a min-consecutive rule binds only blocks that have a neighbouring day
// inside the horizon on BOTH sides. A work block that starts on day 0 or ends on the last day may
// be shorter than MinConsecutiveShifts, and likewise an off block touching either edge may be
// shorter than MinConsecutiveDaysOff — the unseen days beyond the horizon are assumed to extend
// the block. Max consecutive shifts counts runs inside the horizon only. This convention reproduces
// the proven optima (607, 828, 1001, … for Instances 1–7, 9–12).
// Limits: the roster representation cannot express two shifts on one day, so "one shift per day"
// holds by construction; `evaluateAssignments` checks it for lists of (employee, day, shift).
import type { CurtoisInstance } from './curtois-format';

/** roster[employee][day] = shift index, or -1 for a day off. */
export type Roster = number[][];

export type ViolationKind =
	| 'one_shift_per_day'
	| 'day_off'
	| 'cannot_follow'
	| 'max_shifts'
	| 'max_total_minutes'
	| 'min_total_minutes'
	| 'max_consecutive_shifts'
	| 'min_consecutive_shifts'
	| 'min_consecutive_days_off'
	| 'max_weekends'
	| 'bad_reference';

export interface Violation {
	kind: ViolationKind;
	employee: string;
	/** First day concerned, when the rule is about a day or a block of days. */
	day?: number;
	message: string;
}

export interface Evaluation {
	objective: number;
	onRequestPenalty: number;
	offRequestPenalty: number;
	underCoverPenalty: number;
	overCoverPenalty: number;
	violations: Violation[];
	feasible: boolean;
}

export const OFF = -1;

/**
 * The benchmark's weekend rule: the weekend of Saturday `sat` is worked when its Saturday or its
 * Sunday is (day 0 is a Monday; a Sunday at or beyond `last`, outside the horizon or the known days, does not count).
 */
export function weekendWorked(row: readonly number[], sat: number, last: number): boolean {
	return (row[sat] ?? OFF) !== OFF || (sat + 1 < last && (row[sat + 1] ?? OFF) !== OFF);
}

export function emptyRoster(instance: CurtoisInstance): Roster {
	return instance.staff.map(() => new Array<number>(instance.horizon).fill(OFF));
}

/** Soft part only (requests + cover); O(requests + cover). */
export function objectiveParts(instance: CurtoisInstance, roster: Roster) {
	let onRequestPenalty = 0;
	let offRequestPenalty = 0;
	for (const r of instance.onRequests) if (roster[r.employee]?.[r.day] !== r.shift) onRequestPenalty += r.weight;
	for (const r of instance.offRequests) if (roster[r.employee]?.[r.day] === r.shift) offRequestPenalty += r.weight;
	const S = instance.shifts.length;
	const covered = new Array<number>(instance.horizon * S).fill(0);
	for (const row of roster) for (let d = 0; d < instance.horizon; d++) { const s = row[d] ?? OFF; if (s >= 0) covered[d * S + s]! += 1; }
	let underCoverPenalty = 0;
	let overCoverPenalty = 0;
	instance.cover.forEach((c, k) => {
		if (c === null) return;
		const n = covered[k]!;
		if (n < c.requirement) underCoverPenalty += c.underWeight * (c.requirement - n);
		else overCoverPenalty += c.overWeight * (n - c.requirement);
	});
	return { onRequestPenalty, offRequestPenalty, underCoverPenalty, overCoverPenalty, objective: onRequestPenalty + offRequestPenalty + underCoverPenalty + overCoverPenalty };
}

/** Hard-constraint violations of one employee's row (days indexed from 0). */
export function employeeViolations(instance: CurtoisInstance, e: number, row: readonly number[]): Violation[] {
	const out: Violation[] = [];
	const member = instance.staff[e]!;
	const H = instance.horizon;
	const id = member.id;
	const add = (kind: ViolationKind, message: string, day?: number) => out.push(day === undefined ? { kind, employee: id, message } : { kind, employee: id, day, message });
	const counts = instance.shifts.map(() => 0);
	let minutes = 0;
	for (let d = 0; d < H; d++) {
		const s = row[d] ?? OFF;
		if (s === OFF) continue;
		const shift = instance.shifts[s];
		if (shift === undefined) { add('bad_reference', `unknown shift index ${s} on day ${d}`, d); continue; }
		counts[s]! += 1;
		minutes += shift.minutes;
		const next = d + 1 < H ? (row[d + 1] ?? OFF) : OFF;
		if (next !== OFF && shift.cannotFollow.includes(next)) add('cannot_follow', `${instance.shifts[next]?.id} on day ${d + 1} may not follow ${shift.id} on day ${d}`, d);
	}
	for (const d of member.daysOff) if ((row[d] ?? OFF) !== OFF) add('day_off', `works on day ${d}, a day off`, d);
	counts.forEach((n, s) => { if (n > member.maxShifts[s]!) add('max_shifts', `${n} ${instance.shifts[s]!.id} shifts, at most ${member.maxShifts[s]}`); });
	if (minutes > member.maxTotalMinutes) add('max_total_minutes', `${minutes} minutes, at most ${member.maxTotalMinutes}`);
	if (minutes < member.minTotalMinutes) add('min_total_minutes', `${minutes} minutes, at least ${member.minTotalMinutes}`);
	// Blocks of equal work/off status.
	let start = 0;
	for (let d = 1; d <= H; d++) {
		const working = (row[start] ?? OFF) !== OFF;
		if (d < H && ((row[d] ?? OFF) !== OFF) === working) continue;
		const length = d - start;
		const interior = start > 0 && d < H; // a neighbouring day inside the horizon on both sides
		if (working) {
			if (length > member.maxConsecutiveShifts) add('max_consecutive_shifts', `${length} consecutive shifts from day ${start}, at most ${member.maxConsecutiveShifts}`, start);
			if (interior && length < member.minConsecutiveShifts) add('min_consecutive_shifts', `${length} consecutive shifts from day ${start}, at least ${member.minConsecutiveShifts}`, start);
		} else if (interior && length < member.minConsecutiveDaysOff) add('min_consecutive_days_off', `${length} consecutive days off from day ${start}, at least ${member.minConsecutiveDaysOff}`, start);
		start = d;
	}
	let weekends = 0;
	for (let sat = 5; sat < H; sat += 7) if (weekendWorked(row, sat, H)) weekends++;
	if (weekends > member.maxWeekends) add('max_weekends', `${weekends} weekends worked, at most ${member.maxWeekends}`);
	return out;
}

export function evaluate(instance: CurtoisInstance, roster: Roster): Evaluation {
	const violations: Violation[] = [];
	if (roster.length !== instance.staff.length) violations.push({ kind: 'bad_reference', employee: '', message: `roster has ${roster.length} rows for ${instance.staff.length} employees` });
	instance.staff.forEach((_, e) => violations.push(...employeeViolations(instance, e, roster[e] ?? [])));
	const parts = objectiveParts(instance, roster);
	return { ...parts, violations, feasible: violations.length === 0 };
}

export interface AssignmentRow {
	employee: string;
	day: number;
	shift: string;
}

/** Evaluates the output form (worked days only, ids as in the file); catches two shifts a day. */
export function evaluateAssignments(instance: CurtoisInstance, assignments: readonly AssignmentRow[]): Evaluation {
	const roster = emptyRoster(instance);
	const extra: Violation[] = [];
	const staffIndex = new Map(instance.staff.map((m, i) => [m.id, i]));
	const shiftIndex = new Map(instance.shifts.map((s, i) => [s.id, i]));
	for (const a of assignments) {
		const e = staffIndex.get(a.employee);
		const s = shiftIndex.get(a.shift);
		if (e === undefined || s === undefined || !Number.isInteger(a.day) || a.day < 0 || a.day >= instance.horizon) {
			extra.push({ kind: 'bad_reference', employee: a.employee, message: `unknown employee, shift or day in ${JSON.stringify(a)}` });
			continue;
		}
		if (roster[e]![a.day] !== OFF) extra.push({ kind: 'one_shift_per_day', employee: a.employee, day: a.day, message: `two shifts on day ${a.day}` });
		roster[e]![a.day] = s;
	}
	const result = evaluate(instance, roster);
	result.violations.unshift(...extra);
	result.feasible = result.violations.length === 0;
	return result;
}

export function rosterToAssignments(instance: CurtoisInstance, roster: Roster): AssignmentRow[] {
	const out: AssignmentRow[] = [];
	roster.forEach((row, e) => row.forEach((s, day) => { if (s !== OFF) out.push({ employee: instance.staff[e]!.id, day, shift: instance.shifts[s]!.id }); }));
	return out;
}
