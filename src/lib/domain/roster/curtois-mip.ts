// Compact MIP of the Curtois & Qu shift scheduling problem, solved with HiGHS (WebAssembly).
//
// Model (Curtois & Qu 2014, §2, the "standard compact formulation"):
//   x[e,d,s] ∈ {0,1}  employee e works shift s on day d (only where allowed: not a day off, and
//                     MaxShifts[s] > 0); W[e,d] = Σ_s x[e,d,s] is "works on day d".
//   k[e,w] ∈ [0,1]    weekend w worked; k ≥ W(sat), k ≥ W(sun), Σ_w k ≤ MaxWeekends. Continuous
//                     suffices: k is only pushed up, so any integer x has a feasible k.
//   u[d,s], o[d,s] ≥ 0 cover shortfall / surplus: Σ_e x[e,d,s] + u − o = requirement.
//   min  Σ on-request w·(1 − x) + Σ off-request w·x + Σ underWeight·u + overWeight·o
//   s.t. W[e,d] ≤ 1; x[e,d,s] + Σ_{t ∈ cannotFollow(s)} x[e,d+1,t] ≤ 1 (aggregated rotation rows);
//        Σ_d x[e,d,s] ≤ MaxShifts; MinMinutes ≤ Σ minutes·x ≤ MaxMinutes;
//        Σ_{j=d..d+cmax} W[e,j] ≤ cmax (every window inside the horizon);
//        W[e,d] + (s − Σ_{j=d+1..d+s} W[e,j]) + W[e,d+s+1] ≥ 1 for s < cmin and 0 ≤ d, d+s+1 < H
//        (blocks touching the horizon edges are free, the benchmark's convention);
//        (1 − W[e,d]) + Σ_{j=d+1..d+s} W[e,j] + (1 − W[e,d+s+1]) ≥ 1 for s < MinDaysOff, same range.
// Sub-problems: `buildMip` takes a set of FREE (employee, day) cells; every other cell is fixed
// to `current`, enters the rows as a constant, and rows made only of constants are left out (they
// already hold in `current`). With every cell free it is the full model; the LNS frees a few rows or
// a window of days. The model objective (with its offset) is always the full benchmark objective.
// Limits: HiGHS-wasm is single-threaded and a run blocks the event loop; time is bounded by
// HiGHS's `time_limit` plus an interrupt callback that reads the caller's clock.
import type { CurtoisInstance } from './curtois-format';
import { OFF, type Roster } from './curtois-model';
import type { Highs, Model, ModelData } from 'highs';

export interface MipMapping {
	/** Column of x[e,d,s] at (e * H + d) * S + s, or -1 (fixed cell or forbidden shift). */
	xCol: Int32Array;
	numCols: number;
	/** Is (e, d) a free cell of this model. */
	free: (e: number, d: number) => boolean;
}

export interface BuiltMip {
	data: ModelData;
	map: MipMapping;
	/** Number of x columns (the rest are weekend and cover columns). */
	xCount: number;
}

class Rows {
	starts: number[] = [0];
	indices: number[] = [];
	values: number[] = [];
	lower: number[] = [];
	upper: number[] = [];
	add(idx: number[], val: number[], lo: number, hi: number) {
		for (let i = 0; i < idx.length; i++) { this.indices.push(idx[i]!); this.values.push(val[i]!); }
		this.starts.push(this.indices.length);
		this.lower.push(lo);
		this.upper.push(hi);
	}
}

/** A linear expression over columns plus a constant (from fixed cells). */
class Expr {
	idx: number[] = [];
	val: number[] = [];
	c = 0;
	term(col: number, v: number) {
		const k = this.idx.indexOf(col);
		if (k >= 0) this.val[k]! += v;
		else { this.idx.push(col); this.val.push(v); }
	}
}

export function buildMip(instance: CurtoisInstance, current: Roster, isFree: (e: number, d: number) => boolean, lpRelaxation = false): BuiltMip {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const E = instance.staff.length;
	const INF = Infinity;
	const xCol = new Int32Array(E * H * S).fill(-1);
	const cost: number[] = [];
	const lo: number[] = [];
	const hi: number[] = [];
	const integer: number[] = [];
	const newCol = (c: number, l: number, h: number, isInt: boolean) => { cost.push(c); lo.push(l); hi.push(h); integer.push(isInt && !lpRelaxation ? 1 : 0); return cost.length - 1; };
	const freeRow: boolean[][] = instance.staff.map((_, e) => Array.from({ length: H }, (_, d) => isFree(e, d)));
	const anyFree = freeRow.map((r) => r.some((f) => f));

	for (let e = 0; e < E; e++) {
		if (!anyFree[e]) continue;
		const m = instance.staff[e]!;
		const off = new Set(m.daysOff);
		for (let d = 0; d < H; d++) {
			if (!freeRow[e]![d] || off.has(d)) continue;
			for (let s = 0; s < S; s++) if (m.maxShifts[s]! > 0) xCol[(e * H + d) * S + s] = newCol(0, 0, 1, true);
		}
	}
	const xCount = cost.length;
	let offset = 0;
	// Requests
	for (const r of instance.onRequests) {
		const col = xCol[(r.employee * H + r.day) * S + r.shift]!;
		if (col >= 0) { offset += r.weight; cost[col]! -= r.weight; }
		else if (freeRow[r.employee]![r.day] || current[r.employee]![r.day] !== r.shift) offset += r.weight;
	}
	for (const r of instance.offRequests) {
		const col = xCol[(r.employee * H + r.day) * S + r.shift]!;
		if (col >= 0) cost[col]! += r.weight;
		else if (!freeRow[r.employee]![r.day] && current[r.employee]![r.day] === r.shift) offset += r.weight;
	}

	const rows = new Rows();
	const addExpr = (x: Expr, l: number, h: number) => { if (x.idx.length > 0) rows.add(x.idx, x.val, l - x.c, h - x.c); };
	/** Adds coef · W[e,d] to the expression. */
	const work = (x: Expr, e: number, d: number, coef: number) => {
		if (freeRow[e]![d]) { for (let s = 0; s < S; s++) { const col = xCol[(e * H + d) * S + s]!; if (col >= 0) x.term(col, coef); } }
		else if (current[e]![d] !== OFF) x.c += coef;
	};
	const shiftTerm = (x: Expr, e: number, d: number, s: number, coef: number) => {
		if (freeRow[e]![d]) { const col = xCol[(e * H + d) * S + s]!; if (col >= 0) x.term(col, coef); }
		else if (current[e]![d] === s) x.c += coef;
	};
	const touchesFree = (e: number, from: number, to: number) => { for (let d = Math.max(0, from); d <= Math.min(H - 1, to); d++) if (freeRow[e]![d]) return true; return false; };

	for (let e = 0; e < E; e++) {
		if (!anyFree[e]) continue;
		const m = instance.staff[e]!;
		for (let d = 0; d < H; d++) {
			if (!freeRow[e]![d]) continue;
			const x = new Expr();
			work(x, e, d, 1);
			if (x.idx.length > 1) addExpr(x, -INF, 1);
		}
		// Rotation: shift s on day d excludes its cannot-follow set on day d+1.
		for (let d = 0; d + 1 < H; d++) {
			if (!freeRow[e]![d] && !freeRow[e]![d + 1]) continue;
			for (let s = 0; s < S; s++) {
				const banned = instance.shifts[s]!.cannotFollow;
				if (banned.length === 0) continue;
				const x = new Expr();
				shiftTerm(x, e, d, s, 1);
				for (const t of banned) shiftTerm(x, e, d + 1, t, 1);
				if (x.idx.length > 0 && x.c + x.idx.length > 1) addExpr(x, -INF, 1);
			}
		}
		for (let s = 0; s < S; s++) {
			const x = new Expr();
			for (let d = 0; d < H; d++) shiftTerm(x, e, d, s, 1);
			if (x.c + x.idx.length > m.maxShifts[s]!) addExpr(x, -INF, m.maxShifts[s]!);
		}
		{
			const x = new Expr();
			for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) shiftTerm(x, e, d, s, instance.shifts[s]!.minutes);
			addExpr(x, m.minTotalMinutes, m.maxTotalMinutes);
		}
		const cmax = m.maxConsecutiveShifts;
		for (let d = 0; d + cmax < H; d++) {
			if (!touchesFree(e, d, d + cmax)) continue;
			const x = new Expr();
			for (let j = d; j <= d + cmax; j++) work(x, e, j, 1);
			if (x.c + x.idx.length > cmax) addExpr(x, -INF, cmax);
		}
		// Min consecutive shifts, "start" form (tighter LP than the paper's block rows, same integer
		// set): a block starting on day d ≥ 1 (off on d−1) must go on through min(d+cmin−1, H−1);
		// blocks starting on day 0 are free, and a block cut by the end of the horizon is free.
		for (let d = 1; d < H; d++)
			for (let j = 1; j < m.minConsecutiveShifts && d + j < H; j++) {
				if (!touchesFree(e, d - 1, d + j)) continue;
				const x = new Expr();
				work(x, e, d, 1);
				work(x, e, d - 1, -1);
				work(x, e, d + j, -1);
				addExpr(x, -INF, 0);
			}
		// Min consecutive days off, same form: an off block starting on d ≥ 1 (work on d−1) stays off
		// through min(d+omin−1, H−1).
		for (let d = 1; d < H; d++)
			for (let j = 1; j < m.minConsecutiveDaysOff && d + j < H; j++) {
				if (!touchesFree(e, d - 1, d + j)) continue;
				const x = new Expr();
				work(x, e, d - 1, 1);
				work(x, e, d, -1);
				work(x, e, d + j, 1);
				addExpr(x, -INF, 1);
			}
		// Weekends
		const total = new Expr();
		for (let sat = 5; sat < H; sat += 7) {
			const days = sat + 1 < H ? [sat, sat + 1] : [sat];
			if (days.some((d) => !freeRow[e]![d] && current[e]![d] !== OFF)) { total.c += 1; continue; }
			if (!days.some((d) => freeRow[e]![d])) continue;
			const k = newCol(0, 0, 1, false);
			total.term(k, 1);
			for (const d of days) {
				const x = new Expr();
				work(x, e, d, 1);
				if (x.idx.length === 0) continue;
				x.term(k, -1);
				addExpr(x, -INF, 0);
			}
		}
		if (total.idx.length > 0) addExpr(total, -INF, m.maxWeekends);
	}
	// Cover
	for (let d = 0; d < H; d++)
		for (let s = 0; s < S; s++) {
			const c = instance.cover[d * S + s];
			const x = new Expr();
			for (let e = 0; e < E; e++) shiftTerm(x, e, d, s, 1);
			if (c === null || c === undefined) continue;
			if (x.idx.length === 0) {
				offset += x.c < c.requirement ? c.underWeight * (c.requirement - x.c) : c.overWeight * (x.c - c.requirement);
				continue;
			}
			// u only helps up to the shortfall the free cells can't fill; bounds keep the LP tight.
			const u = newCol(c.underWeight, 0, Math.max(0, c.requirement - x.c), false);
			const o = newCol(c.overWeight, 0, INF, false);
			x.term(u, 1);
			x.term(o, -1);
			addExpr(x, c.requirement, c.requirement);
		}
	const numCols = cost.length;
	const data: ModelData = {
		numCols,
		numRows: rows.lower.length,
		offset,
		colCost: cost,
		colLower: lo,
		colUpper: hi,
		rowLower: rows.lower,
		rowUpper: rows.upper,
		matrix: { format: 'csr', numRows: rows.lower.length, numCols, starts: rows.starts, indices: rows.indices, values: rows.values },
		integrality: integer as ModelData['integrality']
	};
	return { data, map: { xCol, numCols, free: (e, d) => freeRow[e]?.[d] ?? false }, xCount };
}

/** Reads a solution vector back into a copy of `current` (free cells only). */
export function readRoster(instance: CurtoisInstance, current: Roster, mip: BuiltMip, colValue: ArrayLike<number>): Roster {
	const H = instance.horizon;
	const S = instance.shifts.length;
	return current.map((row, e) =>
		row.map((v, d) => {
			if (!mip.map.free(e, d)) return v;
			for (let s = 0; s < S; s++) {
				const col = mip.map.xCol[(e * H + d) * S + s]!;
				if (col >= 0 && (colValue[col] ?? 0) > 0.5) return s;
			}
			return OFF;
		})
	);
}

/** A full column vector for `roster` (x from the roster, weekend/cover columns at their best values). */
export function startVector(instance: CurtoisInstance, roster: Roster, mip: BuiltMip): Float64Array {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const v = new Float64Array(mip.map.numCols);
	roster.forEach((row, e) => row.forEach((s, d) => { if (s !== OFF && mip.map.free(e, d)) { const col = mip.map.xCol[(e * H + d) * S + s]!; if (col >= 0) v[col] = 1; } }));
	// Weekend and cover columns: derive from the rows (k = max of its days; u,o from cover balance).
	const { starts, indices, values } = mip.data.matrix as unknown as { starts: number[]; indices: number[]; values: number[] };
	const lower = mip.data.rowLower as number[];
	const upper = mip.data.rowUpper as number[];
	for (let r = 0; r < lower.length; r++) {
		// weekend link rows: W − k ≤ 0 (k is a non-x column with coefficient −1, upper bound 0)
		const a = starts[r]!;
		const b = starts[r + 1]!;
		let slackCol = -1;
		let activity = 0;
		let isCover = false;
		let overCol = -1;
		for (let i = a; i < b; i++) {
			const col = indices[i]!;
			if (col >= mip.xCount) {
				if (lower[r] === upper[r]) { isCover = true; if (values[i]! > 0) slackCol = col; else overCol = col; }
				else slackCol = col;
			} else activity += values[i]! * v[col]!;
		}
		if (isCover) {
			const gap = lower[r]! - activity;
			if (gap >= 0) v[slackCol] = gap;
			else v[overCol] = -gap;
		} else if (slackCol >= 0 && upper[r] === 0 && activity > 0.5) v[slackCol] = 1;
	}
	return v;
}

export interface MipRun {
	status: 'optimal' | 'feasible' | 'infeasible' | 'no_solution';
	roster: Roster | null;
	/** Objective of `roster` as HiGHS reports it (the full benchmark objective). */
	objective: number | null;
	/** Proven lower bound on this model's objective (−∞ when none). */
	bound: number;
}

export interface MipOptions {
	/** Seconds HiGHS may run. */
	timeLimit: number;
	/** Milliseconds clock and absolute deadline (ms) — the run is interrupted when passed. */
	now: () => number;
	deadline: number;
	start?: Roster;
	seed?: number;
}

export function solveMip(highs: Highs, instance: CurtoisInstance, current: Roster, mip: BuiltMip, opts: MipOptions): MipRun {
	const model: Model = highs.createModel(mip.data);
	try {
		model.options.set({
			output_flag: false,
			time_limit: Math.max(0.05, opts.timeLimit),
			mip_rel_gap: 0,
			// objective values are integers: a gap below 1 proves optimality
			mip_abs_gap: 0.999,
			random_seed: opts.seed ?? 0
		});
		if (opts.start) model.setSolution({ colValue: startVector(instance, opts.start, mip) });
		const interrupt = (event: { interrupt(): void }) => { if (opts.now() >= opts.deadline) event.interrupt(); };
		model.run({
			[highs.constants.callbackType.mipInterrupt]: (event) => { interrupt(event); return undefined; }
		});
		const status = model.getModelStatus();
		const ms = highs.constants.modelStatus;
		let bound = -Infinity;
		try { const b = Number(model.info.get('mip_dual_bound')); if (Number.isFinite(b)) bound = b; } catch { /* LP solve: no MIP info */ }
		if (status === ms.infeasible) return { status: 'infeasible', roster: null, objective: null, bound: Infinity };
		let primal = 0;
		try { primal = Number(model.info.get('primal_solution_status')); } catch { primal = 0; }
		if (primal !== 2) return { status: 'no_solution', roster: null, objective: null, bound };
		const sol = model.getSolution();
		const objective = model.getObjectiveValue();
		const optimal = status === ms.optimal;
		if (optimal && !Number.isFinite(bound)) bound = objective;
		return { status: optimal ? 'optimal' : 'feasible', roster: readRoster(instance, current, mip, sol.colValue), objective, bound };
	} finally {
		model.dispose();
	}
}
