// The contact-center scheduling model: one shift or none per agent and local day, chosen from
// the agent's allowed starts and lengths inside their availability, against a requirement of
// agents per interval (the saved forecast of 2/7).
// Hard rules (never broken in a returned schedule): availability and dated exceptions, time off,
// minimum rest between shifts, maximum consecutive working days, weekly hours within the
// contract (ISO weeks, in the agent's zone), and at most N weekends in any 4 weeks.
// Soft terms (the objective, in penalty points): under-staffing per agent-interval (weight
// `under`), over-staffing (weight `over`), broken preferences, distance from desired weekly hours,
// and unfairness (sum of squared weekends and night shifts per agent, so they spread evenly).
// Limits: shifts start and end on the same local day (no overnight shifts); coverage counts an
// agent present for the whole shift except their breaks; with skills per queue an agent present
// covers any of their queues during an interval (blended work), without skill priorities.
// Sources: the classic shift-scheduling formulation (Dantzig 1954; Ernst et al. 2004, "Staff
// scheduling and rostering: a review"), with the rule set of common contact-center WFM tools.
import { TZDate } from '@date-fns/tz';
import { allocateBySkill } from './skill-coverage';

export interface AgentRules {
	minWeeklyMinutes: number;
	maxWeeklyMinutes: number;
	maxConsecutiveDays: number;
	minRestMinutes: number;
	maxWeekendsPer4Weeks: number;
	/** Local start times, minutes after midnight. */
	allowedStarts: readonly number[];
	/** Paid shift lengths, minutes. */
	shiftLengths: readonly number[];
	/** Each of the two short breaks of a shift of 8 h or more, minutes; 0 for none (default 15). */
	breakMinutes?: number;
	/** The lunch of a shift of 6 h or more, minutes; 0 for none (default 30). */
	lunchMinutes?: number;
}

export const defaultRules: AgentRules = {
	minWeeklyMinutes: 0,
	maxWeeklyMinutes: 40 * 60,
	maxConsecutiveDays: 6,
	minRestMinutes: 11 * 60,
	maxWeekendsPer4Weeks: 2,
	allowedStarts: Array.from({ length: 29 }, (_, i) => 6 * 60 + i * 30), // 06:00 … 20:00
	shiftLengths: [8 * 60, 8.5 * 60],
	breakMinutes: 15,
	lunchMinutes: 30
};

export interface Window {
	startMinute: number;
	endMinute: number;
}

export interface AgentInput {
	id: number;
	name: string;
	timeZone: string;
	rules: AgentRules;
	/** Weekly availability by ISO weekday (0 = Monday); an empty list means never available that day. */
	weekly: readonly (readonly Window[])[];
	/** Dated exceptions: null = unavailable all day; a window = available only then. */
	exceptions: ReadonlyMap<string, Window | null>;
	/** Local days off already approved. */
	timeOff: ReadonlySet<string>;
	preferences: readonly { kind: 'prefer_window' | 'avoid_window' | 'day_off'; weekday: number; startMinute?: number | null; endMinute?: number | null }[];
	desiredWeeklyMinutes?: number | null;
	/** Queue ids the agent may take contacts for (used when the problem has `queueRequirements`). */
	skills?: readonly number[];
}

export interface Weights {
	under: number;
	over: number;
	preference: number;
	/** Per hour away from the desired weekly hours. */
	desiredHours: number;
	fairness: number;
}

// A broken wish weighs as much as two and a half agent-intervals short: flexibility is what keeps
// agents (the research behind Tend), so it is not traded away for a sliver of coverage.
export const defaultWeights: Weights = { under: 10, over: 1, preference: 25, desiredHours: 2, fairness: 4 };

export interface ScheduleProblem {
	/** Local days of the horizon, consecutive, whole ISO weeks. */
	days: readonly string[];
	intervalMinutes: number;
	/** Agents needed per interval start (UTC ms) over all queues; intervals absent need nobody. */
	requirement: ReadonlyMap<number, number>;
	/**
	 * The same requirement per queue. When given, an agent covers only the queues of their
	 * skills (see skill-coverage.ts); without it every agent covers the whole requirement.
	 */
	queueRequirements?: readonly { queueId: number; requirement: ReadonlyMap<number, number> }[];
	agents: readonly AgentInput[];
	weights?: Weights;
	/** Break placement: a lunch of this length for shifts of at least `lunchAfter` minutes. */
	lunchMinutes?: number;
}

export interface Candidate {
	start: number;
	end: number;
	/** Local start, minutes after midnight. */
	localStart: number;
	minutes: number;
	night: boolean;
}

// Remembered answers of localTimeMs: building a center's candidates asks for hundreds of thousands
// of local times, most of them the same few thousand (every agent of a zone shares its days and
// starts), and a TZDate costs tens of microseconds. Cleared when large; answers never change.
const localTimes = new Map<string, number>();
const LOCAL_TIMES_KEPT = 100_000;

/** UTC ms of the wall-clock time `minute` minutes after midnight on `day` in `timeZone` (DST-aware). */
export function localTimeMs(day: string, minute: number, timeZone: string): number {
	const key = `${timeZone} ${day} ${minute}`;
	const known = localTimes.get(key);
	if (known !== undefined) return known;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const t = new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, 0, timeZone).getTime();
	if (localTimes.size >= LOCAL_TIMES_KEPT) localTimes.clear();
	localTimes.set(key, t);
	return t;
}

export function isoWeekday(day: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Shifts starting at or after 18:00 count as evening/night work for fairness. */
const nightStart = 18 * 60;

function windowsFor(agent: AgentInput, day: string): readonly Window[] {
	if (agent.timeOff.has(day)) return [];
	if (agent.exceptions.has(day)) {
		const w = agent.exceptions.get(day);
		return w ? [w] : [];
	}
	return agent.weekly[isoWeekday(day)] ?? [];
}

/** Every shift the agent may work on `day`: allowed start and length, inside an available window. */
export function candidatesFor(agent: AgentInput, day: string): Candidate[] {
	const out: Candidate[] = [];
	for (const w of windowsFor(agent, day)) {
		for (const s of agent.rules.allowedStarts) {
			for (const length of agent.rules.shiftLengths) {
				if (s < w.startMinute || s + length > w.endMinute || s + length > 24 * 60) continue;
				if (out.some((c) => c.localStart === s && c.minutes === length)) continue;
				// Wall-clock start and end, so a shift on a DST day keeps its local times (and is an hour
				// longer or shorter in real time only if it spans the change, which starts after 06:00 never do).
				out.push({ start: localTimeMs(day, s, agent.timeZone), end: localTimeMs(day, s + length, agent.timeZone), localStart: s, minutes: length, night: s >= nightStart });
			}
		}
	}
	return out;
}

/** Agents on contacts per interval start in [fromMs, toMs): shifts minus their breaks. */
export function coverageByInterval(shiftList: readonly { start: number; end: number; breaks: readonly { start: number; end: number }[] }[], fromMs: number, toMs: number, intervalMinutes: number): Map<number, number> {
	const step = intervalMinutes * 60_000;
	const out = new Map<number, number>();
	for (let t = fromMs; t < toMs; t += step) out.set(t, 0);
	for (const s of shiftList) {
		for (let t = Math.max(fromMs, Math.floor(s.start / step) * step); t < Math.min(toMs, s.end); t += step) {
			const onBreak = s.breaks.some((b) => b.start <= t && t < b.end);
			if (!onBreak && t >= s.start) out.set(t, (out.get(t) ?? 0) + 1);
		}
	}
	return out;
}

/**
 * Per interval start in [fromMs, toMs), how much of each queue's requirement the agents on
 * contacts can cover within their skills (one best split, see allocateBySkill; `fair` for display).
 */
export function coverageByQueue(
	shiftList: readonly { start: number; end: number; breaks: readonly { start: number; end: number }[]; skills: readonly number[] }[],
	fromMs: number,
	toMs: number,
	intervalMinutes: number,
	queueRequirements: readonly { queueId: number; requirement: ReadonlyMap<number, number> }[],
	fair = false
): Map<number, Map<number, number>> {
	const step = intervalMinutes * 60_000;
	const out = new Map<number, Map<number, number>>();
	for (let t = fromMs; t < toMs; t += step) {
		const groups = new Map<string, { agents: number; queues: readonly number[] }>();
		for (const s of shiftList) {
			if (t < s.start || t >= s.end || s.breaks.some((b) => b.start <= t && t < b.end)) continue;
			const key = s.skills.join(',');
			const g = groups.get(key) ?? { agents: 0, queues: s.skills };
			g.agents++;
			groups.set(key, g);
		}
		out.set(t, allocateBySkill([...groups.values()], new Map(queueRequirements.map((q) => [q.queueId, q.requirement.get(t) ?? 0])), fair));
	}
	return out;
}

/** Per interval start in [fromMs, toMs), the requirement of all queues the agents on contacts cover within their skills. */
export function coveredWithinSkills(
	shiftList: Parameters<typeof coverageByQueue>[0],
	fromMs: number,
	toMs: number,
	intervalMinutes: number,
	queueRequirements: Parameters<typeof coverageByQueue>[4]
): Map<number, number> {
	return new Map([...coverageByQueue(shiftList, fromMs, toMs, intervalMinutes, queueRequirements)].map(([t, byQueue]) => [t, [...byQueue.values()].reduce((a, b) => a + b, 0)]));
}

/** Agents skilled for none of the problem's queues: scheduled, they would cover nothing. */
export function agentsWithoutQueue(problem: Pick<ScheduleProblem, 'agents' | 'queueRequirements'>): { id: number; name: string }[] {
	const queueIds = (problem.queueRequirements ?? []).map((q) => q.queueId);
	if (!queueIds.length) return [];
	return problem.agents.filter((a) => !(a.skills ?? []).some((q) => queueIds.includes(q))).map((a) => ({ id: a.id, name: a.name }));
}
