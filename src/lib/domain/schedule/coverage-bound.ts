// Most requirement any schedule can cover: a transportation relaxation solved as maximum flows
// (max-flow.ts). Source → agent-week (at most the week's contract slots) → agent-day (at most the
// day's longest shift, in slots) → (interval, skill group) for every interval one of the day's
// shifts touches (1: an agent covers one unit of requirement an interval) → (interval, skill
// pool) for each pool the group serves → sink (the pool's requirement there). Any schedule within
// the weekly maximum sends its coverage through this network, so requirement minus the flow is a
// valid lower bound on what it leaves uncovered; it keeps the per-interval reach of the agents
// and their hours together, where either alone (center-solver.ts's first bounds) ignores the other.
// The weekend limit caps a set of days that cuts across the weeks, which one flow cannot hold
// with the weekly caps (its capacities must nest), so a second flow keeps it instead: the agent's
// whole horizon, then weekdays per week, and weekend days within the weekend cap and, per week,
// the weekly cap. Each flow is a valid upper bound on coverage; the lower one is returned.
// Agents with the same skills, capacities and day shapes are merged (their capacities add),
// which leaves the flows unchanged and the networks small.
// Source: our own relaxation of center-model.ts; max-flow min-cut (Ford & Fulkerson 1956).
// Limits: ignores rest, consecutive days, breaks and shift shapes within a day (a shift need not
// be contiguous here), and the two flows each drop one of the weekly and weekend couplings, so the
// bound can be well below the optimum.
import { createFlowNetwork, type FlowNetwork } from './max-flow';

export interface BoundAgent {
	/** Bit p set when the agent serves skill pool p. */
	pools: number;
	/** Per week of the horizon: most interval-units the agent can cover (Infinity: no cap). */
	weekCapacity: readonly number[];
	/** Most interval-units over all weekend days of the horizon together (Infinity: no cap). */
	weekendCapacity: number;
	/** The days the agent can work: their week, whether a weekend day, longest shift in intervals, and intervals reachable. */
	days: readonly { week: number; weekend: boolean; capacity: number; slots: Int32Array }[];
}

interface Merged {
	agent: BoundAgent;
	count: number;
}

/**
 * The most of `poolRequirement` (per pool, agents needed per interval) the agents can cover in
 * total, every interval counted (agent-intervals).
 */
export function maxCoverable(poolRequirement: readonly Float64Array[], agents: readonly BoundAgent[]): number {
	const merged = new Map<string, Merged>();
	for (const a of agents) {
		if (a.pools === 0 || a.days.length === 0) continue;
		const key = `${a.pools}|${a.weekCapacity.join(',')}|${a.weekendCapacity}|${a.days.map((d) => `${d.week}:${d.weekend ? 1 : 0}:${d.capacity}:${d.slots.join(',')}`).join(';')}`;
		const m = merged.get(key);
		if (m) m.count++;
		else merged.set(key, { agent: a, count: 1 });
	}
	const groups = [...merged.values()];
	const weekly = flowOf(poolRequirement, groups, false);
	return groups.some((g) => g.agent.weekendCapacity < Infinity) ? Math.min(weekly, flowOf(poolRequirement, groups, true)) : weekly;
}

/**
 * One of the two flows: the weekly caps over whole weeks (`weekendSplit` false), or the horizon,
 * weekdays per week and the weekend cap (true).
 */
function flowOf(poolRequirement: readonly Float64Array[], groups: readonly Merged[], weekendSplit: boolean): number {
	const slots = poolRequirement[0]?.length ?? 0;
	const P = poolRequirement.length;
	const masks = [...new Set(groups.map((g) => g.agent.pools))];
	const maskIndex = new Map(masks.map((m, i) => [m, i]));
	// Node ids: 0 source, 1 sink, then per group its capacity nodes and days, then (interval, mask)
	// and (interval, pool).
	let nodes = 2;
	const layout = groups.map((g) => {
		const weeks = g.agent.weekCapacity.length;
		const base = nodes;
		// Weekly: one node per week. Split: horizon, weekdays per week, weekend pool, weekend per week.
		nodes += weekendSplit ? 2 + 2 * weeks : weeks;
		const days = nodes;
		nodes += g.agent.days.length;
		return { base, days };
	});
	const slotMaskBase = nodes;
	nodes += slots * masks.length;
	const slotPoolBase = nodes;
	nodes += slots * P;
	const net: FlowNetwork = createFlowNetwork(nodes);
	groups.forEach((g, i) => {
		const { base, days } = layout[i]!;
		const a = g.agent;
		const weeks = a.weekCapacity.length;
		const parentOf: (d: { week: number; weekend: boolean }) => number = weekendSplit ? (d) => (d.weekend ? base + 2 + weeks + d.week : base + 2 + d.week) : (d) => base + d.week;
		if (weekendSplit) {
			const total = a.weekCapacity.reduce((sum, c) => sum + c, 0);
			net.addEdge(0, base, total * g.count);
			net.addEdge(base, base + 1, a.weekendCapacity * g.count);
			a.weekCapacity.forEach((cap, w) => {
				net.addEdge(base, base + 2 + w, cap * g.count);
				net.addEdge(base + 1, base + 2 + weeks + w, cap * g.count);
			});
		} else a.weekCapacity.forEach((cap, w) => net.addEdge(0, base + w, cap * g.count));
		const mi = maskIndex.get(a.pools)!;
		a.days.forEach((d, j) => {
			const node = days + j;
			net.addEdge(parentOf(d), node, d.capacity * g.count);
			for (const k of d.slots) {
				let needed = false;
				for (let p = 0; p < P; p++) if (a.pools & (1 << p) && poolRequirement[p]![k]! > 0) needed = true;
				if (needed) net.addEdge(node, slotMaskBase + k * masks.length + mi, g.count);
			}
		});
	});
	for (let k = 0; k < slots; k++) {
		masks.forEach((mask, mi) => {
			for (let p = 0; p < P; p++) if (mask & (1 << p) && poolRequirement[p]![k]! > 0) net.addEdge(slotMaskBase + k * masks.length + mi, slotPoolBase + k * P + p, Infinity);
		});
		for (let p = 0; p < P; p++) if (poolRequirement[p]![k]! > 0) net.addEdge(slotPoolBase + k * P + p, 1, poolRequirement[p]![k]!);
	}
	return net.maxFlow(0, 1);
}
