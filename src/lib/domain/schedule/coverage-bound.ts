// Most requirement any schedule can cover: a transportation relaxation solved as one maximum flow
// (max-flow.ts). Source → agent-week (at most the week's contract slots) → agent-day (at most the
// day's longest shift, in slots) → (interval, skill group) for every interval one of the day's
// shifts touches (1: an agent covers one unit of requirement an interval) → (interval, skill
// pool) for each pool the group serves → sink (the pool's requirement there). Any schedule within
// the weekly maximum sends its coverage through this network, so requirement minus the flow is a
// valid lower bound on what it leaves uncovered; it keeps the per-interval reach of the agents
// and their hours together, where either alone (center-solver.ts's first bounds) ignores the other.
// Agents with the same skills, weekly capacities and day shapes are merged (their capacities add),
// which leaves the flow unchanged and the network small.
// Source: our own relaxation of center-model.ts; max-flow min-cut (Ford & Fulkerson 1956).
// Limits: ignores rest, consecutive days, weekends, breaks and shift shapes within a day (a
// shift need not be contiguous here), so the bound can be well below the optimum.
import { createFlowNetwork } from './max-flow';

export interface BoundAgent {
	/** Bit p set when the agent serves skill pool p. */
	pools: number;
	/** Per week of the horizon: most interval-units the agent can cover (Infinity: no cap). */
	weekCapacity: readonly number[];
	/** The days the agent can work: their week, longest shift in intervals, and intervals reachable. */
	days: readonly { week: number; capacity: number; slots: Int32Array }[];
}

/**
 * The most of `poolRequirement` (per pool, agents needed per interval) the agents can cover in
 * total, every interval counted (agent-intervals).
 */
export function maxCoverable(poolRequirement: readonly Float64Array[], agents: readonly BoundAgent[]): number {
	const slots = poolRequirement[0]?.length ?? 0;
	// Merge identical agents.
	const merged = new Map<string, { agent: BoundAgent; count: number }>();
	for (const a of agents) {
		if (a.pools === 0 || a.days.length === 0) continue;
		const key = `${a.pools}|${a.weekCapacity.join(',')}|${a.days.map((d) => `${d.week}:${d.capacity}:${d.slots.join(',')}`).join(';')}`;
		const m = merged.get(key);
		if (m) m.count++;
		else merged.set(key, { agent: a, count: 1 });
	}
	const groups = [...merged.values()];
	// Node ids: 0 source, 1 sink, then agent-weeks, agent-days, (interval, group mask), (interval, pool).
	let nodes = 2;
	const weekNode = groups.map((g) => g.agent.weekCapacity.map(() => nodes++));
	const dayNode = groups.map((g) => g.agent.days.map(() => nodes++));
	const masks = [...new Set(groups.map((g) => g.agent.pools))];
	const maskIndex = new Map(masks.map((m, i) => [m, i]));
	const P = poolRequirement.length;
	const slotMaskBase = nodes;
	nodes += slots * masks.length;
	const slotPoolBase = nodes;
	nodes += slots * P;
	const net = createFlowNetwork(nodes);
	groups.forEach((g, i) => {
		g.agent.weekCapacity.forEach((cap, w) => net.addEdge(0, weekNode[i]![w]!, cap * g.count));
		g.agent.days.forEach((d, j) => {
			const node = dayNode[i]![j]!;
			net.addEdge(weekNode[i]![d.week]!, node, d.capacity * g.count);
			const mi = maskIndex.get(g.agent.pools)!;
			for (const k of d.slots) {
				let needed = false;
				for (let p = 0; p < P; p++) if (g.agent.pools & (1 << p) && poolRequirement[p]![k]! > 0) needed = true;
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
