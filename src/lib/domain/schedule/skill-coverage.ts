// Coverage of a team's queues by agents with different skills, per interval.
// Model: in one interval the agents present may split their time among the queues they are
// skilled for (blended work inside 15 minutes), so the requirement they cover is the maximum flow
// from skill groups (capacity: agents present) to queues (capacity: agents required). By max-flow
// min-cut that flow is the least, over sets S of queues, of the requirement outside S plus the
// agents of every group that serves a queue in S; each interval keeps those 2^Q cut values and
// updates them as agents come and go, so a move is priced exactly in O(2^Q) per interval.
// Queues served by exactly the same groups are merged first (exact: they are interchangeable).
// Limits: at most `maxSkillPools` distinct queue pools after merging (2^8 cut values per
// interval); above that the caller counts the team's requirement as one pool. An agent present
// is on contacts for the whole interval; no skill priorities or proficiency levels.
// Sources: Ford & Fulkerson (1956), max-flow min-cut; skill-based staffing as a transportation
// problem (Gans, Koole & Mandelbaum 2003, "Telephone call centers: tutorial, review and research
// prospects", section on skills-based routing).

export const maxSkillPools = 8;

export interface QueueRequirement {
	queueId: number;
	/** Agents needed per interval, one entry per interval of the grid. */
	agents: Float64Array;
}

export interface SkillCoverage {
	readonly slots: number;
	/** Skill group index of an agent skilled for these queues (agents with the same pools share one). */
	groupOf(skills: readonly number[]): number;
	add(slot: number, group: number, sign: 1 | -1): void;
	/** Agents present, whatever their skills. */
	present(slot: number): number;
	/** Agents required over all queues. */
	required(slot: number): number;
	/** The requirement the agents present can cover (the maximum flow). */
	covered(slot: number): number;
	/** What `covered` would be with one agent of `group` more (+1) or fewer (−1). */
	coveredWith(slot: number, group: number, sign: 1 | -1): number;
	/**
	 * How much one agent of `group` can be spared here, for placing breaks: the idle agents when
	 * taking them off covers no less, else minus the requirement left uncovered without them.
	 * With one queue this orders intervals as present − required does.
	 */
	spare(slot: number, group: number): number;
	/** The pools after merging, each with the queue ids it holds: for explaining per-queue results. */
	readonly pools: readonly (readonly number[])[];
	/** Agents required in one pool (an index into `pools`). */
	poolRequired(pool: number, slot: number): number;
	/** The pools a group serves, bit p for pool p. */
	poolsOf(group: number): number;
}

/**
 * A coverage ledger for `slots` intervals. `requirements` lists the team's queues; `agentSkills`
 * the skills of every agent who may be scheduled (to find which queues are interchangeable), or
 * null when every agent serves every queue (one pool: the team's requirement as a whole).
 */
/**
 * The team's queues grouped into pools that exactly the same agents serve (null skills: every
 * agent serves every queue, so one pool). Queues nobody serves form a pool of their own.
 */
export function skillPools(queueIds: readonly number[], agentSkills: readonly (readonly number[])[] | null): number[][] {
	const keyOf = (skills: readonly number[]) => [...new Set(skills.filter((q) => queueIds.includes(q)))].sort((a, b) => a - b).join(',');
	const skillKeys = agentSkills ? [...new Set(agentSkills.map(keyOf))] : [];
	const pools = new Map<string, number[]>();
	for (const q of queueIds) {
		const servers = agentSkills ? skillKeys.filter((k) => k.split(',').includes(String(q))).join('|') : 'everyone';
		pools.set(servers, [...(pools.get(servers) ?? []), q]);
	}
	return [...pools.values()];
}

/**
 * A coverage ledger for `slots` intervals. `requirements` lists the team's queues; `agentSkills`
 * the skills of every agent who may be scheduled (to find which queues are interchangeable), or
 * null when every agent serves every queue (one pool: the team's requirement as a whole).
 */
export function createSkillCoverage(slots: number, requirements: readonly QueueRequirement[], agentSkills: readonly (readonly number[])[] | null): SkillCoverage {
	const poolQueues = skillPools(requirements.map((r) => r.queueId), agentSkills);
	const poolRequirement = poolQueues.map((queues) => {
		const into = new Float64Array(slots);
		for (const r of requirements) if (queues.includes(r.queueId)) for (let k = 0; k < slots; k++) into[k]! += r.agents[k] ?? 0;
		return into;
	});
	if (!poolQueues.length) {
		poolQueues.push([]);
		poolRequirement.push(new Float64Array(slots));
	}
	const Q = poolQueues.length;
	if (Q > maxSkillPools) throw new Error(`at most ${maxSkillPools} skill pools per team, got ${Q}`);
	const subsets = 1 << Q;
	const poolIndex = new Map<number, number>();
	poolQueues.forEach((list, p) => list.forEach((q) => poolIndex.set(q, p)));

	// cut[slot * subsets + S] = requirement of pools outside S + agents of groups touching S.
	const cut = new Float64Array(slots * subsets);
	const present = new Float64Array(slots);
	const required = new Float64Array(slots);
	for (let k = 0; k < slots; k++) {
		for (let S = 0; S < subsets; S++) {
			let outside = 0;
			for (let p = 0; p < Q; p++) if (!(S & (1 << p))) outside += poolRequirement[p]![k]!;
			cut[k * subsets + S] = outside;
		}
		required[k] = cut[k * subsets]!;
	}
	// Per group: the subsets its pools touch.
	const groupMasks: number[] = [];
	const touching: Int32Array[] = [];
	const groupOfMask = new Map<number, number>();
	const groupOf = (skills: readonly number[]): number => {
		let mask = 0;
		if (!agentSkills) mask = subsets - 1;
		else for (const q of skills) {
			const p = poolIndex.get(q);
			if (p !== undefined) mask |= 1 << p;
		}
		let g = groupOfMask.get(mask);
		if (g === undefined) {
			g = groupMasks.length;
			groupOfMask.set(mask, g);
			groupMasks.push(mask);
			const list: number[] = [];
			for (let S = 0; S < subsets; S++) if (S & mask) list.push(S);
			touching.push(Int32Array.from(list));
		}
		return g;
	};
	const leastCut = (k: number) => {
		let least = Infinity;
		const base = k * subsets;
		for (let S = 0; S < subsets; S++) if (cut[base + S]! < least) least = cut[base + S]!;
		return least;
	};
	// The flow per interval, kept up to date on every change (read far more often than changed).
	const flow = new Float64Array(slots);
	for (let k = 0; k < slots; k++) flow[k] = leastCut(k);
	const covered = (k: number) => flow[k]!;
	const coveredWith = (k: number, g: number, sign: 1 | -1) => {
		const mask = groupMasks[g]!;
		let least = Infinity;
		const base = k * subsets;
		for (let S = 0; S < subsets; S++) {
			const v = cut[base + S]! + (S & mask ? sign : 0);
			if (v < least) least = v;
		}
		return least;
	};
	return {
		slots,
		groupOf,
		pools: poolQueues,
		poolRequired: (p, k) => poolRequirement[p]![k]!,
		poolsOf: (g) => groupMasks[g]!,
		add(k, g, sign) {
			present[k]! += sign;
			const base = k * subsets;
			for (const S of touching[g]!) cut[base + S]! += sign;
			flow[k] = leastCut(k);
		},
		present: (k) => present[k]!,
		required: (k) => required[k]!,
		covered,
		coveredWith,
		spare(k, g) {
			const now = covered(k);
			const without = coveredWith(k, g, -1);
			return without < now - 1e-9 ? without - required[k]! : present[k]! - now;
		}
	};
}

/**
 * How the agents present can split across the queues, covering the most requirement
 * (augmenting paths on the group → queue graph): for showing coverage per queue. `groups` gives
 * each group's agents present and the queues it serves. With `fair`, among the splits covering
 * the most, one that first covers the same largest share of every queue (max-min fair), so a
 * small queue is not shown empty because a large one took everyone; found by bisecting the share.
 */
export function allocateBySkill(groups: readonly { agents: number; queues: readonly number[] }[], requirement: ReadonlyMap<number, number>, fair = false): Map<number, number> {
	const queueIds = [...requirement.keys()];
	const fresh = () => ({ flow: groups.map(() => new Map<number, number>()), used: groups.map(() => 0), total: new Map(queueIds.map((q) => [q, 0])) });
	type State = ReturnType<typeof fresh>;
	const fill = (state: State, cap: (queueId: number) => number) => {
		const spareQueue = (q: number) => cap(q) - state.total.get(q)!;
		const spareGroup = (g: number) => groups[g]!.agents - state.used[g]!;
		for (;;) {
			// Breadth-first search from groups with agents left to a queue with requirement left,
			// moving along edges g → q (any) and back q → g (where g already sends to q).
			const fromGroup = new Map<number, { queue: number; group: number } | null>();
			const pending: number[] = [];
			groups.forEach((_, g) => {
				if (spareGroup(g) > 1e-12) {
					fromGroup.set(g, null);
					pending.push(g);
				}
			});
			let end: { group: number; queue: number } | null = null;
			const reached = new Set<number>();
			while (pending.length && !end) {
				const g = pending.shift()!;
				for (const q of groups[g]!.queues) {
					if (!state.total.has(q) || reached.has(q)) continue;
					reached.add(q);
					if (spareQueue(q) > 1e-12) {
						end = { group: g, queue: q };
						break;
					}
					groups.forEach((_, h) => {
						if (!fromGroup.has(h) && (state.flow[h]!.get(q) ?? 0) > 1e-12) {
							fromGroup.set(h, { queue: q, group: g });
							pending.push(h);
						}
					});
				}
			}
			if (!end) return;
			// Walk back to the source to find the path's capacity, then push it.
			const path: { group: number; queue: number; back: boolean }[] = [{ group: end.group, queue: end.queue, back: false }];
			let g = end.group;
			for (let step = fromGroup.get(g); step; step = fromGroup.get(g)) {
				path.push({ group: g, queue: step.queue, back: true });
				path.push({ group: step.group, queue: step.queue, back: false });
				g = step.group;
			}
			let amount = Math.min(spareGroup(g), spareQueue(end.queue));
			for (const e of path) if (e.back) amount = Math.min(amount, state.flow[e.group]!.get(e.queue) ?? 0);
			for (const e of path) state.flow[e.group]!.set(e.queue, (state.flow[e.group]!.get(e.queue) ?? 0) + (e.back ? -amount : amount));
			state.used[g]! += amount;
			state.total.set(end.queue, state.total.get(end.queue)! + amount);
		}
	};
	const covered = (state: State) => [...state.total.values()].reduce((a, b) => a + b, 0);
	const full = (q: number) => requirement.get(q)!;
	const need = queueIds.reduce((sum, q) => sum + full(q), 0);
	let state = fresh();
	fill(state, full);
	if (fair && covered(state) < need - 1e-9) {
		// The largest share of every queue coverable at once, then the rest on top of it: augmenting
		// never lowers a queue's total, so each queue keeps at least that share.
		let lo = 0;
		let hi = 1;
		for (let i = 0; i < 30; i++) {
			const share = (lo + hi) / 2;
			const trial = fresh();
			fill(trial, (q) => share * full(q));
			if (covered(trial) >= share * need - 1e-9) lo = share;
			else hi = share;
		}
		state = fresh();
		fill(state, (q) => lo * full(q));
		fill(state, full);
	}
	return state.total;
}
