// Exact dynamic program for one employee's best row in the Curtois & Qu shift scheduling
// benchmark: the resource-constrained shortest path used as the pricing problem of column
// generation and as the "re-optimise one employee" move of the local search (Burke & Curtois 2014,
// "New approaches to nurse rostering benchmark instances", EJOR 237(1); Curtois & Qu 2014).
//
// Model: the caller gives a cost for working shift s on day d (work[d*S+s], +Infinity = forbidden)
// and optionally a cost for a day off (off[d]); the DP returns a row of least total cost over the
// days of a window [from, to) that satisfies every hard constraint of the employee, with the days
// outside the window fixed to `row` (whole horizon by default). Hard constraints as in
// curtois-model.ts: days off, shift rotation, max shifts per type, min/max total minutes, max and
// min consecutive shifts, min consecutive days off (blocks touching a horizon edge are exempt from
// the two minimums), max weekends.
// State: day × local state (off-run length capped at the minimum, or rotation class of the last
// shift × work-run length × "run started on day 0") × minutes used (in units of the gcd of the
// shift lengths) × weekends used × counts of capped shift types.
// Weekends and per-type caps are tracked only when they are found to bind: the DP first solves the
// relaxation without them, and adds the resource whose limit the answer breaks, then solves again
// (the added resources stay on for that employee). The relaxation's optimum is the true optimum as
// soon as it satisfies every limit, so the result is exact. When tracking would make the table too
// large, the resource is priced instead (a Lagrange multiplier per shift of a capped type or per
// weekend worked, doubled while the answer breaks the limit): the row is then feasible but maybe
// not the best, and `bound` is the best Lagrangian value met (penalised optimum − Σ μ·limit).
// Limits: a partial window must start on a Monday (from % 7 = 0) and end on a Monday or at the
// horizon, so that no weekend is split. The table has days × local states × resource values
// entries; above `maxEntries` the call reports `tooLarge` and the caller uses a shorter window.
// `openEnd` solves a window whose later days are not decided yet (construction of long horizons):
// the row's end is then free and the minutes, weekend and cap budgets are pro-rated to the days
// covered so far, which is a heuristic, not an exact rule.
import type { CurtoisInstance } from './curtois-format';
import { OFF, weekendWorked } from './curtois-model';

export interface Pricer {
	instance: CurtoisInstance;
	employee: number;
	/** gcd of the lengths of the shifts this employee may work (minutes per unit). */
	unit: number;
	lenUnits: Int32Array;
	allowed: Uint8Array;
	classOf: Int32Array;
	/** forbidNext[k * S + s] = 1 when shift s may not follow a shift of rotation class k. */
	forbidNext: Uint8Array;
	classes: number;
	/** Off states (run lengths 1..offStates, the last one meaning "long enough"). */
	offStates: number;
	cmax: number;
	cmin: number;
	omin: number;
	locals: number;
	dayOff: Uint8Array;
	/** Longest allowed shift, in units. */
	longest: number;
	/** Resources switched on because a relaxed answer broke them. */
	trackWeekends: boolean;
	trackCaps: Set<number>;
	/** Number of DP runs (for tests and logs: counts instead of timings). */
	runs: number;
	/** Resources too costly to track exactly (the table would be too large): priced by penalty. */
	penalized: Set<number>;
	/** Penalties (Lagrange multipliers) on those resources where the last call ended. */
	multipliers: { caps: Map<number, number>; weekend: number };
}

// One scratch table for all pricers: the DP runs one call at a time (single thread).
// The table is sparse (on the benchmark 2–10 % of its entries are ever reached, fewer when weekends
// or caps are tracked), so it is never cleared: an entry holds a value only when its `stamp` is this
// call's number, and `reached` lists, day after day, the entries that got one; the sweep walks a
// day's list, or the day's part of the table when the list is long. Speed against clearing and
// sweeping the whole table: bench/roster-pricing.ts (figures in bench/README.md).
let scratch: { val: Float64Array; prev: Int32Array; pick: Int8Array; stamp: Int32Array; reached: Int32Array } | null = null;
let call = 0;
/** A day is swept whole when it reached more than 1/DENSE_SWEEP of its entries (16: fastest of 4, 16, 64 in single runs on instances 10 and 13). */
const DENSE_SWEEP = 16;
/** Pseudo shift index standing for the weekend resource in `penalized`. */
const WEEKENDS = -1;

export interface PriceRequest {
	/** work[d * S + s]: cost of working shift s on day d. */
	work: ArrayLike<number>;
	/** off[d]: cost of a day off on d (0 when omitted). */
	off?: ArrayLike<number>;
	from?: number;
	to?: number;
	/** The fixed days outside [from, to) (required when the window is not the whole horizon). */
	row?: readonly number[];
	openEnd?: boolean;
	/** Largest DP table (entries) this call may allocate. */
	maxEntries?: number;
}

export interface PriceResult {
	/** Cost of the window days of `row` (work and off costs summed over [from, to)). */
	cost: number;
	/** The whole row: window days chosen, other days copied from the request's row. */
	row: number[];
	/** False when a resource was handled by penalties: the row is feasible but maybe not the best. */
	exact: boolean;
	/** A lower bound on the best cost (the optimum of a relaxation); equals `cost` when exact. */
	bound: number;
}

export const DEFAULT_MAX_ENTRIES = 4_000_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export function createPricer(instance: CurtoisInstance, employee: number): Pricer {
	const S = instance.shifts.length;
	const H = instance.horizon;
	const m = instance.staff[employee]!;
	const allowed = new Uint8Array(S);
	let unit = 0;
	for (let s = 0; s < S; s++)
		if (m.maxShifts[s]! > 0) {
			allowed[s] = 1;
			unit = gcd(unit, instance.shifts[s]!.minutes);
		}
	if (unit === 0) unit = 1;
	const lenUnits = new Int32Array(S);
	for (let s = 0; s < S; s++) lenUnits[s] = Math.round(instance.shifts[s]!.minutes / unit);
	// Rotation classes: shifts whose "cannot follow" sets agree (restricted to allowed shifts)
	// lead to the same successor options, so the state needs only the class.
	const classOf = new Int32Array(S).fill(-1);
	const keys = new Map<string, number>();
	for (let s = 0; s < S; s++) {
		if (!allowed[s]) continue;
		const key = instance.shifts[s]!.cannotFollow.filter((t) => allowed[t]).sort((a, b) => a - b).join(',');
		let k = keys.get(key);
		if (k === undefined) { k = keys.size; keys.set(key, k); }
		classOf[s] = k;
	}
	const classes = keys.size;
	const forbidNext = new Uint8Array(Math.max(1, classes) * S);
	for (let s = 0; s < S; s++) if (allowed[s]) for (const t of instance.shifts[s]!.cannotFollow) forbidNext[classOf[s]! * S + t] = 1;
	const offStates = Math.max(1, m.minConsecutiveDaysOff);
	const cmax = Math.max(0, Math.min(m.maxConsecutiveShifts, H));
	const dayOff = new Uint8Array(H);
	for (const d of m.daysOff) dayOff[d] = 1;
	return {
		instance, employee, unit, lenUnits, allowed, classOf, forbidNext, classes, offStates, cmax,
		cmin: m.minConsecutiveShifts, omin: m.minConsecutiveDaysOff, locals: offStates + classes * cmax * 2,
		dayOff, longest: Math.max(0, ...[...lenUnits].filter((_, s) => allowed[s])), trackWeekends: false, trackCaps: new Set(), runs: 0, penalized: new Set(), multipliers: { caps: new Map(), weekend: 0 }
	};
}

/** Best row for the request, `null` when no row satisfies the hard constraints, or 'tooLarge'. */
export function priceRow(p: Pricer, req: PriceRequest): PriceResult | null | 'tooLarge' {
	const inst = p.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const m = inst.staff[p.employee]!;
	const a = req.from ?? 0;
	const b = req.to ?? H;
	if (a < 0 || b > H || a >= b) throw new Error(`bad window [${a}, ${b}) for horizon ${H}`);
	if ((a > 0 || b < H) && req.row === undefined) throw new Error('a partial window needs the fixed row');
	if (a % 7 !== 0 || (b % 7 !== 0 && b !== H)) throw new Error(`window [${a}, ${b}) splits a weekend`);
	const row = req.row ?? new Array<number>(H).fill(OFF);
	const open = req.openEnd === true && b < H;
	// Lagrangian-style penalties on resources too costly to track: per shift of a capped type, per
	// weekend worked (charged once per weekend by the transitions, not per weekend day, so a large
	// penalty minimises the number of weekends, which is what the limit counts).
	// The multipliers start from half of where the employee's previous call ended (across column
	// generation rounds this acts as a crude subgradient step on the Lagrangian bound).
	// Whole-horizon calls only: windows see other cost scales.
	const whole = a === 0 && b === H;
	const pen = { caps: new Map<number, number>(), weekend: whole ? p.multipliers.weekend / 2 : 0 };
	if (whole) for (const [s, c] of p.multipliers.caps) pen.caps.set(s, c / 2);
	let penalized = pen.weekend > 0 || pen.caps.size > 0;
	let relaxed = -Infinity; // best lower bound met so far (a relaxation or a Lagrangian value)
	const base = 1 + maxAbs(req.work);
	for (let guard = 0; guard < 60; guard++) {
		let r = solveOnce(p, req, row, a, b, open, false, penalized ? pen : null);
		if (r === 'tooLarge') {
			// Drop the most recently tracked resource to penalties, unless nothing optional is tracked.
			const caps = [...p.trackCaps];
			if (caps.length > 0) { p.trackCaps.delete(caps[caps.length - 1]!); p.penalized.add(caps[caps.length - 1]!); continue; }
			if (p.trackWeekends) { p.trackWeekends = false; p.penalized.add(WEEKENDS); continue; }
			return r;
		}
		let loose = false;
		if (r === null && open) { r = solveOnce(p, req, row, a, b, true, true, penalized ? pen : null); loose = true; }
		if (r === 'tooLarge') return r;
		if (r === null) return null;
		if (!loose && !open && a === 0 && b === H) {
			// Lagrangian bound: for multipliers μ ≥ 0 on the penalised limits, the penalised optimum
			// minus Σ μ·limit is at most the cost of any row that keeps those limits.
			let value = r.cost;
			if (penalized) {
				value -= pen.weekend * m.maxWeekends;
				for (const [s, c] of pen.caps) value -= c * m.maxShifts[s]!;
			}
			if (value > relaxed) relaxed = value;
		}
		const broken = brokenResources(p, r.row, a, b, open, open && !loose);
		const tracked = broken.filter((x) => !p.penalized.has(x));
		if (tracked.length > 0) {
			for (const x of tracked) { if (x === WEEKENDS) p.trackWeekends = true; else p.trackCaps.add(x); }
			continue;
		}
		if (broken.length > 0) {
			// Penalised resources broken: raise the cost of each broken one (heuristic, not exact).
			penalized = true;
			for (const x of broken) {
				// Whole rows start low (a better Lagrangian bound), windows high (fewer DP runs).
				const first = whole ? base / 8 : base;
				if (x === WEEKENDS) pen.weekend = pen.weekend === 0 ? first : pen.weekend * 2;
				else pen.caps.set(x, (pen.caps.get(x) ?? 0) === 0 ? first : pen.caps.get(x)! * 2);
			}
			if (pen.weekend > 1e12 || [...pen.caps.values()].some((v) => v > 1e12)) return null;
			continue;
		}
		if (whole) p.multipliers = { caps: new Map(pen.caps), weekend: pen.weekend };
		if (penalized) {
			let cost = 0;
			for (let d = a; d < b; d++) cost += r.row[d] === OFF ? (req.off ? req.off[d]! : 0) : req.work[d * S + r.row[d]!]!;
			return { cost, row: r.row, exact: false, bound: relaxed };
		}
		return r; // optimal for a relaxation and feasible: exact
	}
	return null;
}

function maxAbs(xs: ArrayLike<number>): number {
	let m = 0;
	for (let i = 0; i < xs.length; i++) { const v = Math.abs(xs[i]!); if (v < Infinity && v > m) m = v; }
	return m;
}

/**
 * Share of a "most" limit that an open window ending at day b may spend: pro-rated, plus one so
 * that early windows aren't forced below what a tight roster needs (the last window gets the rest).
 */
function prorate(limit: number, b: number, H: number): number {
	return Math.min(limit, Math.ceil((limit * b) / H) + 1);
}

/** Resources (WEEKENDS or shift indexes) whose limit `row` breaks. */
function brokenResources(p: Pricer, row: readonly number[], a: number, b: number, open: boolean, prorated: boolean): number[] {
	const inst = p.instance;
	const m = inst.staff[p.employee]!;
	const last = open ? b : inst.horizon;
	const out: number[] = [];
	let w = 0;
	for (let sat = 5; sat < last; sat += 7) if (weekendWorked(row, sat, last)) w++;
	if (w > (prorated ? prorate(m.maxWeekends, b, inst.horizon) : m.maxWeekends)) out.push(WEEKENDS);
	const counts = new Int32Array(inst.shifts.length);
	for (let d = 0; d < last; d++) if (row[d]! >= 0) counts[row[d]!]! += 1;
	for (let s = 0; s < inst.shifts.length; s++) {
		const cap = prorated ? prorate(m.maxShifts[s]!, b, inst.horizon) : m.maxShifts[s]!;
		if (counts[s]! > cap) out.push(s);
	}
	return out;
}

/**
 * Most days the employee can work in [from, to) under days off, max consecutive shifts and min
 * consecutive days off (an upper bound: minutes, weekends, caps and the entry state are ignored).
 */
function mostWorkDays(p: Pricer, from: number, to: number): number {
	const cmax = p.cmax;
	const Op = p.offStates;
	// f[l] for work runs of length l (1..cmax), g[o] for off runs of length o+1 (0..Op−1, last = long enough).
	let f = new Array<number>(cmax + 1).fill(-Infinity);
	let g = new Array<number>(Op).fill(-Infinity);
	g[Op - 1] = 0;
	for (let d = from; d < to; d++) {
		const nf = new Array<number>(cmax + 1).fill(-Infinity);
		const ng = new Array<number>(Op).fill(-Infinity);
		const anyWork = Math.max(-Infinity, ...f.slice(1));
		ng[0] = Math.max(ng[0]!, anyWork);
		for (let o = 0; o < Op; o++) ng[Math.min(o + 1, Op - 1)] = Math.max(ng[Math.min(o + 1, Op - 1)]!, g[o]!);
		if (!p.dayOff[d] && cmax >= 1) {
			nf[1] = g[Op - 1]! + 1;
			for (let l = 1; l < cmax; l++) nf[l + 1] = Math.max(nf[l + 1]!, f[l]! + 1);
		}
		f = nf;
		g = ng;
	}
	return Math.max(0, ...f.slice(1), ...g);
}

function solveOnce(p: Pricer, req: PriceRequest, row: readonly number[], a: number, b: number, openEnd: boolean, loose: boolean, pen: { caps: Map<number, number>; weekend: number } | null): PriceResult | null | 'tooLarge' {
	p.runs++;
	const inst = p.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const m = inst.staff[p.employee]!;
	const { unit, lenUnits, allowed, classOf, forbidNext, offStates: Op, cmax, cmin, omin, locals: L, dayOff } = p;
	let work = req.work;
	if (pen !== null && pen.caps.size > 0) {
		const w2 = Float64Array.from(req.work as ArrayLike<number>);
		for (const [s, c] of pen.caps) for (let d = a; d < b; d++) w2[d * S + s]! += c;
		work = w2;
	}
	const weekendPen = pen === null ? 0 : pen.weekend;
	const offCost = req.off;
	const nDays = b - a;
	const last = openEnd ? b : H; // days from `last` on are unknown (open end) or absent

	// Resources used outside the window.
	let outUnits = 0;
	let outWeekends = 0;
	const outCount = new Int32Array(S);
	for (let d = 0; d < last; d++) {
		if (d >= a && d < b) continue;
		const s = row[d]!;
		if (s === OFF) continue;
		outUnits += lenUnits[s]!;
		outCount[s]! += 1;
	}
	for (let sat = 5; sat < last; sat += 7) {
		if (sat >= a && sat < b) continue;
		if (weekendWorked(row, sat, last)) outWeekends++;
	}
	// Share of the employee's available days (not days off) that fall before the window's end: the
	// pro-rated budgets follow availability, so a window full of days off is not asked for its share.
	let availBefore = 0;
	let availAll = 0;
	for (let d = 0; d < H; d++) if (!dayOff[d]) { availAll++; if (d < b) availBefore++; }
	const share = openEnd && !loose ? (availAll === 0 ? 1 : availBefore / availAll) : 1;
	const minU = Math.ceil(m.minTotalMinutes / unit);
	const maxU = Math.floor(m.maxTotalMinutes / unit);
	// What the days after an open window can still hold at most (longest shift on every day the
	// consecutive-work rules allow): the window must leave no more than that of the minimum.
	const restU = openEnd ? p.longest * mostWorkDays(p, b, H) : 0;
	// Pro-rated budgets: at least the share of the minimum so far (the DP, usually paid to work
	// less, would otherwise leave too much for the last window), up to two long shifts above the
	// share of the maximum.
	let loU = openEnd ? Math.max(loose ? 0 : Math.ceil(minU * share), minU - restU) - outUnits : minU - outUnits;
	let hiU = (openEnd && !loose ? Math.min(maxU, Math.ceil(maxU * share) + 2 * p.longest) : maxU) - outUnits;
	if (openEnd && !loose && hiU < loU) hiU = loU;
	if (hiU < 0) return null;
	loU = Math.max(0, loU);

	// Weekends and caps: tracked only when switched on and binding in this window.
	let W = 1;
	let weekendsTracked = false;
	if (p.trackWeekends) {
		const limit = openEnd && !loose ? prorate(m.maxWeekends, b, H) : m.maxWeekends;
		const rem = limit - outWeekends;
		if (rem < 0) return null;
		let inWindow = 0;
		for (let sat = 5; sat < b; sat += 7) if (sat >= a) inWindow++;
		if (rem < inWindow) { W = rem + 1; weekendsTracked = true; }
	}
	const capShift: number[] = [];
	const capDim: number[] = [];
	for (const s of p.trackCaps) {
		if (!allowed[s]) continue;
		const limit = openEnd && !loose ? prorate(m.maxShifts[s]!, b, H) : m.maxShifts[s]!;
		const rem = limit - outCount[s]!;
		if (rem < 0) return null;
		let days = 0;
		for (let d = a; d < b; d++) if (!dayOff[d]) days++;
		if (rem < days) { capShift.push(s); capDim.push(rem + 1); }
	}
	const capStride = new Int32Array(S); // 0 = shift not tracked
	const capSize = new Int32Array(S);
	let P = 1;
	for (let i = 0; i < capShift.length; i++) { capStride[capShift[i]!] = P; capSize[capShift[i]!] = capDim[i]!; P *= capDim[i]!; }
	// Most units still reachable after day t of the window (for pruning rows that can't reach loU).
	const ubRem = new Int32Array(nDays + 1);
	for (let t = nDays - 1; t >= 0; t--) ubRem[t] = ubRem[t + 1]! + (dayOff[a + t] ? 0 : p.longest);
	if (ubRem[0]! < loU) return null;
	hiU = Math.min(hiU, ubRem[0]!);
	const U = hiU + 1;
	const G = U * W * P;
	const entries = nDays * L * G;
	if (entries > (req.maxEntries ?? DEFAULT_MAX_ENTRIES)) return 'tooLarge';

	if (scratch === null || scratch.val.length < entries) {
		const size = Math.max(entries, 1 << 16);
		scratch = { val: new Float64Array(size), prev: new Int32Array(size), pick: new Int8Array(size), stamp: new Int32Array(size), reached: new Int32Array(size) };
		call = 0;
	}
	const { val, prev, pick, stamp, reached } = scratch;
	if (++call === 2 ** 31 - 1) { stamp.fill(0); call = 1; }
	const now = call;
	let nReached = 0;

	// Entry state: the run that day a − 1 ends (or "before day 0").
	let entryLocal = -1; // -1 = before the horizon
	if (a > 0) {
		const s = row[a - 1]!;
		let len = 1;
		const working = s !== OFF;
		while (a - 1 - len >= 0 && (row[a - 1 - len] !== OFF) === working) len++;
		const fromStart = a - 1 - len < 0;
		if (working) {
			if (len > cmax || classOf[s]! < 0) return null;
			entryLocal = Op + ((classOf[s]! * cmax + (len - 1)) * 2 + (fromStart ? 1 : 0));
		} else entryLocal = fromStart ? Op - 1 : Math.min(len, Op) - 1;
	}

	// Per day: for each "from" kind (a work class, or from off / start = classes), the cheapest
	// shift of each successor group (class, length, tracked cap).
	const kinds = p.classes + 1;
	const groupShift = new Int32Array(kinds * S);
	const groupCost = new Float64Array(kinds * S);
	const groupCount = new Int32Array(kinds);

	/** Entry idx takes value nv (from entry `from` of the day before, by shift s or −1 = off) if lower. */
	const relax = (idx: number, nv: number, from: number, s: number) => {
		if (stamp[idx] !== now) {
			if (!(nv < Infinity)) return;
			stamp[idx] = now;
			reached[nReached++] = idx;
		} else if (!(nv < val[idx]!)) return;
		val[idx] = nv; prev[idx] = from; pick[idx] = s;
	};
	/**
	 * Visits the entries of day t reached so far (listed at reached[from..to)) in table order, so that
	 * ties between equal rows resolve as in a full sweep: the sorted list when it is short, the day's
	 * part of the table when it is long (a sort of k entries costs more than the sweep once k·log k
	 * passes the day's size).
	 */
	const eachReached = (t: number, from: number, to: number, visit: (rel: number, local: number, gi: number) => void) => {
		const base = t * L * G;
		if ((to - from) * DENSE_SWEEP > L * G) {
			for (let local = 0; local < L; local++) {
				const lb = base + local * G;
				for (let gi = 0; gi < G; gi++) if (stamp[lb + gi] === now) visit(local * G + gi, local, gi);
			}
			return;
		}
		reached.subarray(from, to).sort();
		for (let i = from; i < to; i++) {
			const rel = reached[i]! - base;
			const local = Math.floor(rel / G);
			visit(rel, local, rel - local * G);
		}
	};

	const writeDay = (t: number, fromBase: number, local: number, gi: number, v: number) => {
		// Pushes every successor of state (local, gi) with cost v into day t.
		const d = a + t;
		const base = t * L * G;
		const offC = offCost ? offCost[d]! : 0;
		const sat = d % 7 === 5;
		const sun = d % 7 === 6;
		const u = Math.floor(gi / (W * P));
		const w = Math.floor(gi / P) % W;
		let isOff: boolean;
		let k = -1;
		let l = 0;
		let f = 0;
		if (local < 0) isOff = true; // before the horizon: any start is allowed
		else if (local < Op) isOff = true;
		else { isOff = false; const r = local - Op; f = r & 1; const kl = r >> 1; k = Math.floor(kl / cmax); l = (kl % cmax) + 1; }
		// Day off.
		if (!isOff ? f === 1 || l >= cmin : true) {
			let nl: number;
			if (local < 0) nl = Op - 1; // an off block from day 0 is exempt
			else if (isOff) nl = Math.min(local + 1, Op - 1);
			else nl = 0;
			if (u + ubRem[t + 1]! >= loU) {
				const idx = base + nl * G + gi;
				relax(idx, v + offC, fromBase, -1);
			}
		}
		if (dayOff[d]) return;
		// Work.
		let kind: number;
		let nlen: number;
		let nf: number;
		if (isOff) {
			if (local >= 0 && local !== Op - 1) return; // off run too short to end here
			kind = p.classes; nlen = 1; nf = local < 0 ? 1 : 0;
		} else {
			if (l + 1 > cmax) return;
			kind = k; nlen = l + 1; nf = f;
		}
		if (nlen > cmax) return;
		const newWeekend = sat || (sun && isOff && local >= 0);
		const dw = weekendsTracked && newWeekend ? 1 : 0;
		if (w + dw >= W) return;
		const wkC = newWeekend ? weekendPen : 0;
		const gBase = kind * S;
		for (let i = 0; i < groupCount[kind]!; i++) {
			const s = groupShift[gBase + i]!;
			const nu = u + lenUnits[s]!;
			if (nu > hiU || nu + ubRem[t + 1]! < loU) continue;
			let ngi = gi + lenUnits[s]! * W * P + dw * P;
			const cs = capStride[s]!;
			if (cs > 0) {
				if (Math.floor(gi / cs) % capSize[s]! + 1 >= capSize[s]!) continue;
				ngi += cs;
			}
			const nl = Op + ((classOf[s]! * cmax + (nlen - 1)) * 2 + nf);
			const idx = base + nl * G + ngi;
			relax(idx, v + groupCost[gBase + i]! + wkC, fromBase, s);
		}
	};

	let prevStart = 0;
	for (let t = 0; t < nDays; t++) {
		const d = a + t;
		// Successor groups of day d for each from-kind.
		const groupKey = new Map<number, number>();
		for (let kind = 0; kind < kinds; kind++) {
			groupCount[kind] = 0;
			groupKey.clear();
			if (dayOff[d]) continue;
			for (let s = 0; s < S; s++) {
				if (!allowed[s]) continue;
				if (kind < p.classes && forbidNext[kind * S + s]) continue;
				const c = work[d * S + s]!;
				if (!(c < Infinity)) continue;
				const key = capStride[s]! > 0 ? -1 - s : classOf[s]! * 4096 + lenUnits[s]!;
				const g = groupKey.get(key);
				if (g === undefined) {
					groupKey.set(key, groupCount[kind]!);
					groupShift[kind * S + groupCount[kind]!] = s;
					groupCost[kind * S + groupCount[kind]!] = c;
					groupCount[kind]! += 1;
				} else if (c < groupCost[kind * S + g]!) { groupShift[kind * S + g] = s; groupCost[kind * S + g] = c; }
			}
		}
		const start = nReached;
		if (t === 0) writeDay(0, -1, entryLocal, 0, 0);
		else {
			const pbase = (t - 1) * L * G;
			eachReached(t - 1, prevStart, start, (rel, local, gi) => writeDay(t, rel, local, gi, val[pbase + rel]!));
		}
		prevStart = start;
	}

	// Exit: the window's last run must join the fixed days that follow (or the horizon end).
	let suffix: { working: boolean; len: number; toEnd: boolean; first: number } | null = null;
	if (!openEnd && b < H) {
		const s = row[b]!;
		const working = s !== OFF;
		let len = 1;
		while (b + len < H && (row[b + len] !== OFF) === working) len++;
		suffix = { working, len, toEnd: b + len >= H, first: s };
	}
	const lastBase = (nDays - 1) * L * G;
	const exitOk = new Uint8Array(L);
	for (let local = 0; local < L; local++) {
		let ok = true;
		if (suffix !== null) {
			if (local < Op) {
				const o = local + 1;
				const satisfied = local === Op - 1;
				if (suffix.working) ok = satisfied && (suffix.toEnd || suffix.len >= cmin) && suffix.len <= cmax;
				else ok = satisfied || suffix.toEnd || o + suffix.len >= omin;
			} else {
				const r = local - Op;
				const f = r & 1;
				const kl = r >> 1;
				const k = Math.floor(kl / cmax);
				const l = (kl % cmax) + 1;
				if (suffix.working) ok = !forbidNext[k * S + suffix.first] && l + suffix.len <= cmax && (suffix.toEnd || f === 1 || l + suffix.len >= cmin);
				else ok = (f === 1 || l >= cmin) && (suffix.toEnd || suffix.len >= omin);
			}
		}
		exitOk[local] = ok ? 1 : 0;
	}
	// Ties: the first in table order, as a full sweep would.
	let bestIdx = -1;
	let best = Infinity;
	eachReached(nDays - 1, prevStart, nReached, (rel, local, gi) => {
		const v = val[lastBase + rel]!;
		if (exitOk[local] && v < best && Math.floor(gi / (W * P)) >= loU) { best = v; bestIdx = lastBase + rel; }
	});
	if (bestIdx < 0) return null;
	const out = row.slice(0, H) as number[];
	let idx = bestIdx;
	for (let t = nDays - 1; t >= 0; t--) {
		out[a + t] = pick[idx]!;
		const from = prev[idx]!;
		if (t > 0) idx = (t - 1) * L * G + from;
	}
	return { cost: best, row: out, exact: true, bound: best };
}


/** Entries of enumerateRows's backward table (8 bytes each) up to which it tracks weekends and caps. */
const RESOURCE_BOUND_ENTRIES = 1_000_000;

/**
 * Every feasible whole-horizon row of the employee whose cost is at most `limit` (rows at most
 * `maxRows`; 'tooMany' beyond, or when `stop` says time is up). Depth-first search over days with all resources tracked exactly,
 * pruned by a backward bound over (day, local state, minutes) that ignores weekends and caps.
 * Used to prove optimality: a row whose reduced cost exceeds the gap between an upper bound and
 * the Lagrangian bound cannot be part of a better roster.
 */
export function enumerateRows(p: Pricer, work: ArrayLike<number>, limit: number, maxRows: number, maxEntries = DEFAULT_MAX_ENTRIES, stop: () => boolean = () => false): number[][] | 'tooMany' | 'tooLarge' {
	const inst = p.instance;
	const H = inst.horizon;
	const S = inst.shifts.length;
	const m = inst.staff[p.employee]!;
	const { lenUnits, allowed, classOf, forbidNext, offStates: Op, cmax, cmin, locals: L, dayOff } = p;
	const loU = Math.ceil(m.minTotalMinutes / p.unit);
	const hiU = Math.floor(m.maxTotalMinutes / p.unit);
	if (hiU < 0) return [];
	const U = hiU + 1;
	if (H * L * U > maxEntries) return 'tooLarge';
	const decode = (local: number) => {
		if (local < Op) return { off: true, k: -1, l: 0, f: 0 };
		const r = local - Op;
		const kl = r >> 1;
		return { off: false, k: Math.floor(kl / cmax), l: (kl % cmax) + 1, f: r & 1 };
	};
	const offNext = (local: number): number => {
		if (local < 0) return Op - 1;
		if (local < Op) return Math.min(local + 1, Op - 1);
		const { f, l } = decode(local);
		return f === 1 || l >= cmin ? 0 : -2;
	};
	/** New local state after working s from `local`, or −2 when not allowed. */
	const workNext = (local: number, s: number): number => {
		if (local < 0) return cmax >= 1 ? Op + ((classOf[s]! * cmax) * 2 + 1) : -2;
		if (local < Op) return local === Op - 1 && cmax >= 1 ? Op + (classOf[s]! * cmax) * 2 : -2;
		const { k, l, f } = decode(local);
		if (l + 1 > cmax || forbidNext[k * S + s]) return -2;
		return Op + ((classOf[s]! * cmax + l) * 2 + f);
	};
	// The backward bound also tracks the weekends worked and the counts of capped shift types that
	// can bind (a limit below what the horizon allows), as many as fit in RESOURCE_BOUND_ENTRIES
	// (weekends first, then the tightest caps): without them the search walks every row that only
	// fails those limits at the end (bench/roster-enumerate.ts). The table is built before the
	// search and cannot be stopped halfway, hence the smaller limit; `stop` is checked between days.
	const weekendsInHorizon = Math.floor((H + 1) / 7);
	/** Working on day d from `local` (the state at the end of d − 1) starts a weekend worked. */
	const startsWeekend = (d: number, local: number) => d % 7 === 5 || (d % 7 === 6 && local >= 0 && local < Op);
	// Resource index r: tracked counts in mixed radix (stride 0 = not tracked).
	let R = 1;
	const fits = (limit: number) => H * L * U * R * (limit + 1) <= Math.min(maxEntries, RESOURCE_BOUND_ENTRIES);
	let wStride = 0;
	if (m.maxWeekends < weekendsInHorizon && fits(m.maxWeekends)) { wStride = R; R *= m.maxWeekends + 1; }
	const capStride = new Int32Array(S);
	const capped = [...Array(S).keys()].filter((s) => allowed[s] && m.maxShifts[s]! < H).sort((x, y) => m.maxShifts[x]! - m.maxShifts[y]!);
	for (const s of capped) if (fits(m.maxShifts[s]!)) { capStride[s] = R; R *= m.maxShifts[s]! + 1; }
	/** Count of a tracked resource (stride, limit) in index r. */
	const countIn = (r: number, stride: number, limit: number) => Math.floor(r / stride) % (limit + 1);
	/** Resource index after working s on day nd from `local` (state at the end of nd − 1), or −1. */
	const resNext = (r: number, local: number, nd: number, s: number): number => {
		let nr = r;
		if (wStride > 0 && startsWeekend(nd, local)) {
			if (countIn(r, wStride, m.maxWeekends) >= m.maxWeekends) return -1;
			nr += wStride;
		}
		const cs = capStride[s]!;
		if (cs > 0) {
			if (countIn(r, cs, m.maxShifts[s]!) >= m.maxShifts[s]!) return -1;
			nr += cs;
		}
		return nr;
	};
	// cb[((d * L + local) * U + u) * R + r]: least cost of days d+1.. from the state at the end of day d.
	const cb = new Float64Array(H * L * U * R).fill(Infinity);
	for (let local = 0; local < L; local++) for (let u = loU < 0 ? 0 : loU; u < U; u++) for (let r = 0; r < R; r++) cb[(((H - 1) * L + local) * U + u) * R + r] = 0;
	for (let d = H - 2; d >= 0; d--) {
		if (stop()) return 'tooMany';
		const nd = d + 1;
		for (let local = 0; local < L; local++) {
			const o = offNext(local);
			for (let u = 0; u < U; u++)
				for (let r = 0; r < R; r++) {
					let best = Infinity;
					if (o >= 0) best = cb[((nd * L + o) * U + u) * R + r]!;
					if (!dayOff[nd])
						for (let s = 0; s < S; s++) {
							if (!allowed[s] || !(work[nd * S + s]! < Infinity)) continue;
							const nu = u + lenUnits[s]!;
							if (nu > hiU) continue;
							const nl = workNext(local, s);
							if (nl < 0) continue;
							const nr = resNext(r, local, nd, s);
							if (nr < 0) continue;
							const v = work[nd * S + s]! + cb[((nd * L + nl) * U + nu) * R + nr]!;
							if (v < best) best = v;
						}
					cb[((d * L + local) * U + u) * R + r] = best;
				}
		}
	}
	const out: number[][] = [];
	const row = new Array<number>(H).fill(OFF);
	const counts = new Int32Array(S);
	let overflow = false;
	let nodes = 0;
	const eps = 1e-7;
	const dfs = (d: number, local: number, u: number, w: number, cost: number, r: number) => {
		if (overflow) return;
		if (++nodes % 4096 === 0 && stop()) { overflow = true; return; }
		if (d === H) { if (u >= loU) { if (out.length >= maxRows) { overflow = true; return; } out.push([...row]); } return; }
		const o = offNext(local);
		if (o >= 0 && cost + cb[((d * L + o) * U + u) * R + r]! <= limit + eps) { row[d] = OFF; dfs(d + 1, o, u, w, cost, r); }
		if (dayOff[d]) { row[d] = OFF; return; }
		const nw = w + (startsWeekend(d, local) ? 1 : 0);
		if (nw > m.maxWeekends) { row[d] = OFF; return; }
		for (let s = 0; s < S; s++) {
			if (!allowed[s] || counts[s]! >= m.maxShifts[s]!) continue;
			const c = work[d * S + s]!;
			if (!(c < Infinity)) continue;
			const nu = u + lenUnits[s]!;
			if (nu > hiU) continue;
			const nl = workNext(local, s);
			if (nl < 0) continue;
			const nr = resNext(r, local, d, s);
			if (nr < 0 || cost + c + cb[((d * L + nl) * U + nu) * R + nr]! > limit + eps) continue;
			row[d] = s;
			counts[s]! += 1;
			dfs(d + 1, nl, nu, nw, cost + c, nr);
			counts[s]! -= 1;
		}
		row[d] = OFF;
	};
	dfs(0, -1, 0, 0, 0, 0);
	return overflow ? 'tooMany' : out;
}
