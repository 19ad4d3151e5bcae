// Column-generation master of the Curtois & Qu shift scheduling problem (the set-partitioning
// model of branch and price: Burke & Curtois 2014, EJOR; Curtois & Qu 2014, §4), solved with
// HiGHS (WebAssembly).
//
// Model: one column per (employee, feasible row) with cost = that row's request penalties;
//   min  Σ cost·λ + Σ_(d,s) underWeight·u + overWeight·o
//   s.t. Σ_rows λ[e,·] = 1                        for every employee e      (dual π_e)
//        Σ_(e,rows working s on d) λ + u − o = requirement   for every cover row (dual y_ds)
//        λ, u, o ≥ 0  (λ integer in the restricted master IP).
// Pricing: the reduced cost of a row of employee e is cost − Σ y_ds·[works s on d] − π_e; its
// minimum comes from the exact DP of curtois-pricing.ts with work costs request − y.
// Lower bound (Lagrangian): for any y with −overWeight ≤ y ≤ underWeight,
//   z* ≥ Σ_ds y_ds·requirement + Σ_e min_row (cost − Σ y·[works]),
// valid whatever the restricted master holds, so it is reported even before the LP converges.
// Aggregate rows: Σ_(d,s) u and Σ_(d,s) o, the total staff short and the total staff over. Both are
// integers in every roster (cover and requirement are), so branch and price may bound them (its root
// probe tries total ≤ ⌊t⌋ and total ≥ ⌈t⌉ where the LP leaves them fractional). A row is free (dual 0) until a
// node bounds it; an artificial pair at ARTIFICIAL_COST keeps a bounded row feasible. Lagrangian
// term of an aggregate row with dual μ: μ·lo when μ ≥ 0, μ·hi when μ ≤ 0, and y is clipped to
// [μ_over − overWeight, underWeight − μ_under] so that every slack's reduced cost stays ≥ 0.
// Limits: the restricted master LP is kept in one HiGHS model (columns are appended, the basis is
// reused; columns a branch blocks leave it once they are many, and come back when opened); the
// restricted master IP is a separate model rebuilt from the pool each time.
import type { Highs, Model, ModelData } from 'highs';
import type { CurtoisInstance } from './curtois-format';
import { OFF } from './curtois-model';
import { priceRow, type Pricer } from './curtois-pricing';

export interface Column {
	employee: number;
	row: number[];
	cost: number;
}

export interface Master {
	instance: CurtoisInstance;
	columns: Column[];
	/** Row index of the cover constraint of (d, s), or −1 when the file has no cover row. */
	coverRow: Int32Array;
	/** Has this (employee, row) been added (key = employee + ':' + row). */
	seen: Set<string>;
	lp: Model;
	/** LP column of each pool column, or −1 while it is out of the LP (new, or evicted while blocked). */
	lpCol: number[];
	/** Pool column of each LP column after the slack columns. */
	lpPool: number[];
	/** Upper bound of each pool column's λ: Infinity, or 0 while a branch blocks it. */
	upper: number[];
	/** Value of `solves` when each pool column was last blocked. */
	blockedAt: number[];
	/** Pool columns waiting to enter the LP (new ones, and blocked ones opened again after eviction). */
	pending: number[];
	/** LP solves so far, and the column basis statuses of the last one when it ended optimal (else null). */
	solves: number;
	lastBasis: Int32Array | null;
	/** Request cost of shift s on day d for employee e (off-request minus on-request weight). */
	reqWork: Float64Array[];
	/** Σ on-request weights of each employee (paid unless the request is granted). */
	onTotal: Float64Array;
	/** Number of slack columns (u, o, then the aggregates' artificial pairs) before the first pool column. */
	slackCols: number;
	/** Number of cover rows (and of (u, o) pairs). */
	coverCount: number;
	/** Bounds of the aggregate rows now (index: AGGREGATE_UNDER, AGGREGATE_OVER). */
	aggregateBounds: { lo: number; hi: number }[];
	/** Have column or row bounds changed since the last solve (see `solveMasterLp`). */
	boundsChanged: boolean;
	/** HiGHS `simplex_strategy` the model is set to now. */
	simplex: number;
}

/** Aggregate row Σ u (total staff short over every cover row). */
export const AGGREGATE_UNDER = 0;
/** Aggregate row Σ o (total staff over). */
export const AGGREGATE_OVER = 1;
const AGGREGATES = 2;

/**
 * Cost per unit of an aggregate row's artificial slack. Any value keeps the bounds valid (a node
 * with artificials is a relaxation of the node); a large one makes a node whose aggregate bound no
 * roster can meet show a large bound, so that it is pruned.
 */
export const ARTIFICIAL_COST = 100_000;

export function requestCosts(instance: CurtoisInstance): { reqWork: Float64Array[]; onTotal: Float64Array } {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const reqWork = instance.staff.map(() => new Float64Array(H * S));
	const onTotal = new Float64Array(instance.staff.length);
	for (const r of instance.onRequests) { reqWork[r.employee]![r.day * S + r.shift]! -= r.weight; onTotal[r.employee]! += r.weight; }
	for (const r of instance.offRequests) reqWork[r.employee]![r.day * S + r.shift]! += r.weight;
	return { reqWork, onTotal };
}

/** Request penalty of one employee's row (the column cost). */
export function rowCost(reqWork: Float64Array, onTotal: number, row: readonly number[], S: number): number {
	let c = onTotal;
	for (let d = 0; d < row.length; d++) if (row[d] !== OFF) c += reqWork[d * S + row[d]!]!;
	return c;
}

// HiGHS model status "optimal" (highs.constants.modelStatus.optimal).
const highsOptimal = 7;
// HiGHS `simplex_strategy` values.
export const DUAL_SIMPLEX = 1;
export const PRIMAL_SIMPLEX = 4;

export function createMaster(highs: Highs, instance: CurtoisInstance): Master {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const E = instance.staff.length;
	const coverRow = new Int32Array(H * S).fill(-1);
	let rows = E;
	const covers: number[] = [];
	for (let k = 0; k < H * S; k++) if (instance.cover[k]) { coverRow[k] = rows++; covers.push(k); }
	// Slack columns u (under) and o (over) of every cover row, then the aggregate rows' artificial
	// pairs (+1 and −1 in their row).
	const n = covers.length;
	const cost: number[] = [];
	const starts: number[] = [0];
	const indices: number[] = [];
	const values: number[] = [];
	for (let i = 0; i < n; i++) {
		const c = instance.cover[covers[i]!]!;
		cost.push(c.underWeight); indices.push(E + i, rows + AGGREGATE_UNDER); values.push(1, 1); starts.push(indices.length);
		cost.push(c.overWeight); indices.push(E + i, rows + AGGREGATE_OVER); values.push(-1, 1); starts.push(indices.length);
	}
	for (let a = 0; a < AGGREGATES; a++)
		for (const sign of [1, -1]) { cost.push(ARTIFICIAL_COST); indices.push(rows + a); values.push(sign); starts.push(indices.length); }
	const numCols = 2 * n + 2 * AGGREGATES;
	const rowLower = [...new Array<number>(E).fill(1), ...covers.map((k) => instance.cover[k]!.requirement)];
	const rowUpper = [...rowLower];
	for (let a = 0; a < AGGREGATES; a++) { rowLower.push(-Infinity); rowUpper.push(Infinity); }
	const data: ModelData = {
		numCols,
		numRows: rows + AGGREGATES,
		colCost: cost,
		colLower: new Array<number>(numCols).fill(0),
		colUpper: new Array<number>(numCols).fill(Infinity),
		rowLower,
		rowUpper,
		matrix: { format: 'csc', numRows: rows + AGGREGATES, numCols, starts, indices, values }
	};
	const lp = highs.createModel(data);
	// No presolve, so that each solve restarts from the previous basis (the simplex variant: `solveMasterLp`).
	lp.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: PRIMAL_SIMPLEX });
	const { reqWork, onTotal } = requestCosts(instance);
	const aggregateBounds = Array.from({ length: AGGREGATES }, () => ({ lo: -Infinity, hi: Infinity }));
	return { instance, columns: [], coverRow, seen: new Set(), lp, lpCol: [], lpPool: [], upper: [], blockedAt: [], pending: [], solves: 0, lastBasis: null, reqWork, onTotal, slackCols: numCols, coverCount: n, aggregateBounds, boundsChanged: false, simplex: PRIMAL_SIMPLEX };
}

/** Sets the bounds of the aggregate rows (±Infinity: unbounded; both infinite: the row is free). */
export function setAggregateBounds(m: Master, bounds: readonly { lo: number; hi: number }[]) {
	const E = m.instance.staff.length;
	for (let a = 0; a < AGGREGATES; a++) {
		const b = bounds[a] ?? { lo: -Infinity, hi: Infinity };
		const now = m.aggregateBounds[a]!;
		if (now.lo === b.lo && now.hi === b.hi) continue;
		m.lp.changeRowBounds(E + m.coverCount + a, b.lo, b.hi);
		m.aggregateBounds[a] = { lo: b.lo, hi: b.hi };
		m.boundsChanged = true;
	}
}

export function disposeMaster(m: Master) {
	m.lp.dispose();
}

/** A column for a row (not added to the pool). */
export function columnFor(m: Master, employee: number, row: readonly number[]): Column {
	return { employee, row: [...row], cost: rowCost(m.reqWork[employee]!, m.onTotal[employee]!, row, m.instance.shifts.length) };
}

/** Adds a row to the pool once; true when it was new. */
export function addColumn(m: Master, employee: number, row: readonly number[]): boolean {
	const key = `${employee}:${row.join(',')}`;
	if (m.seen.has(key)) return false;
	m.seen.add(key);
	const S = m.instance.shifts.length;
	m.columns.push({ employee, row: [...row], cost: rowCost(m.reqWork[employee]!, m.onTotal[employee]!, row, S) });
	m.lpCol.push(-1);
	m.upper.push(Infinity);
	m.blockedAt.push(-1);
	m.pending.push(m.columns.length - 1);
	return true;
}

function columnEntries(m: Master, col: Column): { indices: number[]; values: number[] } {
	const S = m.instance.shifts.length;
	const indices = [col.employee];
	for (let d = 0; d < col.row.length; d++) {
		const s = col.row[d]!;
		if (s === OFF) continue;
		const r = m.coverRow[d * S + s]!;
		if (r >= 0) indices.push(r);
	}
	return { indices, values: indices.map(() => 1) };
}

/**
 * Adds the pending columns that are open to the LP (a pending column blocked meanwhile stays out);
 * returns how many.
 */
function flushColumns(m: Master): number {
	if (m.pending.length === 0) return 0;
	const fresh: number[] = [];
	for (const j of m.pending) {
		if (m.lpCol[j]! >= 0 || m.upper[j] === 0) continue;
		m.lpCol[j] = m.slackCols + m.lpPool.length;
		m.lpPool.push(j);
		fresh.push(j);
	}
	m.pending = [];
	if (fresh.length === 0) return 0;
	const cost: number[] = [];
	const starts: number[] = [0];
	const indices: number[] = [];
	for (const j of fresh) {
		const col = m.columns[j]!;
		const e = columnEntries(m, col);
		cost.push(col.cost);
		indices.push(...e.indices);
		starts.push(indices.length);
	}
	const numRows = m.lp.getDimensions().numRows;
	m.lp.addCols({
		cost: Float64Array.from(cost),
		lower: new Float64Array(fresh.length),
		upper: new Float64Array(fresh.length).fill(Infinity),
		matrix: { format: 'csc', numRows, numCols: fresh.length, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) }
	});
	return fresh.length;
}

/**
 * Columns blocked since before the last solve, and nonbasic in its basis, leave the LP once they
 * are at least EVICT_SHARE of its pool columns (and EVICT_MIN). A blocked column costs a simplex
 * iteration as much as an open one: with 6,000 blocked columns beside 12's 2,818 root columns, a
 * scratch dive of 25 dual solves took 0.311 ms an iteration against 0.174 without them. Deleting
 * nonbasic columns keeps the basis, so the next solve still starts warm.
 */
function evictBlocked(m: Master) {
	const status = m.lastBasis;
	if (status === null) return;
	// LP positions of the columns blocked since before the last solve.
	const blocked: number[] = [];
	for (let i = 0; i < m.lpPool.length; i++) { const j = m.lpPool[i]!; if (m.upper[j] === 0 && m.blockedAt[j]! < m.solves) blocked.push(m.slackCols + i); }
	if (blocked.length < Math.max(EVICT_MIN, EVICT_SHARE * m.lpPool.length)) return;
	const mask = new Int32Array(m.slackCols + m.lpPool.length);
	let removed = 0;
	for (const c of blocked) if (status[c] !== BASIC) { mask[c] = 1; removed++; }
	if (removed === 0) return;
	m.lp.deleteCols({ kind: 'mask', mask });
	const kept: number[] = [];
	for (let i = 0; i < m.lpPool.length; i++) {
		const j = m.lpPool[i]!;
		if (mask[m.slackCols + i]) m.lpCol[j] = -1;
		else { m.lpCol[j] = m.slackCols + kept.length; kept.push(j); }
	}
	m.lpPool = kept;
	m.lastBasis = null;
}

/** Blocked pool columns leave the LP when they are at least this share of its pool columns, and at least EVICT_MIN. */
const EVICT_SHARE = 0.25;
const EVICT_MIN = 200;
/** HiGHS basis status "basic" (highs.constants.basisStatus). */
const BASIC = 1;

export interface LpResult {
	value: number;
	/** π_e, the convexity duals. */
	pi: Float64Array;
	/** y per (d, s) (0 where there is no cover row), clipped to [−overWeight, underWeight] (see the aggregates). */
	y: Float64Array;
	/** λ of each pool column. */
	lambda: Float64Array;
	/** Lagrangian term of the aggregate rows (Σ μ·lo or μ·hi; 0 while they are free). */
	aggregateTerm: number;
	/** LP values of the aggregates (Σ u, Σ o). */
	aggregates: Float64Array;
}

/**
 * Upper bound of pool columns' λ (0 blocks them: a branch's fixes; Infinity opens them). A blocked
 * column may later leave the LP (`evictBlocked`); opened again, it is added back at the next solve.
 */
export function setColumnsUpper(m: Master, js: readonly number[], upper: number) {
	if (js.length === 0) return;
	const inLp: number[] = [];
	for (const j of js) {
		m.upper[j] = upper;
		if (upper === 0) m.blockedAt[j] = m.solves;
		if (m.lpCol[j]! >= 0) inLp.push(m.lpCol[j]!);
		else if (upper > 0) m.pending.push(j);
	}
	if (inLp.length === 0) return;
	inLp.sort((a, b) => a - b);
	m.lp.changeColsBounds({ kind: 'set', indices: Int32Array.from(inLp) }, new Float64Array(inLp.length), new Float64Array(inLp.length).fill(upper));
	m.boundsChanged = true;
}

/** Solves the restricted master LP (every employee must already have a column). */
export function solveMasterLp(m: Master, timeLimit: number): LpResult | null {
	// The last optimal basis stays dual feasible when only bounds changed (a branch's fixes: dual
	// simplex repairs it) and primal feasible when columns were added (pricing: primal simplex).
	// With both, primal. In scratch dives on 12 (one value fixed a node) a solve went from 0.25 s
	// to 0.13 s on average.
	evictBlocked(m);
	const added = flushColumns(m);
	const simplex = m.boundsChanged && added === 0 ? DUAL_SIMPLEX : PRIMAL_SIMPLEX;
	if (simplex !== m.simplex) { m.lp.options.set({ simplex_strategy: simplex }); m.simplex = simplex; }
	m.boundsChanged = false;
	const inst = m.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const E = inst.staff.length;
	// HiGHS's time limit counts the model's run time over every solve so far, not this solve's.
	m.lp.options.set({ time_limit: m.lp.getRunTime() + Math.max(0.05, timeLimit) });
	m.lp.run();
	m.solves++;
	m.lastBasis = null;
	if (m.lp.getModelStatus() !== highsOptimal) return null;
	m.lastBasis = m.lp.getBasis().colStatus;
	const sol = m.lp.getSolution();
	const pi = new Float64Array(E);
	for (let e = 0; e < E; e++) pi[e] = sol.rowDual[e]!;
	// Aggregate duals: the sign their bounds allow (0 on a free side), at most the artificial cost.
	const mu = new Float64Array(AGGREGATES);
	for (let a = 0; a < AGGREGATES; a++) {
		const b = m.aggregateBounds[a]!;
		const d = sol.rowDual[E + m.coverCount + a]!;
		const lower = b.hi === Infinity ? 0 : -ARTIFICIAL_COST;
		const upper = b.lo === -Infinity ? 0 : ARTIFICIAL_COST;
		mu[a] = Math.min(upper, Math.max(lower, d));
	}
	// y's box [μ_over − overWeight, underWeight − μ_under] must be non-empty in every cover row: the
	// duals are lowered by the excess (LP round-off of 1e-14 where a row's two weights are tight).
	let excess = 0;
	for (let k = 0; k < H * S; k++) {
		const c = inst.cover[k];
		if (c) excess = Math.max(excess, mu[AGGREGATE_OVER]! - c.overWeight - (c.underWeight - mu[AGGREGATE_UNDER]!));
	}
	for (const a of [AGGREGATE_UNDER, AGGREGATE_OVER]) {
		if (excess <= 0 || mu[a]! <= 0) continue;
		const cut = Math.min(excess, mu[a]!);
		mu[a]! -= cut;
		excess -= cut;
	}
	if (excess > 0) mu.fill(0);
	let aggregateTerm = 0;
	for (let a = 0; a < AGGREGATES; a++) { const b = m.aggregateBounds[a]!; if (mu[a]! !== 0) aggregateTerm += mu[a]! * (mu[a]! > 0 ? b.lo : b.hi); }
	const y = new Float64Array(H * S);
	for (let k = 0; k < H * S; k++) {
		const r = m.coverRow[k]!;
		if (r < 0) continue;
		const c = inst.cover[k]!;
		y[k] = Math.min(c.underWeight - mu[AGGREGATE_UNDER]!, Math.max(mu[AGGREGATE_OVER]! - c.overWeight, sol.rowDual[r]!));
	}
	const aggregates = new Float64Array(AGGREGATES);
	for (let i = 0; i < m.coverCount; i++) { aggregates[AGGREGATE_UNDER]! += sol.colValue[2 * i]!; aggregates[AGGREGATE_OVER]! += sol.colValue[2 * i + 1]!; }
	const lambda = new Float64Array(m.columns.length);
	for (let j = 0; j < m.columns.length; j++) if (m.lpCol[j]! >= 0) lambda[j] = sol.colValue[m.lpCol[j]!]!;
	return { value: m.lp.getObjectiveValue(), pi, y, lambda, aggregateTerm, aggregates };
}

/** One pricing round: every employee's best row for an LP's duals. */
export interface PricingRound {
	/** Columns added to the pool (negative reduced cost, not in it yet). */
	added: number;
	/** Lagrangian value Σ y·requirement + Σ_e mins[e] + the aggregate rows' term; null when a call was not exact. */
	bound: number | null;
	/** b_e: each employee's least row cost − y·a (on-request total included; 0 where a call failed). */
	mins: Float64Array;
	/** Some employee has no row at all under the costs (and no penalised resource): nothing is feasible. */
	infeasible: boolean;
	/** Employees without an answer: the DP table did not fit, or a penalised DP found no row. */
	missed: number;
	/** Of those, the calls that did not fit `maxEntries`. */
	tooLarge: number;
}

/**
 * Prices every employee once against the LP's duals: work[d·S + s] = request cost − y. `costs`, when
 * given, may change an employee's work costs and fill `off` (day-off costs) for a branch's fixes,
 * and returns whether `off` is used. Stops at the first employee without any row.
 */
export function priceRound(m: Master, pricers: readonly Pricer[], lp: LpResult, maxEntries: number, costs?: (e: number, work: Float64Array, off: Float64Array) => boolean): PricingRound {
	const inst = m.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const E = inst.staff.length;
	const { y, pi } = lp;
	const work = new Float64Array(H * S);
	const off = new Float64Array(H);
	const mins = new Float64Array(E);
	let bound = lp.aggregateTerm;
	for (let k = 0; k < H * S; k++) { const c = inst.cover[k]; if (c) bound += y[k]! * c.requirement; }
	let exact = true;
	let added = 0;
	let missed = 0;
	let tooLarge = 0;
	for (let e = 0; e < E; e++) {
		const req = m.reqWork[e]!;
		for (let k = 0; k < H * S; k++) work[k] = req[k]! - y[k]!;
		const withOff = costs ? costs(e, work, off) : false;
		const r = priceRow(pricers[e]!, { work, off: withOff ? off : undefined, maxEntries });
		if (r === 'tooLarge' || (r === null && pricers[e]!.penalized.size > 0)) {
			exact = false;
			missed++;
			if (r === 'tooLarge') tooLarge++;
			continue;
		}
		if (r === null) return { added, bound: null, mins, infeasible: true, missed, tooLarge };
		// A penalised answer is feasible but maybe not the least; its relaxation still bounds it.
		if (!(r.bound > -Infinity)) exact = false;
		mins[e] = r.bound + m.onTotal[e]!;
		bound += mins[e]!;
		if (r.cost + m.onTotal[e]! - pi[e]! < -1e-6 && addColumn(m, e, r.row)) added++;
	}
	return { added, bound: exact ? bound : null, mins, infeasible: false, missed, tooLarge };
}

export interface IpResult {
	/** Chosen pool column per employee, or null when no integer solution was found. */
	choice: number[] | null;
	objective: number;
	optimal: boolean;
	bound: number;
}

/**
 * Restricted master IP over the pool (columns of `allowed` employees only when given), from the
 * start `startChoice` (a column per employee). Stops at `deadline` on the `now` clock.
 */
export function solveMasterIp(highs: Highs, m: Master, opts: IpOptions): IpResult {
	return solveColumnsIp(highs, m, m.columns, opts);
}

export interface IpOptions {
	timeLimit: number;
	now: () => number;
	deadline: number;
	/** Index into the columns of one column per employee. */
	start?: number[];
}

/** Integer program over the given columns (with the master's cover rows); choice indexes `cols`. */
export function solveColumnsIp(highs: Highs, m: Master, cols: readonly Column[], opts: IpOptions): IpResult {
	const inst = m.instance;
	const E = inst.staff.length;
	const nCover = m.coverCount;
	const numRows = E + nCover;
	const cost: number[] = [];
	const starts: number[] = [0];
	const indices: number[] = [];
	const lower: number[] = [];
	const upper: number[] = [];
	const integrality: number[] = [];
	const coverInfo: { under: number; over: number; req: number }[] = [];
	for (let k = 0; k < inst.cover.length; k++) if (m.coverRow[k]! >= 0) { const c = inst.cover[k]!; coverInfo.push({ under: c.underWeight, over: c.overWeight, req: c.requirement }); }
	for (let i = 0; i < nCover; i++) {
		cost.push(coverInfo[i]!.under); indices.push(E + i); starts.push(indices.length); lower.push(0); upper.push(Infinity); integrality.push(0);
		cost.push(coverInfo[i]!.over); indices.push(E + i); starts.push(indices.length); lower.push(0); upper.push(Infinity); integrality.push(0);
	}
	const values: number[] = indices.map((_, i) => (i % 2 === 0 ? 1 : -1));
	for (const col of cols) {
		const e = columnEntries(m, col);
		cost.push(col.cost);
		for (const r of e.indices) { indices.push(r); values.push(1); }
		starts.push(indices.length);
		lower.push(0); upper.push(1); integrality.push(1);
	}
	const rowLower = [...new Array<number>(E).fill(1), ...coverInfo.map((c) => c.req)];
	const numCols = cost.length;
	const model = highs.createModel({
		numCols, numRows, colCost: cost, colLower: lower, colUpper: upper, rowLower, rowUpper: rowLower,
		matrix: { format: 'csc', numRows, numCols, starts, indices, values },
		integrality: integrality as ModelData['integrality']
	});
	try {
		model.options.set({ output_flag: false, time_limit: Math.max(0.05, opts.timeLimit), mip_rel_gap: 0, mip_abs_gap: 0.999 });
		if (opts.start) {
			const v = new Float64Array(numCols);
			const S = inst.shifts.length;
			const covered = new Float64Array(nCover);
			for (const j of opts.start) {
				v[2 * nCover + j] = 1;
				const col = cols[j]!;
				for (let d = 0; d < col.row.length; d++) if (col.row[d] !== OFF) { const r = m.coverRow[d * S + col.row[d]!]!; if (r >= 0) covered[r - E]! += 1; }
			}
			for (let i = 0; i < nCover; i++) {
				const gap = coverInfo[i]!.req - covered[i]!;
				if (gap >= 0) v[2 * i] = gap; else v[2 * i + 1] = -gap;
			}
			model.setSolution({ colValue: v });
		}
		model.run({ [highs.constants.callbackType.mipInterrupt]: (event) => { if (opts.now() >= opts.deadline) event.interrupt(); return undefined; } });
		const status = model.getModelStatus();
		let bound = -Infinity;
		try { const b = Number(model.info.get('mip_dual_bound')); if (Number.isFinite(b)) bound = b; } catch { /* no MIP info */ }
		let primal = 0;
		try { primal = Number(model.info.get('primal_solution_status')); } catch { primal = 0; }
		if (primal !== 2) return { choice: null, objective: Infinity, optimal: false, bound };
		const sol = model.getSolution();
		const choice = new Array<number>(E).fill(-1);
		for (let j = 0; j < cols.length; j++) if (sol.colValue[2 * nCover + j]! > 0.5) choice[cols[j]!.employee] = j;
		if (choice.some((j) => j < 0)) return { choice: null, objective: Infinity, optimal: false, bound };
		return { choice, objective: model.getObjectiveValue(), optimal: status === highs.constants.modelStatus.optimal, bound };
	} finally {
		model.dispose();
	}
}
