// Time off against coverage: what taking an agent's shifts away does to the team, so a request
// can be approved at once when the team still meets its requirement without them, and otherwise
// goes to a supervisor with the shortfall in numbers. Pure: coverage and requirement come in.
// With skills per queue, coverage is the requirement the agents on contacts can cover within
// their skills (before and without the agent), so a queue only this agent serves is not hidden by
// agents to spare on another.
// Limits: the requirement is the saved forecast's; intervals with no requirement count as met.

export interface TimeOffImpact {
	/** 15-minute intervals that would fall below the requirement. */
	intervalsShort: number;
	/** Largest shortfall in agents in any interval. */
	worstShortfall: number;
	/** Agent-hours of work removed. */
	hoursRemoved: number;
}

/**
 * `coverage`: agents on contacts per interval, or with `coveredWithout` the requirement they cover
 * within their skills; `coveredWithout`: what is covered once the removed shifts are gone. Without
 * it, each removed shift takes one agent off its intervals.
 */
export function timeOffImpact(
	removed: readonly { start: number; end: number; breaks: readonly { start: number; end: number }[] }[],
	coverage: ReadonlyMap<number, number>,
	requirement: ReadonlyMap<number, number>,
	intervalMinutes: number,
	coveredWithout?: ReadonlyMap<number, number>
): TimeOffImpact {
	const step = intervalMinutes * 60_000;
	const lost = new Map<number, number>();
	let minutes = 0;
	for (const s of removed) {
		minutes += (s.end - s.start) / 60_000;
		for (let t = Math.ceil(s.start / step) * step; t < s.end; t += step) {
			if (s.breaks.some((b) => b.start <= t && t < b.end)) continue;
			lost.set(t, (lost.get(t) ?? 0) + 1);
		}
	}
	let intervalsShort = 0;
	let worstShortfall = 0;
	for (const [t, n] of lost) {
		const required = requirement.get(t) ?? 0;
		const before = coverage.get(t) ?? 0;
		const after = coveredWithout ? (coveredWithout.get(t) ?? 0) : before - n;
		// Agents to spare on the agent's queues: the interval covers as much without them.
		if (after >= before - 1e-9) continue;
		// Requirements are fractional (a team's share of a queue); a shortfall under 0.5 agent rounds away.
		const short = required - after;
		if (short >= 0.5) {
			intervalsShort++;
			worstShortfall = Math.max(worstShortfall, short);
		}
	}
	return { intervalsShort, worstShortfall: Math.round(worstShortfall * 10) / 10, hoursRemoved: Math.round((minutes / 60) * 10) / 10 };
}

/** Calendar days from first to last inclusive that fall in `year`. */
export function daysInYear(firstDay: string, lastDay: string, year: number): number {
	const from = firstDay < `${year}-01-01` ? `${year}-01-01` : firstDay;
	const to = lastDay > `${year}-12-31` ? `${year}-12-31` : lastDay;
	if (to < from) return 0;
	return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

export const defaultTimeOffDaysPerYear = 26;
export const maxRequestDays = 31;

export type TimeOffErrorCode = 'date' | 'past' | 'order' | 'too_long' | 'reason';

/** A request as typed: real dates, not in the past, first ≤ last, at most `maxRequestDays` days. */
export function validateTimeOffRequest(raw: { first_day: string; last_day: string; reason: string }, today: string): { ok: true; value: { firstDay: string; lastDay: string; reason: string } } | { ok: false; errors: { field: string; code: TimeOffErrorCode; params?: Record<string, number> }[] } {
	const errors: { field: string; code: TimeOffErrorCode; params?: Record<string, number> }[] = [];
	const firstDay = raw.first_day.trim();
	const lastDay = raw.last_day.trim() || firstDay;
	const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
	if (!valid(firstDay)) errors.push({ field: 'first_day', code: 'date' });
	else if (firstDay < today) errors.push({ field: 'first_day', code: 'past' });
	if (!valid(lastDay)) errors.push({ field: 'last_day', code: 'date' });
	else if (valid(firstDay) && lastDay < firstDay) errors.push({ field: 'last_day', code: 'order' });
	else if (valid(firstDay) && (Date.parse(lastDay) - Date.parse(firstDay)) / 86_400_000 + 1 > maxRequestDays) errors.push({ field: 'last_day', code: 'too_long', params: { max: maxRequestDays } });
	const reason = raw.reason.trim();
	if (reason.length > 300) errors.push({ field: 'reason', code: 'reason' });
	return errors.length ? { ok: false, errors } : { ok: true, value: { firstDay, lastDay, reason } };
}
