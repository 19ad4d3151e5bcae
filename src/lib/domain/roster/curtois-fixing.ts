// Reduced-cost fixing for branch and price on the Curtois & Qu benchmark (the textbook argument for
// column generation, e.g. Irnich, Desaulniers et al., "Path-reduced costs for eliminating arcs in
// routing and scheduling", INFORMS J. Computing 2010, applied to employee-day cells).
//
// Model: for duals y (cover rows, clipped so every slack's reduced cost is ≥ 0) the Lagrangian
// bound is L = Σ y·requirement + Σ_e b_e + aggregate term, where b_e is a lower bound on employee
// e's least reduced cost (row cost − y·a). Any roster's objective is L plus a sum of non-negative
// parts, one of which is rc(row_e) − b_e for each employee. So a roster of objective ≤ T uses, for
// every employee, a row with rc − b_e ≤ δ = T − L, and a cell "employee e takes value v on day d"
// (v a shift or OFF) whose best row has rc − b_e > δ can be forbidden in every node searching
// for such rosters. The best row through a cell is the pricing DP with that day forced; its lower
// bound (`PriceResult.bound`) keeps the test valid when a resource was priced by penalties.
// Cost: one DP a cell, so the gaps are computed lazily, only for cells that no known row (a pool
// column, or the row of an earlier forced DP) already shows to be within δ, and only until the
// caller's time is up; a cell never computed stays allowed.
// Limits: valid only for rosters of objective ≤ T, and only with the duals and b_e the bound L was
// computed from (one LP and its pricing round, under no fixes; converged or not, a tighter L fixes more).
import type { CurtoisInstance } from './curtois-format';
import { OFF } from './curtois-model';
import { priceRow, type Pricer } from './curtois-pricing';
import type { Column } from './curtois-master';

/** A cell "employee e takes value v on day d" (v a shift index or OFF). */
export interface Cell {
	e: number;
	d: number;
	v: number;
}

export interface CellFixing {
	/** Cells no roster within `delta` of the bound can use (computing missing gaps until `until`). */
	forbidden(delta: number, until: number): Cell[];
	/** Forced DPs run so far. */
	runs(): number;
}

/** Margin for round-off in the duals (objective units). */
const EPS = 1e-6;

/**
 * `y`: the cover duals of the bound; `mins[e]`: the b_e of the bound (request cost included, as in
 * the columns' cost); `onTotal[e]`: the constant of employee e's row cost.
 */
export function createCellFixing(
	instance: CurtoisInstance,
	pricers: readonly Pricer[],
	reqWork: readonly Float64Array[],
	onTotal: ArrayLike<number>,
	y: ArrayLike<number>,
	mins: ArrayLike<number>,
	columns: readonly Column[],
	now: () => number,
	maxEntries: number
): CellFixing {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const E = instance.staff.length;
	const V = S + 1; // OFF at index 0, then the shifts
	const cell = (e: number, d: number, v: number) => (e * H + d) * V + v + 1;
	/** Least known rc − b_e of a row through the cell (an upper bound on the gap). */
	const known = new Float64Array(E * H * V).fill(Infinity);
	/** Lower bound on the gap from the forced DP (NaN: not computed). */
	const gap = new Float64Array(E * H * V).fill(NaN);
	const rowGap = (e: number, row: readonly number[], cost: number) => {
		let rc = cost;
		for (let d = 0; d < H; d++) if (row[d] !== OFF) rc -= y[d * S + row[d]!]!;
		return rc - mins[e]!;
	};
	const note = (e: number, row: readonly number[], g: number) => {
		for (let d = 0; d < H; d++) { const c = cell(e, d, row[d]!); if (g < known[c]!) known[c] = g; }
	};
	for (const col of columns) note(col.employee, col.row, rowGap(col.employee, col.row, col.cost));
	const work = new Float64Array(H * S);
	const off = new Float64Array(H);
	let runs = 0;
	const force = (e: number, d: number, v: number) => {
		const req = reqWork[e]!;
		for (let k = 0; k < H * S; k++) work[k] = req[k]! - y[k]!;
		off.fill(0);
		for (let s = 0; s < S; s++) if (s !== v) work[d * S + s] = Infinity;
		if (v !== OFF) off[d] = Infinity;
		runs++;
		const r = priceRow(pricers[e]!, { work, off, maxEntries });
		const c = cell(e, d, v);
		if (r === null) gap[c] = Infinity; // no row takes this value on this day
		else if (r === 'tooLarge' || !(r.bound > -Infinity)) gap[c] = -Infinity; // unknown: stays allowed
		else {
			gap[c] = r.bound + onTotal[e]! - mins[e]!;
			if (r.exact) note(e, r.row, r.cost + onTotal[e]! - mins[e]!);
		}
	};
	return {
		runs: () => runs,
		forbidden(delta, until) {
			const out: Cell[] = [];
			let late = false;
			for (let e = 0; e < E; e++) {
				const p = pricers[e]!;
				for (let d = 0; d < H; d++)
					for (let v = OFF; v < S; v++) {
						if (v !== OFF && (!p.allowed[v] || p.dayOff[d])) continue; // never in a row anyway
						const c = cell(e, d, v);
						if (known[c]! <= delta + EPS) continue;
						if (Number.isNaN(gap[c]!)) {
							// The clock is read before every DP: a DP takes 1–20 ms on most instances but about
							// 110 ms on 10 with penalty-priced employees, where a read every 8 DPs overran the
							// budget by up to 0.9 s a call.
							if (late || (late = now() >= until)) continue;
							force(e, d, v);
							if (known[c]! <= delta + EPS) continue;
						}
						if (gap[c]! > delta + EPS) out.push({ e, d, v });
					}
			}
			return out;
		}
	};
}
