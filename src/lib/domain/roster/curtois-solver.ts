// Optimizer for the Curtois & Qu shift scheduling benchmark: exact per-employee dynamic programs
// (curtois-pricing.ts) for construction and large-neighbourhood search, and column generation
// over employee rows (curtois-master.ts, HiGHS) for the lower bound and for restricted-master
// integer programs, after Burke & Curtois 2014 (EJOR) and Curtois & Qu 2014.
//
// Method:
//  1. Construction: employees one at a time in a seeded random order, each given its best row
//     against the cover of those already placed (exact DP over the horizon, or successive windows
//     with budgets pro-rated by available days when the horizon is too long for one table; when
//     the windows dead-end, one whole-horizon DP with a larger table and penalised weekends/caps).
//  2. Local search (LNS): re-optimise one employee exactly against everybody else's cover (the
//     marginal cover costs are exact when one row changes), or remove k employees over a window
//     of weeks (half the time around an under-covered shift) and put them back one by one in
//     random order; accept when not worse (threshold accepting early on), keep the best roster.
//  3. Column generation, when every employee's whole-horizon DP fits in memory: restricted master
//     LP over all rows met so far, pricing by the DP; the Lagrangian bound is the reported lower
//     bound. Branch and price on the employee-day values (curtois-branch.ts: best bound first
//     with plunging, several values fixed a step when the steps are slow, and two column-generation
//     rounds a node while diving (ten while proving); near the bound, cells that no better roster can
//     use by the root's reduced costs are forbidden in every node; every node's LP is
//     rounded and each employee's row re-optimised once against the others; a search that is
//     proving at the end of its share keeps the rest of the time; a new best roster 1–5 % above
//     the bound is polished by sub-MIPs, step 4), then LNS, then, alternately, the restricted
//     master IP (HiGHS) over the pool from the best roster, the reduced-cost IP (every row within δ
//     of its employee's least reduced cost; at δ = the gap it is a proof), sub-MIPs and LNS; stop
//     as soon as the objective meets the bound.
//  4. Sub-MIPs (curtois-mip-lns.ts): the compact model over a window of days for all employees
//     (or some of them), the rest fixed, solved exactly by HiGHS. Without column generation (13,
//     19–24) the DP search has the first 30 % of the time, then slices of 10 % go to whichever of
//     the two gained more in its last slice, the DP search while it gains 1 % a slice (`nextSlice`).
//     Alternating the two blindly from 30 % on was worse on 20–23 in scratch runs (21: 35186 against
//     26686), where the DP search gains fast to the end.
// Determinism: randomness from `random`, time from `now`; for a fixed seed the sequence of moves
// depends only on how many fit in the time limit.
// Limits: the bound is null when column generation could not run (long horizons) or no pricing
// round finished; the roster is proven optimal only when `proven` is true. HiGHS-wasm is single
// threaded and blocks; each call gets at most the time left, and the solver keeps 0.7 s spare (a tenth of short limits).
import { mulberry32, shuffle } from '../random';
import type { Highs } from 'highs';
import type { CurtoisInstance } from './curtois-format';
import { emptyRoster, evaluate, OFF, type Roster } from './curtois-model';
import { branchAndPrice } from './curtois-branch';
import { createMipLns } from './curtois-mip-lns';
import { createPricer, enumerateRows, priceRow, type Pricer } from './curtois-pricing';
import { addColumn, columnFor, createMaster, disposeMaster, priceRound, requestCosts, solveColumnsIp, solveMasterIp, solveMasterLp, type Column, type LpResult, type Master } from './curtois-master';

export interface SolveOptions {
	/** Seconds the whole solve may take. */
	timeLimitSeconds: number;
	/** Millisecond clock (Date.now in production; a fake in tests). */
	now: () => number;
	/** Uniform [0, 1) generator, e.g. mulberry32(seed). */
	random: () => number;
	/** Called with each new best objective (for progress output). */
	onImprove?: (objective: number, seconds: number) => void;
}

export interface SolveResult {
	/** Best feasible roster found, or null when none was found in time. */
	roster: Roster | null;
	objective: number | null;
	/** A valid lower bound on the optimum, rounded up to an integer, or null if none was proven. */
	lowerBound: number | null;
	proven: boolean;
	/** What happened, for logs: phases run and their counts. */
	log: string[];
}

export { mulberry32 };

/**
 * The best of several independent searches of one instance: the roster of least objective (the
 * first on ties), and the highest of their bounds (each is a valid bound, so their maximum is);
 * proven when that bound meets the objective. Log lines are prefixed with the search's number.
 */
export function combineResults(results: readonly SolveResult[]): SolveResult {
	let best: SolveResult | null = null;
	for (const r of results) if (r.roster !== null && r.objective !== null && (best === null || r.objective < best.objective!)) best = r;
	const bounds = results.map((r) => r.lowerBound).filter((b): b is number => b !== null);
	const lowerBound = bounds.length > 0 ? Math.max(...bounds) : null;
	const proven = best !== null && (best.proven || (lowerBound !== null && lowerBound >= best.objective!));
	const log = results.flatMap((r, i) => r.log.map((line) => `thread ${i + 1}: ${line}`));
	return { roster: best?.roster ?? null, objective: best?.objective ?? null, lowerBound, proven, log };
}

/** DP tables per employee above this many entries use windows of weeks instead of whole rows. */
const FULL_ROW_ENTRIES = 3_000_000;
/** Whole-horizon table for an employee whose windowed construction failed (13 bytes an entry). */
const FALLBACK_ROW_ENTRIES = 16_000_000;
/** Column generation runs only when one pricing round needs at most this many DP entries. */
const CG_ROUND_ENTRIES = 6_000_000;

interface Search {
	inst: CurtoisInstance;
	H: number;
	S: number;
	E: number;
	reqWork: Float64Array[];
	onTotal: Float64Array;
	pricers: Pricer[];
	roster: Roster;
	/** Cover counts per (d, s). */
	n: Int32Array;
	obj: number;
	work: Float64Array;
	/** Whole-horizon DP fits for this employee. */
	full: boolean[];
	/** Window length in weeks for employees whose whole row doesn't fit. */
	weeks: number[];
	/** Employees whose windowed construction dead-ended (for the log). */
	fallbacks: number;
}

function coverPenalty(inst: CurtoisInstance, k: number, n: number): number {
	const c = inst.cover[k];
	if (!c) return 0;
	return n < c.requirement ? c.underWeight * (c.requirement - n) : c.overWeight * (n - c.requirement);
}

function createSearch(inst: CurtoisInstance): Search {
	const H = inst.horizon;
	const S = inst.shifts.length;
	const E = inst.staff.length;
	const { reqWork, onTotal } = requestCosts(inst);
	let obj = 0;
	for (let e = 0; e < E; e++) obj += onTotal[e]!;
	for (let k = 0; k < H * S; k++) obj += coverPenalty(inst, k, 0);
	return {
		inst, H, S, E, reqWork, onTotal,
		pricers: inst.staff.map((_, e) => createPricer(inst, e)),
		roster: emptyRoster(inst), n: new Int32Array(H * S), obj,
		work: new Float64Array(H * S), full: inst.staff.map(() => true), weeks: inst.staff.map(() => Math.min(8, Math.ceil(H / 7))), fallbacks: 0
	};
}

/** Replaces employee e's row, keeping the cover counts and the objective in step. */
function setRow(st: Search, e: number, row: readonly number[]) {
	const { S, inst } = st;
	const old = st.roster[e]!;
	const req = st.reqWork[e]!;
	for (let d = 0; d < st.H; d++) {
		const a = old[d]!;
		const b = row[d]!;
		if (a === b) continue;
		if (a !== OFF) {
			const k = d * S + a;
			st.obj += coverPenalty(inst, k, st.n[k]! - 1) - coverPenalty(inst, k, st.n[k]!) - req[k]!;
			st.n[k]! -= 1;
		}
		if (b !== OFF) {
			const k = d * S + b;
			st.obj += coverPenalty(inst, k, st.n[k]! + 1) - coverPenalty(inst, k, st.n[k]!) + req[k]!;
			st.n[k]! += 1;
		}
		old[d] = b;
	}
}

/** Marginal work costs of employee e over [a, b) against everybody else's cover. */
function fillWork(st: Search, e: number, a: number, b: number) {
	const { S, inst, work } = st;
	const row = st.roster[e]!;
	const req = st.reqWork[e]!;
	for (let d = a; d < b; d++)
		for (let s = 0; s < S; s++) {
			const k = d * S + s;
			const others = st.n[k]! - (row[d] === s ? 1 : 0);
			work[k] = req[k]! + coverPenalty(inst, k, others + 1) - coverPenalty(inst, k, others);
		}
}

/**
 * Best row for e over [a, b) (whole horizon when it fits) against the others; applied when it is
 * not worse (or always, with `force`). Returns the change of objective, or null when none found.
 */
function reoptimize(st: Search, e: number, a: number, b: number, force: boolean, openEnd = false, maxEntries = FULL_ROW_ENTRIES): number | null {
	fillWork(st, e, a, b);
	const row = st.roster[e]!;
	let old = 0;
	for (let d = a; d < b; d++) if (row[d] !== OFF) old += st.work[d * st.S + row[d]!]!;
	const res = priceRow(st.pricers[e]!, { work: st.work, from: a, to: b, row, openEnd, maxEntries });
	if (res === 'tooLarge') {
		if (maxEntries !== FULL_ROW_ENTRIES) return null;
		if (a === 0 && b === st.H) st.full[e] = false;
		else st.weeks[e] = Math.max(1, st.weeks[e]! - 1);
		return null;
	}
	if (res === null) return null;
	const delta = res.cost - old;
	if (force || delta <= 1e-9) setRow(st, e, res.row);
	return delta;
}

/** A window of weeks for e: the whole horizon when its DP fits, else `weeks[e]` weeks at random. */
function pickWindow(st: Search, e: number, random: () => number): [number, number] {
	if (st.full[e]) return [0, st.H];
	const weeksTotal = Math.ceil(st.H / 7);
	const w = Math.min(weeksTotal, st.weeks[e]!);
	const start = Math.floor(random() * (weeksTotal - w + 1));
	return [start * 7, Math.min(st.H, (start + w) * 7)];
}

/** Places employee e from scratch (its row is all off). False when no feasible row was found. */
function construct(st: Search, e: number): boolean {
	if (st.full[e]) {
		const r = reoptimize(st, e, 0, st.H, true);
		if (r !== null) return true;
		if (st.full[e]) return false; // exact DP: no feasible row exists
	}
	// Long horizon: successive windows, each open-ended except the last.
	for (let attempt = 0; attempt < 3; attempt++) {
		const weeks = Math.max(1, st.weeks[e]! - attempt);
		setRow(st, e, new Array<number>(st.H).fill(OFF));
		let ok = true;
		for (let a = 0; a < st.H && ok; a += weeks * 7) {
			const b = Math.min(st.H, a + weeks * 7);
			const r = reoptimize(st, e, a, b, true, b < st.H);
			if (r === null) ok = false;
		}
		if (ok) return true;
	}
	// The pro-rated windows dead-ended (budgets spent too early or too late): one whole-horizon DP
	// with a larger table, where weekends and caps fall back to penalties if they don't fit.
	setRow(st, e, new Array<number>(st.H).fill(OFF));
	st.fallbacks++;
	if (reoptimize(st, e, 0, st.H, true, false, FALLBACK_ROW_ENTRIES) !== null) return true;
	setRow(st, e, new Array<number>(st.H).fill(OFF));
	return false;
}

export function solveCurtois(highs: Highs, instance: CurtoisInstance, opts: SolveOptions): SolveResult {
	const t0 = opts.now();
	const deadline = t0 + opts.timeLimitSeconds * 1000 - Math.min(700, opts.timeLimitSeconds * 100);
	const left = () => (deadline - opts.now()) / 1000;
	const elapsed = () => ((opts.now() - t0) / 1000).toFixed(1);
	const log: string[] = [];
	const st = createSearch(instance);
	const { E, H } = st;
	const random = opts.random;

	// Whole-horizon DP per employee when its table fits.
	for (let e = 0; e < E; e++) st.full[e] = estimateEntries(st.pricers[e]!) <= FULL_ROW_ENTRIES;

	let best: Roster | null = null;
	let bestObj = Infinity;
	let lowerBound: number | null = null;
	const record = () => {
		if (st.obj < bestObj - 1e-9) {
			bestObj = st.obj;
			best = st.roster.map((r) => [...r]);
			opts.onImprove?.(bestObj, (opts.now() - t0) / 1000);
		}
	};
	const restoreBest = () => { if (best) for (let e = 0; e < E; e++) setRow(st, e, best[e]!); };
	const done = () => lowerBound !== null && bestObj <= lowerBound;
	const finish = (extra: string[] = []): SolveResult => {
		log.push(...extra);
		if (best === null) return { roster: null, objective: null, lowerBound: null, proven: false, log };
		const ev = evaluate(instance, best);
		if (!ev.feasible || ev.objective !== bestObj) throw new Error(`internal error: roster check failed (${ev.violations[0]?.message ?? `objective ${ev.objective} ≠ ${bestObj}`})`);
		let lb = lowerBound;
		if (lb !== null && lb > bestObj) lb = bestObj; // rounding guard; cannot happen with a valid bound
		if (lb !== null && lb <= 0 && bestObj !== 0) lb = null;
		return { roster: best, objective: bestObj, lowerBound: lb, proven: lb !== null && lb >= bestObj, log };
	};

	// 1. Construction.
	for (const e of shuffle([...Array(E).keys()], random)) {
		if (left() <= 0) return finish(['construction ran out of time']);
		if (!construct(st, e)) {
			// Not a proof of infeasibility: the pro-rated windows and the penalty fallback are heuristics.
			return finish([`construction found no row for employee ${instance.staff[e]!.id}`]);
		}
	}
	record();
	log.push(`construction ${bestObj} at ${elapsed()}s${st.fallbacks > 0 ? `, ${st.fallbacks} whole-horizon fallbacks` : ''}`);

	// Local search for a while (also the whole run when column generation is not possible).
	// Column generation when a pricing round (every employee's whole-row DP) is cheap enough.
	const roundEntries = st.pricers.reduce((n, p) => n + estimateEntries(p), 0);
	const colgen = st.full.every((f) => f) && roundEntries <= CG_ROUND_ENTRIES;
	const lns = makeLns(st, random, opts.now);
	const mipLns = createMipLns(highs, instance, random, opts.now);
	const runMipLns = (ms: number, master?: Master, patience?: number) => {
		if (best === null) return;
		mipLns.run(best, bestObj, Math.min(deadline, opts.now() + ms), lowerBound ?? -Infinity, (roster) => {
			for (let e = 0; e < E; e++) { setRow(st, e, roster[e]!); if (master) addColumn(master, e, roster[e]!); }
			record();
		}, patience);
		restoreBest();
	};
	if (!colgen) {
		// Without column generation: the DP local search, then time slices of it or of sub-MIPs (`nextSlice`).
		const sliceMs = (deadline - t0) * SLICE_SHARE;
		lns.run(Math.min(deadline, t0 + (deadline - t0) * DP_FIRST_SHARE), record);
		let turn: SliceTurn = { mip: false, dpGain: Infinity, mipGain: null };
		let mipSlices = 0;
		while (left() > 0.2) {
			const before = bestObj;
			if (turn.mip) { runMipLns(sliceMs); mipSlices++; }
			else lns.run(Math.min(deadline, opts.now() + sliceMs), record);
			turn = nextSlice(turn, (before - bestObj) / Math.max(1, Math.abs(before)));
		}
		log.push(`lns ${lns.stats()} sub-mip ${mipSlices} slices (${mipLns.stats()}), best ${bestObj} at ${elapsed()}s`);
		return finish();
	}
	lns.run(Math.min(deadline, opts.now() + Math.min(2000, (deadline - t0) * 0.05)), record);
	log.push(`lns ${lns.stats()} best ${bestObj} at ${elapsed()}s`);

	// 2. Column generation.
	const master = createMaster(highs, instance);
	try {
		for (let e = 0; e < E; e++) { addColumn(master, e, st.roster[e]!); if (best) addColumn(master, e, best[e]!); }
		const cgEnd = opts.now() + (deadline - opts.now()) * 0.5;
		let rounds = 0;
		let converged = false;
		let lpValue = Infinity;
		let lag: Lagrangian | null = null;
		let lpMs = 0;
		let priceMs = 0;
		while (opts.now() < cgEnd && !done()) {
			const t1 = opts.now();
			const lp = solveMasterLp(master, left());
			lpMs += opts.now() - t1;
			if (lp === null) break;
			lpValue = lp.value;
			rounds++;
			const t2 = opts.now();
			const r = price(st, master, lp);
			priceMs += opts.now() - t2;
			// Only the Lagrangian value is a bound: the restricted LP's value is an upper estimate of
			// the LP optimum (within solver tolerances) even when no column prices out.
			if (r.bound !== null && (lag === null || r.bound.value > lag.value)) { lag = r.bound; lowerBound = Math.max(lowerBound ?? -Infinity, ceilBound(lag.value)); }
			if (r.added === 0) { converged = true; break; }
		}
		log.push(`column generation ${rounds} rounds (lp ${(lpMs / 1000).toFixed(1)}s, pricing ${(priceMs / 1000).toFixed(1)}s), ${master.columns.length} columns, ${converged ? 'converged' : 'stopped'}, lp ${lpValue.toFixed(2)}, bound ${lowerBound} at ${elapsed()}s`);

		// 3. Restricted master IP and local search, alternately.
		if (!done() && left() > 1) {
			let polishMs = 0;
			const bnpStart = opts.now();
			const bp = branchAndPrice({
				master, pricers: st.pricers, reqWork: st.reqWork, onTotal: st.onTotal, now: opts.now,
				until: opts.now() + left() * 1000 * BNP_SHARE, proofUntil: deadline, rootBound: lag?.value ?? -Infinity, incumbent: bestObj,
				maxEntries: FULL_ROW_ENTRIES, maxRounds: BNP_ROUNDS, diveRounds: BNP_DIVE_ROUNDS, asideMs: () => polishMs,
				onRoster: (roster) => {
					for (let e = 0; e < E; e++) setRow(st, e, roster[e]!);
					record();
					// Polish: each employee once more against the others (exact DP, only ever better).
					for (let e = 0; e < E; e++) if (st.full[e]) reoptimize(st, e, 0, H, false);
					const before = bestObj;
					record();
					// A new best roster near the bound (a dive's leaf): sub-MIPs over windows of days,
					// briefly. Rosters far above the bound come from nodes high in a dive, whose later
					// leaves beat them anyway; within 1 % the tree is close to proving, and in scratch
					// runs polishing there cost 5 and 7 the time their trees needed. The polish may take
					// a quarter of branch and price's time so far.
					const gap = lowerBound === null ? Infinity : bestObj / lowerBound - 1;
					if (bestObj < before && !done() && gap > MIP_POLISH_MIN_GAP && gap <= MIP_POLISH_GAP && polishMs <= (opts.now() - bnpStart) * MIP_POLISH_SHARE) {
						const t = opts.now();
						runMipLns(Math.min(MIP_POLISH_MS, left() * 300), master, MIP_POLISH_PATIENCE);
						polishMs += opts.now() - t;
					}
					return bestObj;
				}
			});
			if (bp.lowerBound !== null) lowerBound = Math.max(lowerBound ?? -Infinity, ceilBound(bp.lowerBound));
			log.push(`${bp.log}, best ${bestObj} at ${elapsed()}s`);
			restoreBest();
		}
		if (!done() && left() > 0.2) {
			lns.run(Math.min(deadline, opts.now() + Math.max(1000, (deadline - opts.now()) * 0.2)), record, master);
			log.push(`lns after branch and price: best ${bestObj} at ${elapsed()}s`);
		}
		let ipRuns = 0;
		let provedAt = Infinity; // objective at the last proof attempt
		let degenerate = false;
		while (left() > 0.2 && !done()) {
			const ipLimit = Math.min(left() * 0.3, 5);
			const start = best ? poolChoice(master, best) : undefined;
			const ip = solveMasterIp(highs, master, { timeLimit: ipLimit, now: opts.now, deadline: Math.min(deadline, opts.now() + ipLimit * 1000), start });
			ipRuns++;
			if (ip.choice) {
				for (let e = 0; e < E; e++) setRow(st, e, master.columns[ip.choice[e]!]!.row);
				record();
			}
			if (done()) break;
			if (lag !== null && best !== null && bestObj < provedAt && !degenerate && left() > 0.5) {
				provedAt = bestObj;
				const pr = prove(highs, st, master, lag, bestObj, best, left() * 0.6, opts.now);
				// Too many rows even at the smallest δ: the LP optimum is degenerate, and a smaller
				// objective would not change that, so the time goes to the local search instead.
				if (pr === null) degenerate = true;
				log.push(pr === null ? `proof: too many rows even close to the LP optimum at ${elapsed()}s` : `${pr.log} at ${elapsed()}s`);
				if (pr !== null) {
					if (pr.roster) { for (let e = 0; e < E; e++) setRow(st, e, pr.roster[e]!); record(); }
					if (pr.lowerBound > -Infinity) lowerBound = Math.max(lowerBound ?? -Infinity, pr.lowerBound);
					if (done()) break;
				}
			}
			restoreBest();
			const chunk = Math.max(1500, (deadline - opts.now()) * 0.3);
			runMipLns(chunk / 2, master);
			if (done()) break;
			lns.run(Math.min(deadline, opts.now() + chunk / 2), record, master);
		}
		log.push(`master ip ${ipRuns} runs, ${lns.stats()} sub-mip ${mipLns.stats()}, best ${bestObj} at ${elapsed()}s`);
		if (left() > 0.2 && !done()) { restoreBest(); lns.run(deadline, record); }
	} finally {
		disposeMaster(master);
	}
	return finish();
}

/** Longest sub-MIP search (ms) after branch and price finds a new best roster. */
const MIP_POLISH_MS = 10000;
/** Without column generation: the DP local search alone for this share of the time, then slices of this share. */
const DP_FIRST_SHARE = 0.3;
const SLICE_SHARE = 0.1;
/** Relative gain of a DP slice under which the next slice goes to the sub-MIPs. */
const SLICE_STALL = 0.01;

/** Which search has the time slice, and the relative objective gain of each one's last slice. */
export interface SliceTurn {
	mip: boolean;
	dpGain: number;
	/** Null until the sub-MIPs have had a slice. */
	mipGain: number | null;
}

/**
 * The turn after a slice that gained `gain` (relative to the objective before it). A DP slice that
 * gains less than SLICE_STALL hands the next one to the sub-MIPs, unless their last slice gained even
 * less; the sub-MIPs keep the turn while they gain at least as much as the DP's last slice. In
 * scratch runs (seed 1) the DP search stalled on 13 and 20 and the sub-MIPs went on improving; on
 * 19 and 21–24 it gained more than 1 % every slice, and the sub-MIPs never got the turn.
 */
export function nextSlice(turn: SliceTurn, gain: number): SliceTurn {
	if (turn.mip) return { mip: gain >= turn.dpGain, dpGain: turn.dpGain, mipGain: gain };
	return { mip: gain < SLICE_STALL && (turn.mipGain === null || turn.mipGain > gain), dpGain: gain, mipGain: turn.mipGain };
}

/** Share of branch and price's time so far beyond which new best rosters are not polished. */
const MIP_POLISH_SHARE = 0.25;
/** Sub-MIPs in a row without a better roster after which that polish stops. */
const MIP_POLISH_PATIENCE = 5;
/** Relative gaps to the lower bound between which a new best roster is polished by sub-MIPs. */
const MIP_POLISH_GAP = 0.05;
const MIP_POLISH_MIN_GAP = 0.01;

/** Share of the time left after column generation that branch and price gets. */
const BNP_SHARE = 0.85;
/** Column-generation rounds per node before branching on the current LP, while proving. */
const BNP_ROUNDS = 10;
/**
 * The same while diving. Measured on 12, 60 s, one run per seed (scratch runs of solveCurtois):
 * 2 rounds gave 4042, 4041, 4045, 4043, 4148 (seeds 1–5); 10 rounds 4273 and 4044 (seed 1, twice),
 * 4294, 4051, 4256 (seeds 3–5), its first dive often out of time before a leaf; 1 round 4244, 4247,
 * 4353 (seeds 1–3: a dive that drifts). Single runs on 8 (1321 against 1439) and 15 (4991 against 5840)
 * were better with 2; 18 was a little worse (seeds 1–3: 4674, 4579, 4777 against 4486, 4564, 4777).
 */
const BNP_DIVE_ROUNDS = 2;

/** A fractional bound rounded up to the integer objective, with room for floating-point noise. */
function ceilBound(x: number): number {
	return Math.ceil(x - 1e-4);
}

/** Size of the whole-horizon DP table of one employee, without the optional resources. */
function estimateEntries(p: Pricer): number {
	const m = p.instance.staff[p.employee]!;
	return p.instance.horizon * p.locals * (Math.floor(m.maxTotalMinutes / p.unit) + 1);
}

/** Pool column per employee matching `roster` (added when missing). */
function poolChoice(master: Master, roster: Roster): number[] {
	return roster.map((row, e) => {
		addColumn(master, e, row);
		const key = row.join(',');
		for (let j = master.columns.length - 1; j >= 0; j--) { const c = master.columns[j]!; if (c.employee === e && c.row.join(',') === key) return j; }
		return -1;
	});
}

/** The Lagrangian bound of one pricing round, with the duals and b_e it came from (for the proof). */
interface Lagrangian {
	/** Unrounded bound Σ y·requirement + Σ_e mins[e] (+ the aggregate rows' term). */
	value: number;
	y: Float64Array;
	/** Least column cost minus Σ y over the row, per employee (on-request total included). */
	mins: Float64Array;
}

/** A pricing round at the root (no fixes; the aggregate rows are free, so their term is 0 here). */
function price(st: Search, master: Master, lp: LpResult): { added: number; bound: Lagrangian | null } {
	const r = priceRound(master, st.pricers, lp, FULL_ROW_ENTRIES);
	return { added: r.added, bound: r.bound === null ? null : { value: r.bound, y: Float64Array.from(lp.y), mins: r.mins } };
}

/** Total rows the optimality proof may enumerate. */
const PROOF_MAX_COLUMNS = 40_000;
/** Rows the reduced-cost heuristic (a proof cut short) may offer to its IP. */
const HEURISTIC_MAX_COLUMNS = 12_000;

interface Proof {
	/** Lower bound proven (rounded up), and a better roster when the proof found one. */
	lowerBound: number;
	roster: Roster | null;
	log: string;
}

/**
 * Optimality proof by reduced costs: with the Lagrangian bound L(y), any roster of objective
 * ≤ ub − 1 only uses rows whose cost − y·a exceeds their employee's minimum by at most
 * ub − 1 − L(y). All such rows are enumerated and the master IP over them (plus the incumbent)
 * is solved: its optimum is the true optimum, and its dual bound, capped at ub, is a valid bound.
 * When the rows within the gap are too many, the largest δ that fits gives a heuristic IP instead
 * (lowerBound −Infinity). Null when not even that fits.
 */
function prove(highs: Highs, st: Search, master: Master, lag: Lagrangian, ub: number, incumbent: Roster, timeLimit: number, now: () => number): Proof | null {
	const { E, H, S } = st;
	const until = now() + timeLimit * 1000;
	if (ceilBound(lag.value) >= ub) return { lowerBound: ub, roster: null, log: 'proof: bound meets the objective' };
	const gap = ub - 1 - lag.value + 1e-4; // the tolerance keeps borderline rows in

	// Rows within δ of each employee's least reduced cost, δ doubling up to the gap while the
	// rows fit: at δ = gap the IP is exact (a proof); below, it is a reduced-cost heuristic (every
	// row close to the LP optimum is offered, which is where good rosters are when the bound is tight).
	// The enumeration may take a third of the time, at most 3 s: the IP needs the rest, and when
	// the LP optimum is degenerate even δ = 0.25 can hold too many rows.
	const enumUntil = now() + Math.min(timeLimit * 333, 3000);
	const enumerateWithin = (delta: number, cap: number): Column[] | null => {
		const out: Column[] = [];
		for (let e = 0; e < E; e++) {
			const req = st.reqWork[e]!;
			for (let k = 0; k < H * S; k++) st.work[k] = req[k]! - lag.y[k]!;
			const rows = enumerateRows(st.pricers[e]!, st.work, lag.mins[e]! - st.onTotal[e]! + delta, cap - out.length, undefined, () => now() >= enumUntil);
			if (rows === 'tooMany' || rows === 'tooLarge') return null;
			for (const row of rows) out.push(columnFor(master, e, row));
		}
		return out;
	};
	let cols: Column[] | null = null;
	let delta = Math.min(gap, 0.25);
	let used = 0;
	let exact = false;
	for (;;) {
		const cap = delta >= gap ? PROOF_MAX_COLUMNS : HEURISTIC_MAX_COLUMNS;
		const found = enumerateWithin(delta, cap);
		if (found === null || now() >= enumUntil) break;
		cols = found;
		used = delta;
		if (delta >= gap) { exact = true; break; }
		delta = Math.min(gap, delta * 2);
	}
	if (cols === null) return null;
	const keys = new Set(cols.map((c) => `${c.employee}:${c.row.join(',')}`));
	const start: number[] = [];
	for (let e = 0; e < E; e++) {
		const key = `${e}:${incumbent[e]!.join(',')}`;
		if (!keys.has(key)) { keys.add(key); cols.push(columnFor(master, e, incumbent[e]!)); start.push(cols.length - 1); }
		else start.push(cols.findIndex((c) => c.employee === e && c.row.join(',') === incumbent[e]!.join(',')));
	}
	if (!exact) {
		// The restricted pool's columns join the heuristic IP (they cost nothing to offer).
		for (const c of master.columns) { const key = `${c.employee}:${c.row.join(',')}`; if (!keys.has(key)) { keys.add(key); cols.push(c); } }
	}
	if (now() >= until) return null;
	const ip = solveColumnsIp(highs, master, cols, { timeLimit: (until - now()) / 1000, now, deadline: until, start });
	const roster = ip.choice && ip.objective < ub - 0.5 ? ip.choice.map((j) => [...cols![j]!.row]) : null;
	const found = roster ? Math.round(ip.objective) : ub;
	const what = `${cols.length} rows within ${used.toFixed(2)} of ${gap.toFixed(2)}`;
	if (!exact) return { lowerBound: -Infinity, roster, log: `reduced-cost heuristic: ${what}, ip ${ip.optimal ? 'optimal' : 'stopped'} ${found}` };
	const lowerBound = ip.optimal ? found : Math.min(found, ceilBound(ip.bound));
	return { lowerBound, roster, log: `proof: ${what}, ip ${ip.optimal ? 'optimal' : 'stopped'} ${found}, bound ${lowerBound}` };
}

/**
 * A cover cell (d * S + s) whose count `n` is below its requirement, each such cell equally likely,
 * or −1 when there is none.
 */
export function underCovered(inst: CurtoisInstance, n: Int32Array, random: () => number): number {
	let pick = -1;
	let seen = 0;
	for (let k = 0; k < n.length; k++) {
		const c = inst.cover[k];
		if (c && n[k]! < c.requirement && random() * ++seen < 1) pick = k; // reservoir sampling
	}
	return pick;
}

interface Lns {
	run(until: number, record: () => void, master?: Master): void;
	stats(): string;
}

function makeLns(st: Search, random: () => number, now: () => number): Lns {
	const { E, H } = st;
	let moves = 0;
	let improving = 0;
	let k = Math.min(E, 3);
	let stale = 0; // rejected ruin-and-recreate moves in a row; the ruin size cycles 2..6 when they pile up
	return {
		stats: () => `${moves} moves, ${improving} improving, k ${k},`,
		run(until, record, master) {
			const weeksTotal = Math.ceil(H / 7);
			while (now() < until) {
				moves++;
				const before = st.obj;
				if (random() < 0.3) {
					// One employee, exactly, against the others.
					const e = Math.floor(random() * E);
					const [a, b] = pickWindow(st, e, random);
					const d = reoptimize(st, e, a, b, false);
					if (d !== null && d < -1e-9) { improving++; if (master) addColumn(master, e, st.roster[e]!); record(); }
					continue;
				}
				// Ruin and recreate: k employees over a window of weeks; half the time one or two weeks
				// around an under-covered shift, among the employees who may work that day (an uncovered
				// shift costs far more than the moves that would fill it, and random picks seldom meet
				// it). Measured against random windows only (60 s, one run each, same seeds): better on
				// 13 (5445 against 6197), 19 seed 2 (4877 against 5446), 20 (7006 against 7602) and 23
				// (47777 against 49203); worse on 19 seed 1 (5304 against 5217) and 21 (28498 against 27499).
				const short = random() < 0.5 ? underCovered(st.inst, st.n, random) : -1;
				let chosen: number[];
				let span: number;
				let w0: number;
				if (short >= 0) {
					const d = Math.floor(short / st.S);
					chosen = shuffle([...Array(E).keys()].filter((e) => !st.pricers[e]!.dayOff[d]), random).slice(0, k);
					span = Math.min(weeksTotal, 1 + Math.floor(random() * 2));
					const week = Math.floor(d / 7);
					w0 = Math.max(0, Math.min(weeksTotal - span, week - Math.floor(random() * span)));
				} else {
					chosen = shuffle([...Array(E).keys()], random).slice(0, k);
					span = Math.min(weeksTotal, 1 + Math.floor(random() * Math.min(weeksTotal, 6)));
					w0 = Math.floor(random() * (weeksTotal - span + 1));
				}
				const a = w0 * 7;
				const b = Math.min(H, (w0 + span) * 7);
				const saved = chosen.map((e) => [...st.roster[e]!]);
				for (const e of chosen) { const row = [...st.roster[e]!]; for (let d = a; d < b; d++) row[d] = OFF; setRow(st, e, row); }
				let ok = true;
				for (const e of shuffle([...chosen], random)) {
					const d = reoptimize(st, e, a, b, true);
					if (d === null) { ok = false; break; }
				}
				// A second pass: each one again against the others' new rows (only ever better).
				if (ok) for (const e of chosen) reoptimize(st, e, a, b, false);
				if (!ok || st.obj > before + 1e-9) {
					chosen.forEach((e, i) => setRow(st, e, saved[i]!));
					stale++;
					if (stale > 200) { stale = 0; k = k >= Math.min(E, 6) ? 2 : k + 1; }
					continue;
				}
				if (st.obj < before - 1e-9) {
					stale = 0;
					improving++;
					if (master) for (const e of chosen) addColumn(master, e, st.roster[e]!);
					record();
				}
			}
		}
	};
}
