// Solver for the contact-center scheduling model (center-model.ts): a greedy start that fills
// each agent's contract hours where coverage is short, then simulated annealing over single
// agent-day changes (off ↔ shift, shift → other shift) with hard rules as heavy penalties, under
// a time limit. A valid lower bound on the objective comes from the requirement that no flow of
// the agents' hours into the intervals they can reach covers (coverage-bound.ts). Breaks are
// placed afterwards where the team has the most surplus. With skills per queue, coverage per
// interval is the most of each queue's requirement the agents present can take (skill-coverage.ts),
// priced exactly on every move.
// Sources: simulated annealing (Kirkpatrick et al. 1983) as used for staff rostering (Brusco &
// Jacobs 1993). Limits: a heuristic; the gap to the lower bound is reported, not closed.
import { candidatesFor, defaultWeights, isoWeekday, type AgentInput, type Candidate, type ScheduleProblem, type Weights } from './center-model';
import { createSkillCoverage, maxSkillPools, skillPools, type SkillCoverage } from './skill-coverage';
import { maxCoverable, type BoundAgent } from './coverage-bound';

export interface ScheduledShift {
	agentId: number;
	day: string;
	start: number;
	end: number;
	breaks: { start: number; end: number; kind: 'break' | 'lunch' }[];
}

export interface RuleViolation {
	agentId: number;
	agentName: string;
	rule: 'weekly_hours_min' | 'weekly_hours_max' | 'rest' | 'consecutive_days' | 'weekends' | 'no_availability';
	/** The week (its Monday) or day concerned. */
	when: string;
	/** How far off, in the rule's unit (minutes, days, weekends). */
	amount: number;
}

export interface ScheduleResult {
	shifts: ScheduledShift[];
	objective: number;
	lowerBound: number;
	terms: { under: number; over: number; preference: number; desiredHours: number; fairness: number };
	underStaffedIntervals: number;
	overStaffedIntervals: number;
	brokenPreferences: number;
	/** Hard rules the best schedule found still breaks: the caller must not publish it as is. */
	violations: RuleViolation[];
	iterations: number;
}

export interface SolveOptions {
	/** Milliseconds allowed. */
	timeLimitMs: number;
	/** Current time in ms (a parameter so the solver stays deterministic under test). */
	clock: () => number;
	random: () => number;
	onProgress?: (share: number) => void;
}

const HARD = 1000;
/** Share of the moves that give back a whole weekend (`weekendMove`). */
const WEEKEND_MOVES = 0.05;

interface AgentState {
	agent: AgentInput;
	candidates: Candidate[][];
	choice: Int32Array; // per day: candidate index or -1
	cost: number;
}

function weekKeyIndexes(days: readonly string[]): number[] {
	// Day index → ISO week number within the horizon (weeks start on Monday).
	let week = 0;
	return days.map((day, i) => {
		if (i > 0 && isoWeekday(day) === 0) week++;
		return week;
	});
}

/** Cost of one agent's plan: hard-rule penalties plus preference, desired-hours and fairness terms. */
function agentCost(state: AgentState, days: readonly string[], weeks: number[], weekdays: readonly number[], weights: Weights, collect?: RuleViolation[]) {
	const { agent, candidates, choice } = state;
	const r = agent.rules;
	let hard = 0;
	let preference = 0;
	let brokenPreferences = 0;
	let desired = 0;
	const weekCount = weeks[weeks.length - 1]! + 1;
	const weekMinutes = new Array<number>(weekCount).fill(0);
	let consecutive = 0;
	let lastEnd = -Infinity;
	let weekends = 0;
	let nights = 0;
	const weekendWorked = new Array<boolean>(weekCount).fill(false);
	for (let d = 0; d < days.length; d++) {
		const c = choice[d]! >= 0 ? candidates[d]![choice[d]!]! : null;
		const weekday = weekdays[d]!;
		if (c) {
			weekMinutes[weeks[d]!]! += c.minutes;
			consecutive++;
			if (consecutive > r.maxConsecutiveDays) {
				hard += HARD;
				collect?.push({ agentId: agent.id, agentName: agent.name, rule: 'consecutive_days', when: days[d]!, amount: consecutive - r.maxConsecutiveDays });
			}
			const rest = (c.start - lastEnd) / 60_000;
			if (rest < r.minRestMinutes) {
				hard += HARD * Math.ceil((r.minRestMinutes - rest) / 60);
				collect?.push({ agentId: agent.id, agentName: agent.name, rule: 'rest', when: days[d]!, amount: Math.round(r.minRestMinutes - rest) });
			}
			lastEnd = c.end;
			if (weekday >= 5) weekendWorked[weeks[d]!] = true;
			if (c.night) nights++;
		} else consecutive = 0;
		for (const p of agent.preferences) {
			if (p.weekday !== weekday) continue;
			const inWindow = c !== null && p.startMinute != null && p.endMinute != null && c.localStart >= p.startMinute && c.localStart < p.endMinute;
			const broken = p.kind === 'day_off' ? c !== null : p.kind === 'avoid_window' ? inWindow : c !== null && !inWindow;
			if (broken) {
				preference += weights.preference;
				brokenPreferences++;
			}
		}
	}
	for (let w = 0; w < weekCount; w++) {
		const minutes = weekMinutes[w]!;
		const mondayIndex = weeks.indexOf(w);
		const when = days[mondayIndex]!;
		if (minutes < r.minWeeklyMinutes) {
			hard += (HARD * (r.minWeeklyMinutes - minutes)) / 60;
			collect?.push({ agentId: agent.id, agentName: agent.name, rule: 'weekly_hours_min', when, amount: r.minWeeklyMinutes - minutes });
		}
		if (minutes > r.maxWeeklyMinutes) {
			hard += (HARD * (minutes - r.maxWeeklyMinutes)) / 60;
			collect?.push({ agentId: agent.id, agentName: agent.name, rule: 'weekly_hours_max', when, amount: minutes - r.maxWeeklyMinutes });
		}
		if (agent.desiredWeeklyMinutes != null) desired += (weights.desiredHours * Math.abs(minutes - agent.desiredWeeklyMinutes)) / 60;
		if (weekendWorked[w]) weekends++;
	}
	// Any 4 consecutive weeks hold at most maxWeekendsPer4Weeks worked weekends.
	for (let w = 0; w + 4 <= Math.max(weekCount, 4); w++) {
		let n = 0;
		for (let k = w; k < Math.min(w + 4, weekCount); k++) if (weekendWorked[k]) n++;
		if (n > r.maxWeekendsPer4Weeks) {
			hard += HARD * (n - r.maxWeekendsPer4Weeks);
			collect?.push({ agentId: agent.id, agentName: agent.name, rule: 'weekends', when: days[weeks.indexOf(w)]!, amount: n - r.maxWeekendsPer4Weeks });
		}
	}
	const fairness = weights.fairness * (weekends * weekends + nights * nights) * 0.25;
	return { total: hard + preference + desired + fairness, hard, preference, brokenPreferences, desired, fairness };
}

export interface ScheduleSolver {
	/** Runs moves for at most `budgetMs` (by the solver's clock); false once the time limit is reached. */
	step(budgetMs: number): boolean;
	/** Share of the time limit used so far, 0..1. */
	progress(): number;
	/** The best schedule found so far, breaks placed and scored. */
	result(): ScheduleResult;
}

/**
 * A solver that works in slices, so a server can yield to other requests between them and
 * record progress; `solveSchedule` runs one to its time limit in a single call.
 */
export function createScheduleSolver(problem: ScheduleProblem, options: SolveOptions): ScheduleSolver {
	// The time limit counts from here: building candidates, the bound and the greedy start take
	// seconds at center scale (5 s for the 118-agent bench before their speed-up).
	const started = options.clock();
	const weights = problem.weights ?? defaultWeights;
	const step = problem.intervalMinutes * 60_000;
	const days = problem.days;
	const weeks = weekKeyIndexes(days);
	// Read on every move (agentCost): parsed once.
	const weekdays = days.map(isoWeekday);
	const states: AgentState[] = problem.agents.map((agent) => {
		const candidates = days.map((day) => candidatesFor(agent, day));
		return { agent, candidates, choice: new Int32Array(days.length).fill(-1), cost: 0 };
	});

	// Interval grid over every candidate and every requirement.
	let t0 = Infinity;
	let t1 = -Infinity;
	for (const t of problem.requirement.keys()) {
		t0 = Math.min(t0, t);
		t1 = Math.max(t1, t + step);
	}
	for (const s of states) for (const list of s.candidates) for (const c of list) {
		t0 = Math.min(t0, c.start);
		t1 = Math.max(t1, c.end);
	}
	if (!Number.isFinite(t0)) t0 = t1 = 0;
	t0 = Math.floor(t0 / step) * step;
	const slots = Math.max(0, Math.ceil((t1 - t0) / step));
	const grid = (requirement: ReadonlyMap<number, number>) => {
		const out = new Float64Array(slots);
		for (const [t, v] of requirement) out[Math.floor((t - t0) / step)]! += v;
		return out;
	};
	// Per queue when skills matter; as one pool when no queues are given or (rarely) when the
	// team's skills split the queues into more pools than can be priced exactly.
	const byQueue = (problem.queueRequirements ?? []).map((q) => ({ queueId: q.queueId, agents: grid(q.requirement) }));
	const agentSkills = states.map((s) => s.agent.skills ?? []);
	const perQueue = byQueue.length > 0 && skillPools(byQueue.map((q) => q.queueId), agentSkills).length <= maxSkillPools;
	// Groups are numbered in the agents' order, so every fresh ledger numbers them alike.
	const groupOfAgent: number[] = [];
	const freshCoverage = (): SkillCoverage => {
		const out = perQueue ? createSkillCoverage(slots, byQueue, agentSkills) : createSkillCoverage(slots, [{ queueId: 0, agents: grid(problem.requirement) }], null);
		agentSkills.forEach((skills, i) => (groupOfAgent[i] = out.groupOf(skills)));
		return out;
	};
	let ledger = freshCoverage();
	const first = (c: Candidate) => Math.floor((c.start - t0) / step);
	const last = (c: Candidate) => Math.ceil((c.end - t0) / step); // exclusive
	// The slots a shift covers during the search: all but its nominal break slots (breaks at 2 h
	// and 2 h before the end, lunch in the middle), so the search leaves room for the breaks that
	// placeBreaks later moves to where the team has most to spare.
	const covered = new Map<Candidate, Int32Array>();
	// Each candidate's agent's rules, for the breaks its shift must leave room for.
	const rulesOf = new Map<Candidate, AgentInput['rules']>();
	const groupOf = new Map<Candidate, number>();
	states.forEach((st, i) => {
		for (const list of st.candidates) for (const c of list) {
			rulesOf.set(c, st.agent.rules);
			groupOf.set(c, groupOfAgent[i]!);
		}
	});
	const slotsOf = (c: Candidate): Int32Array => {
		let list = covered.get(c);
		if (list) return list;
		const off = new Set<number>();
		const mark = (t: number, minutes: number) => {
			const k = Math.floor((t - t0) / step);
			for (let i = 0; i < Math.max(1, Math.round((minutes * 60_000) / step)); i++) off.add(k + i);
		};
		const { breakMinutes, lunchMinutes } = breakRules(rulesOf.get(c));
		if (c.minutes >= 8 * 60 && breakMinutes > 0) {
			mark(c.start + 2 * 3_600_000, breakMinutes);
			mark(c.end - 2 * 3_600_000, breakMinutes);
		}
		if (c.minutes >= 6 * 60 && lunchMinutes > 0) mark(c.start + (c.minutes / 2 - lunchMinutes / 2) * 60_000, lunchMinutes);
		const out: number[] = [];
		for (let k = first(c), e = last(c); k < e; k++) if (!off.has(k)) out.push(k);
		list = Int32Array.from(out);
		covered.set(c, list);
		return list;
	};

	// Requirement left uncovered weighs `under`, agents present beyond what they cover `over`.
	const costOf = (required: number, present: number, covered: number) => weights.under * (required - covered) + weights.over * (present - covered);
	const slotCost = (k: number) => costOf(ledger.required(k), ledger.present(k), ledger.covered(k));
	const coverageDelta = (c: Candidate | null, sign: 1 | -1) => {
		if (!c) return 0;
		const g = groupOf.get(c)!;
		let delta = 0;
		for (const k of slotsOf(c)) delta += costOf(ledger.required(k), ledger.present(k) + sign, ledger.coveredWith(k, g, sign)) - slotCost(k);
		return delta;
	};
	const apply = (c: Candidate | null, sign: 1 | -1) => {
		if (!c) return;
		const g = groupOf.get(c)!;
		for (const k of slotsOf(c)) ledger.add(k, g, sign);
	};
	// Whole shifts, breaks not taken: the coverage placeBreaks starts from.
	const applyWhole = (c: Candidate) => {
		const g = groupOf.get(c)!;
		for (let k = first(c), e = last(c); k < e; k++) ledger.add(k, g, 1);
	};

	// Lower bound: requirement left uncovered even by the best flow of agent-hours into the
	// intervals each agent can reach, on the queues of their skills (coverage-bound.ts); a shift
	// covers at most its intervals less those its breaks surely take (`breakSlots`). Its weekly
	// caps hold for a schedule that breaks the weekly maximum too, as long as an hour over costs
	// more (HARD) than the requirement it could cover (`under` per agent-interval).
	let demand = 0;
	for (let k = 0; k < slots; k++) demand += ledger.required(k);
	const poolRequirement = ledger.pools.map((_, p) => Float64Array.from({ length: slots }, (_, k) => ledger.poolRequired(p, k)));
	const weekCount = weeks[weeks.length - 1]! + 1;
	const boundAgents: BoundAgent[] = states.map((s, i) => {
		let perMinute = 0; // most intervals a shift touches per paid minute
		const days = s.candidates.flatMap((list, d) => {
			if (list.length === 0) return [];
			const reach = new Set<number>();
			let capacity = 0;
			for (const c of list) {
				const onContacts = last(c) - first(c) - breakSlots(c, step, breakRules(s.agent.rules));
				capacity = Math.max(capacity, onContacts);
				perMinute = Math.max(perMinute, onContacts / c.minutes);
				for (let k = first(c); k < last(c); k++) reach.add(k);
			}
			return [{ week: weeks[d]!, weekend: weekdays[d]! >= 5, capacity, slots: Int32Array.from(reach).sort() }];
		});
		const capped = weights.under * perMinute <= HARD / 60;
		// Weekends worked over the horizon: at most the limit in each block of 4 weeks (each block
		// lies in some window of 4 the rule checks), two days each. A weekend over costs HARD, more
		// than its two days could cover, or the cap is left out.
		const weekendDay = Math.max(0, ...days.filter((d) => d.weekend).map((d) => d.capacity));
		const weekendCapacity = 2 * weekendDay * weights.under <= HARD ? 2 * weekendDay * s.agent.rules.maxWeekendsPer4Weeks * Math.ceil(weekCount / 4) : Infinity;
		return { pools: ledger.poolsOf(groupOfAgent[i]!), weekCapacity: Array.from({ length: weekCount }, () => (capped ? s.agent.rules.maxWeeklyMinutes * perMinute : Infinity)), weekendCapacity, days };
	});
	const lowerBound = weights.under * Math.max(0, demand - maxCoverable(poolRequirement, boundAgents));

	// Greedy start: per day, agents in turn take the candidate that most reduces coverage cost,
	// while their week is below the midpoint of their contract hours.
	const target = (a: AgentInput) => a.desiredWeeklyMinutes ?? (a.rules.minWeeklyMinutes + a.rules.maxWeeklyMinutes) / 2;
	const weekMinutes = states.map(() => new Float64Array(weeks[weeks.length - 1]! + 1));
	for (let d = 0; d < days.length; d++) {
		const order = states.map((_, i) => i).sort((a, b) => weekMinutes[a]![weeks[d]!]! - weekMinutes[b]![weeks[d]!]!);
		for (const i of order) {
			const s = states[i]!;
			if (weekMinutes[i]![weeks[d]!]! >= target(s.agent)) continue;
			let best = -1;
			let bestDelta = 0;
			s.candidates[d]!.forEach((c, j) => {
				const delta = coverageDelta(c, 1);
				if (delta < bestDelta || best < 0) {
					best = j;
					bestDelta = delta;
				}
			});
			if (best >= 0 && bestDelta < 0) {
				s.choice[d] = best;
				apply(s.candidates[d]![best]!, 1);
				weekMinutes[i]![weeks[d]!]! += s.candidates[d]![best]!.minutes;
			}
		}
	}
	for (const s of states) s.cost = agentCost(s, days, weeks, weekdays, weights).total;
	let coverageCost = 0;
	for (let k = 0; k < slots; k++) coverageCost += slotCost(k);
	let current = coverageCost + states.reduce((sum, s) => sum + s.cost, 0);

	// Annealing over single agent-day changes.
	const deadline = started + options.timeLimitMs;
	const movable = states.map((s, i) => ({ i, days: s.candidates.map((list, d) => (list.length ? d : -1)).filter((d) => d >= 0) })).filter((m) => m.days.length);
	let best = { value: current, choices: states.map((s) => Int32Array.from(s.choice)) };
	let iterations = 0;
	let temperature = 20;
	let finished = movable.length === 0;
	let share = 0;
	const accepts = (delta: number) => delta <= 0 || options.random() < Math.exp(-delta / temperature);
	/** Several days of one agent changed at once (day → candidate index, −1 off): kept or undone as a whole. */
	const tryChanges = (s: AgentState, changes: readonly (readonly [number, number])[]) => {
		const olds = changes.map(([d]) => s.choice[d]!);
		const at = (d: number, j: number) => (j >= 0 ? s.candidates[d]![j]! : null);
		let delta = 0;
		for (const [d, next] of changes) {
			const oldC = at(d, s.choice[d]!);
			delta += coverageDelta(oldC, -1);
			apply(oldC, -1);
			const newC = at(d, next);
			delta += coverageDelta(newC, 1);
			apply(newC, 1);
			s.choice[d] = next;
		}
		const cost = agentCost(s, days, weeks, weekdays, weights).total;
		delta += cost - s.cost;
		if (accepts(delta)) {
			s.cost = cost;
			current += delta;
			if (current < best.value - 1e-9) best = { value: current, choices: states.map((x) => Int32Array.from(x.choice)) };
			return;
		}
		for (let i = changes.length - 1; i >= 0; i--) {
			const [d, next] = changes[i]!;
			apply(at(d, next), -1);
			apply(at(d, olds[i]!), 1);
			s.choice[d] = olds[i]!;
		}
	};
	// A weekend given back: its shifts move to free weekdays of the same week (or go), in one move.
	// Leaving a weekend one day at a time gains nothing until both days are off, so single-day
	// moves keep a weekend over the limit once coverage has made it worth working (in scratch runs
	// of the 118-agent bench at 20 s, three agents ended one weekend over).
	const weekendMove = (s: AgentState, workable: readonly number[]) => {
		const worked = workable.filter((d) => weekdays[d]! >= 5 && s.choice[d]! >= 0);
		if (worked.length === 0) return;
		const week = weeks[worked[Math.floor(options.random() * worked.length)]!]!;
		const free = workable.filter((d) => weeks[d] === week && weekdays[d]! < 5 && s.choice[d]! < 0);
		const changes: [number, number][] = [];
		for (const d of worked) {
			if (weeks[d] !== week) continue;
			changes.push([d, -1]);
			if (free.length === 0) continue;
			const to = free.splice(Math.floor(options.random() * free.length), 1)[0]!;
			changes.push([to, Math.floor(options.random() * s.candidates[to]!.length)]);
		}
		tryChanges(s, changes);
	};
	const runSlice = (budgetMs: number): boolean => {
	if (finished) return false;
	const sliceEnd = Math.min(deadline, options.clock() + budgetMs);
	while (true) {
		if ((iterations & 1023) === 0) {
			const now = options.clock();
			if (now >= deadline) {
				finished = true;
				break;
			}
			if (now >= sliceEnd) break;
			share = (now - started) / options.timeLimitMs;
			temperature = 20 * Math.pow(0.001, share);
		}
		iterations++;
		const m = movable[Math.floor(options.random() * movable.length)]!;
		const s = states[m.i]!;
		if (options.random() < WEEKEND_MOVES) {
			weekendMove(s, m.days);
			continue;
		}
		const d = m.days[Math.floor(options.random() * m.days.length)]!;
		// Move kinds: change one day (off, or another shift), or move a shift to another day of the
		// same week, which keeps the weekly hours (needed to honour day-off wishes at full contract).
		let d2 = -1;
		if (s.choice[d]! >= 0 && options.random() < 0.3) {
			const sameWeek = m.days.filter((x) => weeks[x] === weeks[d] && s.choice[x]! < 0);
			if (sameWeek.length) d2 = sameWeek[Math.floor(options.random() * sameWeek.length)]!;
		}
		const list = s.candidates[d]!;
		const old = s.choice[d]!;
		let next: number;
		if (d2 >= 0) next = -1;
		else if (old >= 0 && options.random() < 0.5) {
			// A small step: start 30 or 60 minutes earlier or later, or the other length.
			const c = list[old]!;
			const shiftBy = [-60, -30, 30, 60][Math.floor(options.random() * 4)]!;
			const near = list.findIndex((x) => x.localStart === c.localStart + shiftBy && x.minutes === c.minutes);
			next = near >= 0 ? near : list.findIndex((x) => x.localStart === c.localStart && x.minutes !== c.minutes);
			if (next < 0) continue;
		} else next = options.random() < 0.25 ? -1 : Math.floor(options.random() * list.length);
		if (next === old) continue;
		if (d2 < 0) tryChanges(s, [[d, next]]);
		else tryChanges(s, [[d, next], [d2, Math.floor(options.random() * s.candidates[d2]!.length)]]);
	}
	options.onProgress?.(finished ? 1 : share);
	return !finished;
	};
	const result = (): ScheduleResult => {
	// Rebuild the best plan and score it term by term.
	ledger = freshCoverage();
	states.forEach((s, i) => {
		s.choice = best.choices[i]!;
		s.choice.forEach((j, d) => {
			if (j >= 0) applyWhole(s.candidates[d]![j]!);
		});
	});
	const violations: RuleViolation[] = [];
	const terms = { under: 0, over: 0, preference: 0, desiredHours: 0, fairness: 0 };
	let brokenPreferences = 0;
	for (const s of states) {
		const c = agentCost(s, days, weeks, weekdays, weights, violations);
		terms.preference += c.preference;
		terms.desiredHours += c.desired;
		terms.fairness += c.fairness;
		brokenPreferences += c.brokenPreferences;
		if (s.candidates.every((list) => list.length === 0)) violations.push({ agentId: s.agent.id, agentName: s.agent.name, rule: 'no_availability', when: days[0]!, amount: 0 });
	}

	// Breaks where the team has the most to spare, then coverage terms with breaks taken.
	const shifts: ScheduledShift[] = [];
	states.forEach((s, i) => {
		const g = groupOfAgent[i]!;
		const inGrid = (k: number) => k >= 0 && k < slots;
		const room: BreakRoom = { spare: (k) => (inGrid(k) ? ledger.spare(k, g) : 0), take: (k) => {
				if (inGrid(k)) ledger.add(k, g, -1);
			} };
		s.choice.forEach((j, d) => {
			if (j < 0) return;
			const c = s.candidates[d]!;
			const shift = c[j]!;
			shifts.push({ agentId: s.agent.id, day: days[d]!, start: shift.start, end: shift.end, breaks: placeBreaks(shift, step, t0, room, breakRules(s.agent.rules)) });
		});
	});
	let under = 0;
	let over = 0;
	for (let k = 0; k < slots; k++) {
		const short = ledger.required(k) - ledger.covered(k);
		const idle = ledger.present(k) - ledger.covered(k);
		terms.under += weights.under * short;
		terms.over += weights.over * idle;
		if (short >= 1) under++;
		if (idle >= 1) over++;
	}
	const objective = terms.under + terms.over + terms.preference + terms.desiredHours + terms.fairness;
	return { shifts, objective, lowerBound: Math.min(lowerBound, objective), terms, underStaffedIntervals: under, overStaffedIntervals: over, brokenPreferences, violations, iterations };
	};
	return { step: runSlice, progress: () => (finished ? 1 : share), result };
}

export function solveSchedule(problem: ScheduleProblem, options: SolveOptions): ScheduleResult {
	const solver = createScheduleSolver(problem, options);
	while (solver.step(options.timeLimitMs)) {
		// one slice covers the whole limit; the loop only guards against an early return
	}
	return solver.result();
}

/** An agent's break and lunch minutes, the defaults (15 and 30) where the contract sets none. */
export function breakRules(rules: { breakMinutes?: number | null; lunchMinutes?: number | null } | undefined): { breakMinutes: number; lunchMinutes: number } {
	return { breakMinutes: rules?.breakMinutes ?? 15, lunchMinutes: rules?.lunchMinutes ?? 30 };
}

/** What placing a break needs to know of an interval (by index from `t0`) and how to take one there. */
export interface BreakRoom {
	/** How much this agent can be spared there (for one queue: agents present minus required). */
	spare(slot: number): number;
	/** The agent leaves the interval for the break. */
	take(slot: number): void;
}

/** Where a shift's breaks may go: each break's window [from, to) (ms) and its length, in placing order. */
function breakWindows(shift: Candidate, step: number, rules: { breakMinutes: number; lunchMinutes: number }): { from: number; to: number; minutes: number; kind: 'break' | 'lunch' }[] {
	const hours = shift.minutes / 60;
	const h = 3_600_000;
	const align = (t: number) => Math.ceil(t / step) * step;
	const out: { from: number; to: number; minutes: number; kind: 'break' | 'lunch' }[] = [];
	if (hours >= 8 && rules.breakMinutes > 0) out.push({ from: align(shift.start + 1 * h), to: shift.start + 3 * h, minutes: rules.breakMinutes, kind: 'break' });
	if (hours >= 6 && rules.lunchMinutes > 0) out.push({ from: align(shift.start + 3 * h), to: shift.end - 2.5 * h, minutes: rules.lunchMinutes, kind: 'lunch' });
	if (hours >= 8 && rules.breakMinutes > 0) out.push({ from: align(shift.end - 3 * h), to: shift.end - 1 * h, minutes: rules.breakMinutes, kind: 'break' });
	return out;
}

const slotsFor = (minutes: number, step: number) => Math.max(1, Math.round((minutes * 60_000) / step));

/**
 * Intervals a shift's breaks surely take, wherever `placeBreaks` puts them: every break whose
 * window fits it is placed, and breaks in windows that do not overlap take different intervals
 * (the most over such sets of windows).
 */
export function breakSlots(shift: Candidate, step: number, rules: { breakMinutes: number; lunchMinutes: number }): number {
	const fitting = breakWindows(shift, step, rules).filter((w) => w.from + slotsFor(w.minutes, step) * step <= w.to);
	let most = 0;
	for (let set = 0; set < 1 << fitting.length; set++) {
		const chosen = fitting.filter((_, i) => set & (1 << i));
		if (chosen.some((a, i) => chosen.some((b, j) => i < j && a.from < b.to && b.from < a.to))) continue;
		most = Math.max(most, chosen.reduce((sum, w) => sum + slotsFor(w.minutes, step), 0));
	}
	return most;
}

/**
 * A lunch (the agent's lunch minutes, 30 by default) in the middle of shifts of 6 h or more and a
 * short break (15 min by default) in each half of shifts of 8 h or more, each in the slot of its
 * window where the agent can be spared most; coverage is lowered there so the next agent's break
 * goes elsewhere. A break or lunch of 0 minutes is not placed.
 */
export function placeBreaks(shift: Candidate, step: number, t0: number, room: BreakRoom, rules: { breakMinutes: number; lunchMinutes: number } = { breakMinutes: 15, lunchMinutes: 30 }): ScheduledShift['breaks'] {
	const out: ScheduledShift['breaks'] = [];
	// The lunch's window and the second break's overlap: a break never takes an interval an
	// earlier one took (the agent would leave it twice).
	const taken = new Set<number>();
	for (const { from, to, minutes, kind } of breakWindows(shift, step, rules)) {
		const slotsNeeded = slotsFor(minutes, step);
		let bestStart = -1;
		let bestSpare = -Infinity;
		for (let t = from; t + slotsNeeded * step <= to; t += step) {
			const k = Math.floor((t - t0) / step);
			let spare = Infinity;
			for (let i = 0; i < slotsNeeded; i++) spare = taken.has(k + i) ? -Infinity : Math.min(spare, room.spare(k + i));
			if (spare === -Infinity) continue;
			if (spare > bestSpare) {
				bestSpare = spare;
				bestStart = t;
			}
		}
		if (bestStart < 0) continue;
		const k = Math.floor((bestStart - t0) / step);
		for (let i = 0; i < slotsNeeded; i++) {
			room.take(k + i);
			taken.add(k + i);
		}
		out.push({ start: bestStart, end: bestStart + minutes * 60_000, kind });
	}
	return out.sort((a, b) => a.start - b.start);
}
