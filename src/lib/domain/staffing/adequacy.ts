// Staffing adequacy per team and ISO week, a lever of the outcomes module: the hours a team's
// agents worked against the hours the contacts that actually arrived on its queues required.
// Model, per 15-minute interval: required = for each queue, the scheduled (gross, after
// shrinkage) agents the staffing engine gives for the interval's offered contacts and AHT, times
// the team's share of the active agents skilled for the queue (as the scheduler shares a
// forecast), summed over queues; working = the team's agents whose shift covers the interval,
// a partly covered interval counting the covered share. Per team and ISO week (its Monday, by
// the interval's day in the team's site zone): requiredHours = Σ required × 0.25 h, workedHours
// = Σ working × 0.25 h, coveredHours = Σ min(working, required) × 0.25 h; adequacy = covered /
// required, none when nothing was required.
// Intervals are UTC-aligned quarter hours: every zone's offset is a whole number of quarter hours,
// so they are local quarter hours too, and a DST day simply has 92 or 100 of them.
// Limits: a shift is one contiguous span of its worked minutes from its local start (breaks and
// split shifts are not known, so a break counts as worked); the team share is by skilled
// headcount, not by who handled which contacts; intervals without history count as zero
// requirement, so agents working then add worked hours but no covered ones.
import { isoWeekStart } from '../autonomy/autonomy-index';
import { addDays } from '../people/turnover';
import { localTimeMs } from '../schedule/center-model';

export const quarterHourMs = 15 * 60_000;
const quarterHourHours = 0.25;

/** A worked shift as one span: its UTC start, ms, and its length in minutes. */
export interface WorkedSpan {
	startMs: number;
	minutes: number;
}

/** UTC ms of a wall-clock minute on a day in a zone, as localTimeMs gives it. */
export type LocalClock = (day: string, minute: number, timeZone: string) => number;

/**
 * localTimeMs with each zone-day's midnight worked out once, for many shifts: on a day 24 hours
 * long the offset does not change, so a minute is midnight plus that many minutes; days of 23 or
 * 25 hours (DST changes) take the exact path.
 */
export function createLocalClock(): LocalClock {
	const days = new Map<string, { midnight: number; regular: boolean }>();
	return (day, minute, timeZone) => {
		const key = `${timeZone}|${day}`;
		let known = days.get(key);
		if (!known) {
			const midnight = localTimeMs(day, 0, timeZone);
			known = { midnight, regular: localTimeMs(addDays(day, 1), 0, timeZone) - midnight === 86_400_000 };
			days.set(key, known);
		}
		return known.regular ? known.midnight + minute * 60_000 : localTimeMs(day, minute, timeZone);
	};
}

/** The span of a shift that starts at local `startMinute` on `day` in `timeZone` and lasts `workedMinutes` of elapsed time (so across a DST change it ends an hour earlier or later on the wall clock). */
export function shiftSpan(day: string, startMinute: number, workedMinutes: number, timeZone: string, clock: LocalClock = localTimeMs): WorkedSpan {
	return { startMs: clock(day, startMinute, timeZone), minutes: workedMinutes };
}

/** Adds each span to `working` (agents per interval start, UTC ms); a partly covered interval gets the covered share of an agent. */
export function addWorkingAgents(working: Map<number, number>, spans: Iterable<WorkedSpan>): Map<number, number> {
	for (const span of spans) {
		if (!(span.minutes > 0)) continue;
		const end = span.startMs + span.minutes * 60_000;
		for (let t = Math.floor(span.startMs / quarterHourMs) * quarterHourMs; t < end; t += quarterHourMs) {
			const covered = Math.min(end, t + quarterHourMs) - Math.max(span.startMs, t);
			working.set(t, (working.get(t) ?? 0) + covered / quarterHourMs);
		}
	}
	return working;
}

interface HistoryPiece {
	start: number;
	minutes: number;
	offered: number;
	handled: number;
	ahtSeconds: number | null;
}

/**
 * History rows with intervals longer than 15 minutes split evenly into quarter hours (the same
 * arrival rate, so the same Erlang traffic); shorter ones are kept for aggregateHistory to merge.
 * Counts become fractional. Throws for a length that is not a whole number of quarter hours.
 */
export function splitToQuarterHours<T extends HistoryPiece>(rows: readonly T[]): T[] {
	const out: T[] = [];
	for (const row of rows) {
		if (row.minutes <= 15) {
			out.push(row);
			continue;
		}
		const pieces = row.minutes / 15;
		if (!Number.isInteger(pieces)) throw new Error(`history in ${row.minutes}-minute intervals cannot be cut into 15-minute ones`);
		for (let k = 0; k < pieces; k++)
			out.push({ ...row, start: row.start + k * quarterHourMs, minutes: 15, offered: row.offered / pieces, handled: row.handled / pieces });
	}
	return out;
}

/** Each team's share of the active agents skilled for `queueId`; agents without a team count in the whole but give no team a share. */
export function teamShares(skilledPool: readonly { teamId: number | null; skills: readonly number[] }[], queueId: number): Map<number, number> {
	const skilled = skilledPool.filter((a) => a.skills.includes(queueId));
	const counts = new Map<number, number>();
	for (const a of skilled) if (a.teamId !== null) counts.set(a.teamId, (counts.get(a.teamId) ?? 0) + 1);
	return new Map([...counts].map(([teamId, n]) => [teamId, n / skilled.length]));
}

/** An ISO week in one zone: its Monday and the UTC ms of its first and next week's local midnight. */
export interface WeekBounds {
	weekStart: string;
	fromMs: number;
	toMs: number;
}

/** The ISO weeks from the one holding `fromDay` through the one holding `toDay`, bounded by local midnights in `timeZone`. */
export function weekBounds(fromDay: string, toDay: string, timeZone: string): WeekBounds[] {
	const weeks: WeekBounds[] = [];
	for (let monday = isoWeekStart(fromDay); monday <= toDay; monday = addDays(monday, 7))
		weeks.push({ weekStart: monday, fromMs: localTimeMs(monday, 0, timeZone), toMs: localTimeMs(addDays(monday, 7), 0, timeZone) });
	return weeks;
}

export interface WeekHours {
	weekStart: string;
	requiredHours: number;
	coveredHours: number;
	workedHours: number;
}

/** Agents per interval start (UTC ms, quarter-hour aligned): a map, or a function for a sum worked out on demand. */
export type AgentsByInterval = ReadonlyMap<number, number> | ((start: number) => number);

/**
 * Required, covered and worked hours per week, from agents required and working per interval
 * start. Weeks with neither required nor worked hours are left out.
 */
export function sumWeeks(requiredAgents: AgentsByInterval, working: ReadonlyMap<number, number>, weeks: readonly WeekBounds[]): WeekHours[] {
	const required = typeof requiredAgents === 'function' ? requiredAgents : (t: number) => requiredAgents.get(t) ?? 0;
	const out: WeekHours[] = [];
	for (const week of weeks) {
		let requiredAgents = 0;
		let coveredAgents = 0;
		let workingAgents = 0;
		for (let t = Math.ceil(week.fromMs / quarterHourMs) * quarterHourMs; t < week.toMs; t += quarterHourMs) {
			const need = required(t);
			const have = working.get(t) ?? 0;
			requiredAgents += need;
			workingAgents += have;
			coveredAgents += Math.min(need, have);
		}
		if (requiredAgents > 0 || workingAgents > 0)
			out.push({ weekStart: week.weekStart, requiredHours: requiredAgents * quarterHourHours, coveredHours: coveredAgents * quarterHourHours, workedHours: workingAgents * quarterHourHours });
	}
	return out;
}

/** Covered over required hours, 0–1; null when the week required nothing (adequacy is then unknown, not perfect). */
export function adequacyOf(week: Pick<WeekHours, 'requiredHours' | 'coveredHours'>): number | null {
	return week.requiredHours > 0 ? week.coveredHours / week.requiredHours : null;
}
