// Branch and price for the Curtois & Qu shift scheduling problem: the column-generation master of
// curtois-master.ts, branched on the original assignment variables x[e,d,v] ("employee e takes v
// on day d", v a shift or OFF), after Burke & Curtois 2014 (EJOR) and the usual practice for
// set-partitioning masters (branching on the compact variables keeps the pricing problem a DP:
// a fixed or forbidden day only changes that day's costs to +Infinity).
//
// Root probing: where the root LP leaves the total staff short or over (the master's aggregate rows,
// integers in every roster) fractional, each side of "total ≤ ⌊t⌋ | total ≥ ⌈t⌉" is tried; when one
// cannot beat the incumbent, the other bounds the whole tree. On instance 9 that lifts the root
// bound from 405.67 to the optimum 439.
// Reduced-cost fixing (curtois-fixing.ts): once the search is proving or the incumbent is within 1 %
// of the root bound, the cells (employee, day, value) that no roster better than the incumbent can
// use, given the root's duals, are forbidden in every node (on 5, a few hundred DPs forbid some 300 cells).
// Node: a list of fixes "x[e,d,v] = 1" (must) or "x[e,d,v] = 0" (forbid), and aggregate bounds. The
// master LP sees only the pool columns that keep the fixes (the others get upper bound 0), its
// aggregate rows get the bounds, and the pricing DP honours the fixes.
// Bound of a node: the Lagrangian value Σ y·requirement + Σ_e min over the node's rows of
// (cost − y·a) plus the aggregate rows' term, valid for any duals that keep every slack's reduced
// cost ≥ 0 (the master clips them so), so it is a bound even when the node's column generation is
// stopped early; a child starts from its parent's bound.
// Search: best bound first with plunging: after branching, the "must" child (the values with the
// largest fractional LP weight, several when the nodes are slow for the time left) is solved at
// once, which makes the first plunge an LP dive; the other children wait in the queue. When the
// incumbent is within PROOF_GAP of the least open bound (rounded up), the search turns to the
// proof: one value a node, chosen by strong branching (below); a search still proving when its time is up
// goes on to a later stop (`proofUntil`). Every node's LP is rounded (each employee's
// column of largest λ) and handed to the caller, which may polish it and reports the incumbent back.
// Strong branching while proving (Applegate et al. 1995; Achterberg, Koch & Martin 2005): of the
// STRONG_CANDIDATES most fractional values, the one whose two sides lift the restricted master LP
// most (product of the two gains, dual simplex from the node's basis, no pricing) is branched on.
// The restricted LP only estimates a child's bound (from above), which is enough to choose. On 7
// most-fractional branching closed no proof in 60 s from a known 1056 (bench/roster-proof.ts: 1,577
// nodes, bound 1054.88); strong branching closes it in 17 nodes. Where the LP is degenerate at an
// integer (9, 10, 11, 12: the proof is a dive to a roster at the bound) nearly every gain is 0 and
// the solves are wasted, so strong branching stops after STRONG_USELESS such nodes in a row and is
// tried again after STRONG_RETRY nodes, then after twice as many each time a retry finds nothing.
// Result: when the queue empties and every pricing call was exact the incumbent is optimal;
// otherwise the least bound over the open nodes (capped by the incumbent) is a valid lower bound.
// Limits: pool columns are only added, never removed (blocked ones may leave the LP model for a
// while: curtois-master.ts); a pricing call that does not fit the DP table
// limit (or that needs penalised resources) makes the search heuristic (no bound is claimed).
import type { CurtoisInstance } from './curtois-format';
import { OFF, type Roster } from './curtois-model';
import { priceRow, type Pricer } from './curtois-pricing';
import { addColumn, priceRound, setAggregateBounds, setColumnsUpper, solveMasterLp, type LpResult, type Master, type PricingRound } from './curtois-master';
import { createCellFixing, type CellFixing } from './curtois-fixing';

export interface Fix {
	e: number;
	d: number;
	/** Shift index or OFF. */
	v: number;
	must: boolean;
}

export interface BranchInput {
	master: Master;
	pricers: Pricer[];
	reqWork: Float64Array[];
	onTotal: Float64Array;
	now: () => number;
	/** Millisecond time (on `now`) at which the search stops, unless it is proving by then. */
	until: number;
	/**
	 * Later stop for a search in proof mode (incumbent within PROOF_GAP of the least open bound):
	 * the time after `until` goes to looking for better rosters, which a nearly closed tree
	 * needs less than its last nodes (default `until`).
	 */
	proofUntil?: number;
	/** Bound already proven for the whole problem (the root's Lagrangian value, unrounded). */
	rootBound: number;
	/** Objective of the best roster known (Infinity when none). */
	incumbent: number;
	/** Receives a roster built from a node's LP; returns the best objective known afterwards. */
	onRoster: (roster: Roster) => number;
	/**
	 * Milliseconds the caller has spent so far on work that is not part of a node's cost (a long
	 * polish of a new best roster in `onRoster`). Left out of the step time, or one such polish
	 * would make the next dive steps fix many values at once (default: none).
	 */
	asideMs?: () => number;
	maxEntries: number;
	/** Column-generation rounds per node before branching on the current LP, while proving. */
	maxRounds: number;
	/**
	 * The same before the search is proving (while it dives for rosters; default `maxRounds`).
	 * Fewer rounds make a dive step cheaper, so that a dive reaches an integral leaf in time;
	 * the node's bound stays valid (a Lagrangian value of the rounds done, or its parent's).
	 */
	diveRounds?: number;
}

export interface BranchResult {
	/** Best objective known at the end. */
	incumbent: number;
	/** Valid lower bound (unrounded) when every pricing call was exact, else null. */
	lowerBound: number | null;
	/** True when the tree was searched to the end with exact pricing (the incumbent is optimal). */
	complete: boolean;
	nodes: number;
	/** Column-generation rounds (master LP solves followed by pricing) over all nodes, probes apart. */
	rounds: number;
	/** Aggregate bounds (total staff short or over) that root probing showed hold for the whole tree. */
	aggregateFixes: number;
	/** Diving nodes branched before their column generation converged, and their rounds. */
	diveCutShort: { nodes: number; rounds: number };
	/** Cells forbidden in every node by reduced-cost fixing (the last set applied). */
	cellsFixed: number;
	log: string;
}

/** A bound on an aggregate row of the master (total staff short or over): lo ≤ total ≤ hi. */
export interface AggregateFix {
	a: number;
	lo: number;
	hi: number;
}

interface Node {
	fixes: Fix[];
	aggregates: AggregateFix[];
	bound: number;
	depth: number;
}

/** Column-generation rounds, and share of the time left, of one side of a root probe. */
const PROBE_ROUNDS = 10;
const PROBE_SHARE = 0.02;
/** A plunge aims to reach an integral leaf in this fraction of the time left (as 1 / n). */
const PLUNGE_DIV = 3;
// Relative gap (incumbent − bound) / bound under which the search only proves (at least 1). On
// instance 5 (two seeds, 60 s) the absolute rule "within 1" stopped one run at 1145, its batch dives
// splitting the tree. With strong branching the proof's tree also finds the better rosters: on 7
// (seeds 1–4, 60 s, one search) 1.5 % proved 1056 in 4 runs and 0.5 % in 2; 5, 9, 10 and 11 (seeds
// 1 and 2) came out alike, and 12 (seeds 3–10) was proven in 3 runs against 2. Wider gaps (the large
// instances) keep diving for better rosters.
const PROOF_GAP = 0.015;
/** Share of the time left that reduced-cost fixing may spend on its DPs each time it runs (a DP's gap, once known, is kept). */
const FIXING_SHARE = 0.05;
// Relative gap (incumbent − root bound) / root bound under which reduced-cost fixing runs. Wider
// gaps fix few cells for their DPs: on 12 at 3 % (4167 against 4040), 1,900 DPs (2.7 s) fixed 12
// cells in a scratch run; within 1 % on 5 and 7 a few hundred DPs fix hundreds of cells.
const FIXING_GAP = 0.01;

/** Values a strong-branching node compares (two restricted LP solves each). */
const STRONG_CANDIDATES = 8;
/** Nodes in a row whose best candidate lifts one side by less than STRONG_MIN_GAIN that turn strong branching off. */
const STRONG_USELESS = 3;
/** Objective units under which a side's gain counts as none (the objective is an integer). */
const STRONG_MIN_GAIN = 1e-3;
/** Proof nodes after which strong branching, once off, is first tried again on one node (then twice as many each time). */
const STRONG_RETRY = 16;

export interface StrongBranching {
	/** Strong-branching nodes in a row whose best candidate lifted a side by less than STRONG_MIN_GAIN. */
	useless: number;
	/** Proof nodes since it was turned off (−1 while it is on). */
	offFor: number;
	/** Proof nodes it stays off before it is tried again. */
	wait: number;
}

export const STRONG_BRANCHING_ON: StrongBranching = { useless: 0, offFor: -1, wait: STRONG_RETRY };

/** Whether the next proof node uses strong branching. */
export function usesStrongBranching(s: StrongBranching): boolean {
	return s.offFor < 0 || s.offFor >= s.wait;
}

/**
 * State after a proof node: `gain` is the least side's gain of its strong-branching choice, or null
 * when the node branched without it.
 */
export function nextStrongBranching(s: StrongBranching, gain: number | null): StrongBranching {
	if (gain === null) return { ...s, offFor: s.offFor < 0 ? -1 : s.offFor + 1 };
	if (gain >= STRONG_MIN_GAIN) return STRONG_BRANCHING_ON;
	// A retry that found nothing turns it off again at once, for twice as long.
	if (s.offFor >= 0) return { useless: s.useless + 1, offFor: 0, wait: s.wait * 2 };
	const useless = s.useless + 1;
	return { useless, offFor: useless >= STRONG_USELESS ? 0 : -1, wait: s.wait };
}

/**
 * Product score of a candidate's two gains (restricted LP value increases), each at least
 * STRONG_MIN_GAIN so that a one-sided gain still counts.
 */
export function strongScore(gainMust: number, gainForbid: number): number {
	return Math.max(gainMust, STRONG_MIN_GAIN) * Math.max(gainForbid, STRONG_MIN_GAIN);
}

/** Integer objective: a node whose bound rounds up to the incumbent holds nothing better. */
function prunes(bound: number, incumbent: number): boolean {
	return Math.ceil(bound - 1e-6) >= incumbent;
}

export function branchAndPrice(inp: BranchInput): BranchResult {
	const { master, pricers, reqWork, onTotal, now } = inp;
	let proving = false;
	/** When the search stops: `until`, or `proofUntil` while it is proving. */
	const stopAt = () => (proving ? Math.max(inp.until, inp.proofUntil ?? inp.until) : inp.until);
	const inst: CurtoisInstance = master.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const E = inst.staff.length;
	const V = S + 1; // values of a day: OFF (index 0) then the shifts
	let incumbent = inp.incumbent;
	let sound = true;
	let nodes = 0;
	let rounds = 0;
	let pruned = 0;
	let lpFails = 0;
	let tooLarge = 0;
	let aggregateFixes = 0;
	const diveCutShort = { nodes: 0, rounds: 0 };
	let probed = false;
	let probeRounds = 0;
	const queue: Node[] = [];
	const work = new Float64Array(H * S);
	const off = new Float64Array(H);
	// Current column bounds in the LP: 1 allowed, 0 blocked (new columns are allowed).
	const allowed: number[] = [];
	let byEmployee: Fix[][] = [];
	// Reduced-cost fixing (curtois-fixing.ts): from the root's duals, once the search is proving or
	// near the bound; `forbids` hold in every node and are recomputed when the incumbent improves.
	let rootFixing = null as { fixing: CellFixing; bound: number } | null;
	let forbids: Fix[] = [];
	let forbidsFor = Infinity;
	let fixingMs = 0;
	/** Each employee's b_e (request constant included) in the last pricing round. */
	const roundMins = new Float64Array(E);

	const keeps = (row: readonly number[], fixes: readonly Fix[]) => {
		for (const f of fixes) if ((row[f.d] === f.v) !== f.must) return false;
		return true;
	};
	const applyFixes = (fixes: readonly Fix[], aggregates: readonly AggregateFix[]) => {
		const bounds = master.aggregateBounds.map(() => ({ lo: -Infinity, hi: Infinity }));
		for (const g of aggregates) { const b = bounds[g.a]!; b.lo = Math.max(b.lo, g.lo); b.hi = Math.min(b.hi, g.hi); }
		setAggregateBounds(master, bounds);
		byEmployee = Array.from({ length: E }, () => []);
		for (const f of forbids) byEmployee[f.e]!.push(f);
		for (const f of fixes) byEmployee[f.e]!.push(f);
		const block: number[] = [];
		const open: number[] = [];
		const cols = master.columns;
		for (let j = 0; j < cols.length; j++) {
			const want = keeps(cols[j]!.row, byEmployee[cols[j]!.employee]!) ? 1 : 0;
			const have = allowed[j] ?? 1;
			if (want !== have) (want ? open : block).push(j);
			allowed[j] = want;
		}
		setColumnsUpper(master, block, 0);
		setColumnsUpper(master, open, Infinity);
	};
	/** Pricing costs of employee e under the node's fixes: `work` holds request cost − y; fills `off`. */
	const fixCosts = (e: number, work: Float64Array, off: Float64Array): boolean => {
		const fixes = byEmployee[e]!;
		if (fixes.length === 0) return false;
		off.fill(0);
		for (const f of fixes) {
			if (f.must) {
				for (let s = 0; s < S; s++) if (s !== f.v) work[f.d * S + s] = Infinity;
				if (f.v !== OFF) off[f.d] = Infinity;
			} else if (f.v === OFF) off[f.d] = Infinity;
			else work[f.d * S + f.v] = Infinity;
		}
		return true;
	};
	/**
	 * One pricing round under the node's fixes (curtois-master.ts `priceRound`); a call without an
	 * answer makes the search heuristic, and new columns are open.
	 */
	const price = (lp: LpResult): PricingRound => {
		const r = priceRound(master, pricers, lp, inp.maxEntries, fixCosts);
		if (r.missed > 0) sound = false;
		tooLarge += r.tooLarge;
		for (let i = 0; i < r.added; i++) allowed.push(1);
		if (r.bound !== null) roundMins.set(r.mins);
		return r;
	};
	/** Some column of every employee is allowed (else one is priced from the last duals). */
	const ensureColumns = (y: Float64Array): boolean => {
		const has = new Uint8Array(E);
		master.columns.forEach((c, j) => { if (allowed[j]) has[c.employee] = 1; });
		for (let e = 0; e < E; e++) {
			if (has[e]) continue;
			const req = reqWork[e]!;
			for (let k = 0; k < H * S; k++) work[k] = req[k]! - y[k]!;
			const withOff = fixCosts(e, work, off);
			const r = priceRow(pricers[e]!, { work, off: withOff ? off : undefined, maxEntries: inp.maxEntries });
			if (r === 'tooLarge') { sound = false; return false; }
			if (r === null) { if (pricers[e]!.penalized.size > 0) sound = false; return false; }
			if (addColumn(master, e, r.row)) allowed.push(1);
		}
		return true;
	};

	/**
	 * Bound of the node "fixes, aggregates" after a few column-generation rounds (a probe: at most
	 * PROBE_ROUNDS, and PROBE_SHARE of the time left); its columns stay in the pool.
	 */
	const probe = (fixes: readonly Fix[], aggregates: readonly AggregateFix[]): number => {
		applyFixes(fixes, aggregates);
		const until = Math.min(stopAt(), now() + (stopAt() - now()) * PROBE_SHARE);
		let bound = -Infinity;
		for (let round = 0; round < PROBE_ROUNDS && now() < until; round++) {
			const lp = solveMasterLp(master, (until - now()) / 1000);
			if (lp === null) break;
			probeRounds++;
			const r = price(lp);
			if (r.infeasible) return Infinity;
			if (r.bound !== null && r.bound > bound) bound = r.bound;
			if (prunes(bound, incumbent) || r.added === 0) break;
		}
		return bound;
	};
	let lastY: Float64Array = new Float64Array(H * S);
	/** Length of the last column-generation round in a node. */
	let roundMs = 0;
	const z = new Float64Array(E * H * V);
	/** Solves one node; returns its children (must first) or [] when it is pruned or solved. */
	const solveNode = (node: Node): Node[] => {
		nodes++;
		applyFixes(node.fixes, node.aggregates);
		if (!ensureColumns(lastY)) { pruned++; return []; }
		let lp: LpResult | null = null;
		let converged = false;
		/** The Lagrangian value of the last round (null when a pricing call was not exact). */
		let lastBound: number | null = null;
		// A round is not started unless the last one's length fits before the stop: pricing cannot be
		// cut short, and with penalty-priced employees (10) a round takes 1–2 s.
		for (let round = 0; now() + roundMs < stopAt(); round++) {
			const roundStart = now();
			const fresh = solveMasterLp(master, (stopAt() - now()) / 1000);
			if (fresh === null) { lpFails++; break; }
			lp = fresh;
			lastY = lp.y;
			rounds++;
			const r = price(lp);
			roundMs = now() - roundStart;
			if (r.infeasible) { pruned++; return []; }
			lastBound = r.bound;
			if (r.bound !== null && r.bound > node.bound) node.bound = r.bound;
			if (prunes(node.bound, incumbent)) { pruned++; return []; }
			if (r.added === 0) { converged = true; break; }
			if (round + 1 >= (proving ? inp.maxRounds : inp.diveRounds ?? inp.maxRounds) && !integral(lp)) {
				if (!proving) { diveCutShort.nodes++; diveCutShort.rounds += round + 1; }
				break;
			}
		}
		if (lp === null || now() >= stopAt()) { queue.push(node); return []; }
		// The root's b_e and bound, before a probe's rounds overwrite them (reduced-cost fixing needs
		// those of `lp`; any duals give a valid bound, converged or not, so the highest root bound is kept).
		if (node.fixes.length === 0) rootNodeBound = Math.max(rootNodeBound, node.bound);
		const rootRound = node.fixes.length === 0 && lastBound !== null && lastBound > (rootFixing?.bound ?? -Infinity) ? { mins: Float64Array.from(roundMins), bound: lastBound } : null;
		// Rounding: every employee's allowed column of largest λ.
		const pick = new Int32Array(E).fill(-1);
		const cols = master.columns;
		for (let j = 0; j < lp.lambda.length; j++) {
			const e = cols[j]!.employee;
			if (!allowed[j]) continue;
			if (pick[e]! < 0 || lp.lambda[j]! > lp.lambda[pick[e]!]!) pick[e] = j;
		}
		if (pick.every((j) => j >= 0)) incumbent = Math.min(incumbent, inp.onRoster([...pick].map((j) => [...cols[j]!.row])));
		if (prunes(node.bound, incumbent)) { pruned++; return []; }
		// Proof mode when the incumbent is close to the least open bound (rounded up): one value a
		// node, chosen by strong branching while it lifts the LP (else the most fractional one).
		let lowest = node.bound;
		for (const n of queue) if (n.bound < lowest) lowest = n.bound;
		// Once restarted for the proof, it stays proving (the root's bound may round up lower than the old least open one).
		const proofMode = restarted || incumbent - Math.ceil(lowest - 1e-6) <= Math.max(1, PROOF_GAP * Math.abs(lowest));
		// On first turning to the proof, the open nodes are the dive's siblings ("the first i − 1
		// values fixed, the i-th forbidden", several values a step): on 7 about 1,500 of them in a
		// scratch run. They are replaced by one node that holds the whole tree, the root
		// (with the aggregate bounds probing proved), which strong branching then splits one value a
		// node. The current plunge goes on; the regions overlap, which costs nodes, not validity.
		// The least open bound at that moment stays a valid bound for the whole problem.
		if (proofMode && !proving && !restarted && queue.length > 0) {
			restarted = true;
			restartBound = lowest;
			restartedFrom = queue.length;
			queue.length = 0;
			queue.push({ fixes: [], aggregates: rootAggregates, bound: rootNodeBound, depth: 0 });
		}
		proving = proofMode;
		// Root probing on the aggregates (total staff short, total staff over): where the converged LP
		// leaves one fractional, each side "≤ ⌊t⌋", "≥ ⌈t⌉" gets a few column-generation rounds; a side whose bound
		// reaches the incumbent holds nothing better, so the other side holds for the whole tree and
		// the root is solved again under it. On 9 the root LP is 3.67 staff short: "≤ 3" needs the
		// artificial slack and "≥ 4" lifts the bound to the optimum 439. Branching on the aggregates
		// instead (both sides kept) sent the first dive of 7 and 12 into the "≤ ⌊t⌋ over" side and
		// left them far worse (1152 and 5062 in one bench run), and while proving it cost 5 its proof.
		if (node.fixes.length === 0 && converged && !probed) {
			probed = true;
			const fixed: AggregateFix[] = [];
			for (let a = 0; a < lp.aggregates.length; a++) {
				const t = lp.aggregates[a]!;
				if (Math.abs(t - Math.round(t)) <= 1e-5) continue;
				const down: AggregateFix = { a, lo: -Infinity, hi: Math.floor(t) };
				const up: AggregateFix = { a, lo: Math.ceil(t), hi: Infinity };
				if (prunes(probe(node.fixes, [...node.aggregates, ...fixed, down]), incumbent)) fixed.push(up);
				else if (prunes(probe(node.fixes, [...node.aggregates, ...fixed, up]), incumbent)) fixed.push(down);
			}
			aggregateFixes += fixed.length;
			rootAggregates = [...node.aggregates, ...fixed];
			if (fixed.length > 0) return [{ fixes: node.fixes, aggregates: [...node.aggregates, ...fixed], bound: node.bound, depth: node.depth }];
			applyFixes(node.fixes, node.aggregates);
		}
		if (rootRound !== null && sound && forbidsFor === Infinity)
			rootFixing = { fixing: createCellFixing(inst, pricers, reqWork, onTotal, Float64Array.from(lp.y), rootRound.mins, [...master.columns], now, inp.maxEntries), bound: rootRound.bound };
		// Once the search is proving or the incumbent is within FIXING_GAP of the root bound, a cell
		// whose best row is more than incumbent − 1 − bound above its employee's least reduced cost
		// cannot be in a better roster: forbidden in every node from the next one on (a child fixing
		// such a value is pruned at once); recomputed for each better incumbent.
		if (rootFixing !== null && incumbent < forbidsFor && (proving || incumbent - rootFixing.bound <= FIXING_GAP * Math.abs(rootFixing.bound))) {
			const t = now();
			forbidsFor = incumbent;
			forbids = rootFixing.fixing.forbidden(incumbent - 1 - rootFixing.bound, t + (stopAt() - t) * FIXING_SHARE).map((c) => ({ ...c, must: false }));
			fixingMs += now() - t;
		}
		let branch: { e: number; d: number; v: number }[];
		if (proofMode && usesStrongBranching(strong)) {
			const chosen = strongBranch(lp);
			branch = chosen.branch;
			strong = nextStrongBranching(strong, chosen.gain);
		} else {
			branch = chooseBranch(lp, proofMode ? 1 : batchSize(), proofMode);
			if (proofMode) strong = nextStrongBranching(strong, null);
		}
		if (branch.length === 0) {
			// Integral LP: solved when converged (its roster was just offered); otherwise the
			// node's column generation was cut short, so it goes back to the queue. With exact
			// pricing a converged node's bound is its LP value, the offered roster's objective, and
			// the bound test above has closed it already. Reaching here means the bound is weaker
			// than the LP: a penalised DP's row may cost more than its bound, and cheaper rows the
			// DP missed may hold a better roster, so the search no longer claims a bound.
			if (!converged) queue.push(node);
			else { pruned++; sound = false; }
			return [];
		}
		// Children: all k values fixed (solved next), then "the first i − 1 fixed, the i-th forbidden"
		// for i = 1..k; together they partition the node.
		const children: Node[] = [{ fixes: [...node.fixes, ...branch.map((b) => ({ ...b, must: true }))], aggregates: node.aggregates, bound: node.bound, depth: node.depth + 1 }];
		for (let i = 0; i < branch.length; i++)
			children.push({ fixes: [...node.fixes, ...branch.slice(0, i).map((b) => ({ ...b, must: true })), { ...branch[i]!, must: false }], aggregates: node.aggregates, bound: node.bound, depth: node.depth + 1 });
		return children;
	};
	// Batch size of a plunge step: one value when time allows, more when the steps are slow, so
	// that a plunge can reach an integral leaf in about a third of the time left.
	let stepMs = 0;
	let fractional = 0;
	const batchSize = (): number => {
		const stepsLeft = Math.max(1, ((stopAt() - now()) / PLUNGE_DIV) / Math.max(1, stepMs));
		return Math.max(1, Math.ceil(fractional / stepsLeft));
	};
	const integral = (lp: LpResult): boolean => {
		computeZ(lp);
		for (let i = 0; i < z.length; i++) if (z[i]! > 1e-6 && z[i]! < 1 - 1e-6) return false;
		return true;
	};
	const computeZ = (lp: LpResult) => {
		z.fill(0);
		const cols = master.columns;
		for (let j = 0; j < lp.lambda.length; j++) {
			const l = lp.lambda[j]!;
			if (l <= 1e-9) continue;
			const c = cols[j]!;
			const base = c.employee * H * V;
			for (let d = 0; d < H; d++) z[base + d * V + c.row[d]! + 1]! += l;
		}
	};
	/**
	 * The k fractional x[e,d,v] of largest LP value, at most one per (e, d) (ties: index order);
	 * empty when the LP solution is integral. Sets `fractional` to the number of fractional cells.
	 */
	const chooseBranch = (lp: LpResult, k: number, balanced: boolean): { e: number; d: number; v: number }[] => {
		computeZ(lp);
		const cand: number[] = [];
		for (let i = 0; i < z.length; i++) { const v = z[i]!; if (v > 1e-6 && v < 1 - 1e-6) cand.push(i); }
		if (balanced) cand.sort((x, y) => Math.abs(z[x]! - 0.5) - Math.abs(z[y]! - 0.5) || x - y);
		else cand.sort((x, y) => z[y]! - z[x]! || x - y);
		const cells = new Set<number>();
		const out: { e: number; d: number; v: number }[] = [];
		for (const at of cand) {
			const cell = Math.floor(at / V);
			if (cells.has(cell)) continue;
			cells.add(cell);
			if (out.length < k) out.push({ e: Math.floor(at / (H * V)), d: Math.floor((at % (H * V)) / V), v: (at % V) - 1 });
		}
		fractional = cells.size;
		return out;
	};

	let strong = STRONG_BRANCHING_ON;
	/** The proof's restart (see solveNode): done once; the least open bound then; what the root node holds. */
	let restarted = false;
	let restartBound = -Infinity;
	let restartedFrom = 0;
	let rootNodeBound = inp.rootBound;
	let rootAggregates: AggregateFix[] = [];
	let strongSolves = 0;
	/**
	 * Strong branching: of the most fractional values, the one whose two sides lift the restricted
	 * LP most. `gain` is the chosen value's smaller gain (null when there was no choice to make).
	 * The columns a side blocks are opened again afterwards; the next node sets its own bounds.
	 */
	const strongBranch = (lp: LpResult): { branch: { e: number; d: number; v: number }[]; gain: number | null } => {
		const cand = chooseBranch(lp, STRONG_CANDIDATES, true);
		if (cand.length <= 1) return { branch: cand, gain: null };
		const cols = master.columns;
		let best = { score: -1, gain: 0, at: cand[0]! };
		for (const c of cand) {
			const gains: number[] = [];
			for (const must of [true, false]) {
				if (now() >= stopAt()) return { branch: [best.at], gain: null };
				const block: number[] = [];
				for (let j = 0; j < cols.length; j++) if (allowed[j] && cols[j]!.employee === c.e && (cols[j]!.row[c.d] === c.v) !== must) block.push(j);
				setColumnsUpper(master, block, 0);
				const side = solveMasterLp(master, (stopAt() - now()) / 1000);
				strongSolves++;
				setColumnsUpper(master, block, Infinity);
				// No LP: every column of the employee blocked (pricing may still find one) or out of time.
				gains.push(side === null ? 1 : Math.max(0, side.value - lp.value));
			}
			const score = strongScore(gains[0]!, gains[1]!);
			if (score > best.score) best = { score, gain: Math.min(gains[0]!, gains[1]!), at: c };
		}
		return { branch: [best.at], gain: best.gain };
	};
	try {
		let current: Node | null = { fixes: [], aggregates: [], bound: inp.rootBound, depth: 0 };
		let maxDepth = 0;
		while (now() + roundMs < stopAt()) {
			if (current === null) {
				if (queue.length === 0) break;
				// Best bound first (ties: deeper first, which finishes plunges).
				let bi = 0;
				for (let i = 1; i < queue.length; i++) {
					const a = queue[i]!;
					const b = queue[bi]!;
					if (a.bound < b.bound - 1e-9 || (Math.abs(a.bound - b.bound) <= 1e-9 && a.depth > b.depth)) bi = i;
				}
				current = queue.splice(bi, 1)[0]!;
				if (prunes(current.bound, incumbent)) { pruned++; current = null; continue; }
			}
			maxDepth = Math.max(maxDepth, current.depth);
			const t = now();
			const aside = inp.asideMs?.() ?? 0;
			const children = solveNode(current);
			const ms = now() - t - ((inp.asideMs?.() ?? 0) - aside);
			stepMs = stepMs === 0 ? ms : 0.7 * stepMs + 0.3 * ms;
			if (children.length === 0) { current = null; continue; }
			queue.push(...children.slice(1));
			current = children[0]!;
		}
		if (current !== null) queue.push(current);
		const open = queue.filter((n) => !prunes(n.bound, incumbent));
		const complete = sound && open.length === 0 && lpFails === 0;
		let lowerBound: number | null = null;
		if (sound) lowerBound = Math.min(incumbent, Math.max(restartBound, Math.min(...open.map((n) => n.bound))));
		return { incumbent, lowerBound, complete, nodes, rounds, aggregateFixes, diveCutShort, cellsFixed: forbids.length, log: `branch and price: ${nodes} nodes, ${rounds} rounds (${pruned} closed, ${open.length} open, depth ${maxDepth}${probeRounds > 0 ? `, ${probeRounds} probe rounds, ${aggregateFixes} aggregate bounds fixed` : ''}${forbidsFor < Infinity ? `, ${forbids.length} cells fixed by reduced cost (${rootFixing?.fixing.runs() ?? 0} DPs, ${(fixingMs / 1000).toFixed(1)} s)` : ''}${restarted ? `, restarted for the proof (${restartedFrom} open nodes)` : ''}${strongSolves > 0 ? `, ${strongSolves} strong-branching LPs` : ''}${tooLarge > 0 ? `, ${tooLarge} pricing calls too large` : ''}${pricers.some((p) => p.penalized.size > 0) ? `, ${pricers.filter((p) => p.penalized.size > 0).length} employees priced by penalties` : ''}), ${complete ? 'complete' : 'stopped'}, incumbent ${incumbent}${lowerBound !== null ? `, bound ${lowerBound.toFixed(2)}` : ''}` };
	} finally {
		forbids = [];
		applyFixes([], []);
	}
}
