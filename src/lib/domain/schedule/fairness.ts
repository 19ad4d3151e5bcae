// Fairness and flexibility figures from published shifts: per agent, weekends and evening shifts
// worked, and how many of their wishes the schedule honoured; per agent and ISO week, the
// flexibility index (glossary): the mean of the share of wishes honoured and the share of
// self-service requests approved, when there were any. Team figures are summaries only (mean,
// min, max), so an agent can compare themselves without seeing anyone else's row.
// Limits: a wish counts on each day it applies to; weekends are Saturday and Sunday local time.
import { wallClock } from '../time/calendar';

export interface ShiftForFairness {
	personId: number;
	start: number;
	end: number;
}

export interface Wish {
	personId: number;
	kind: 'prefer_window' | 'avoid_window' | 'day_off';
	weekday: number;
	startMinute: number | null;
	endMinute: number | null;
}

export interface AgentFairness {
	personId: number;
	weekends: number;
	evenings: number;
	wishesHonoured: number;
	wishesTotal: number;
}

const eveningStart = 18 * 60;

/** `days`: the local days of the period, for counting wishes on days the agent did not work. */
export function fairnessByAgent(personIds: readonly number[], shiftList: readonly ShiftForFairness[], wishes: readonly Wish[], days: readonly string[], timeZone: string): AgentFairness[] {
	return personIds.map((personId) => {
		const mine = shiftList.filter((s) => s.personId === personId).map((s) => ({ ...s, ...wallClock(s.start, timeZone) }));
		const weekendKeys = new Set<string>();
		let evenings = 0;
		for (const s of mine) {
			if (s.weekday >= 5) {
				// Saturday and the Sunday after it form one weekend; key it by the Saturday.
				const saturday = new Date(Date.parse(`${s.day}T00:00:00Z`) - (s.weekday - 5) * 86_400_000).toISOString().slice(0, 10);
				weekendKeys.add(saturday);
			}
			if (s.minute >= eveningStart) evenings++;
		}
		let honoured = 0;
		let total = 0;
		for (const day of days) {
			const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
			const worked = mine.find((s) => s.day === day);
			for (const w of wishes) {
				if (w.personId !== personId || w.weekday !== weekday) continue;
				// A window wish only speaks about days with a shift; a day-off wish about every such day.
				if (w.kind !== 'day_off' && !worked) continue;
				total++;
				const inWindow = worked !== undefined && w.startMinute !== null && w.endMinute !== null && worked.minute >= w.startMinute && worked.minute < w.endMinute;
				const kept = w.kind === 'day_off' ? !worked : w.kind === 'avoid_window' ? !inWindow : inWindow;
				if (kept) honoured++;
			}
		}
		return { personId, weekends: weekendKeys.size, evenings, wishesHonoured: honoured, wishesTotal: total };
	});
}

export interface Spread {
	mean: number;
	min: number;
	max: number;
}

export function spread(values: readonly number[]): Spread {
	if (!values.length) return { mean: 0, min: 0, max: 0 };
	return { mean: values.reduce((s, v) => s + v, 0) / values.length, min: Math.min(...values), max: Math.max(...values) };
}

/** The flexibility index of one agent-week, or null when there was nothing to measure. */
export function flexibilityValue(wishesHonoured: number, wishesTotal: number, requestsApproved: number, requestsTotal: number): { preferencesHonoured: number | null; requestsApproved: number | null; value: number | null } {
	const p = wishesTotal ? wishesHonoured / wishesTotal : null;
	const r = requestsTotal ? requestsApproved / requestsTotal : null;
	const parts = [p, r].filter((x): x is number => x !== null);
	return { preferencesHonoured: p, requestsApproved: r, value: parts.length ? parts.reduce((s, v) => s + v, 0) / parts.length : null };
}
