// Staffing engine benchmarks: accuracy against the published Erlang reference cases and against
// independent slow references, and solve time for a week of 15-minute intervals for 10 queues.
// Run: npx tsx bench/staffing.ts   (prints JSON; timings are medians of repeated runs)
//
// Independent references, deliberately different algorithms from the engine:
//  - Erlang C: EXACT rational arithmetic with BigInt. With A = num/den, every term of
//    Σ_{k<N} A^k/k! + A^N/N!·N/(N−A) is scaled by N!·den^N to a whole number, so P(wait) is an
//    exact fraction, converted to a double once at the end (error < 2^-60). SL and ASA then use
//    the closed forms on that exact P(wait). The engine uses the floating-point Erlang B recursion.
//  - Erlang A: the stationary distribution by direct products of the birth-death rates in plain
//    floating point with Kahan summation (no Erlang B, no log space), and the service level by
//    uniformization of the tagged contact's absorbing Markov chain (a Poisson-weighted sum of
//    matrix-vector steps), not by the engine's incomplete-beta formula.
import { readFileSync, existsSync } from 'node:fs';
import { erlangB, erlangC, erlangCMetrics } from '../src/lib/domain/staffing/erlang-c';
import { erlangAMetrics } from '../src/lib/domain/staffing/erlang-a';
import { requiredAgents } from '../src/lib/domain/staffing/required-agents';
import { scheduledAgents } from '../src/lib/domain/staffing/shrinkage';
import { staffQueue, type StaffingInterval } from '../src/lib/domain/staffing/interval-staffing';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const relErr = (ours: number, ref: number) => (ref === 0 ? Math.abs(ours) : Math.abs(ours - ref) / Math.abs(ref));

// ---------- exact Erlang C with BigInt ----------
function bitLength(x: bigint): number {
	return x === 0n ? 0 : x.toString(2).length;
}
/** p/q as a double, p, q > 0, relative error below 2^-60. */
function ratioToNumber(p: bigint, q: bigint): number {
	if (p === 0n) return 0;
	const shift = 64 - (bitLength(p) - bitLength(q));
	const quotient = shift >= 0 ? (p << BigInt(shift)) / q : p / (q << BigInt(-shift));
	let value = Number(quotient);
	let s = shift;
	while (s > 1000) {
		value *= 2 ** -1000;
		s -= 1000;
	}
	while (s < -1000) {
		value *= 2 ** 1000;
		s += 1000;
	}
	return value * 2 ** -s;
}
/** Exact C(N, A) for A = num/den (N > A). */
function exactErlangC(n: number, num: bigint, den: bigint): number {
	const N = BigInt(n);
	let factorial = 1n;
	for (let k = 2n; k <= N; k++) factorial *= k;
	let term = den ** N * factorial; // T_0 = den^N·N!
	let sum = 0n;
	for (let k = 0; k < n; k++) {
		sum += term;
		term = (term * num) / (den * BigInt(k + 1)); // exact: T_{k+1} = num^{k+1}·den^{N-k-1}·N!/(k+1)!
	}
	// term is now T_N = num^N; the last block is T_N·N/(N − A) = num^N·N·den/(N·den − num)
	const top = term * N * den;
	return ratioToNumber(top, sum * (N * den - num) + top);
}

// ---------- independent Erlang A ----------
function kahan() {
	let sum = 0;
	let c = 0;
	return {
		add(x: number) {
			const y = x - c;
			const t = sum + y;
			c = t - sum - y;
			sum = t;
		},
		get value() {
			return sum;
		}
	};
}
/** P(answered within t) for a contact finding k waiting ahead, by uniformization. */
function servedWithinUniformized(k: number, nMu: number, theta: number, t: number): number {
	if (t === 0) return 0;
	const lambdaU = nMu + (k + 1) * theta;
	let p = new Float64Array(k + 1);
	p[k] = 1; // index = number ahead
	let served = 0;
	const lt = lambdaU * t;
	let weight = Math.exp(-lt); // Poisson(lt) mass at 0 steps
	let result = 0; // Σ_n Poisson(n)·served_by_step_n
	for (let step = 1; step < 100000; step++) {
		const next = new Float64Array(k + 1);
		for (let j = 0; j <= k; j++) {
			const pj = p[j]!;
			if (pj === 0) continue;
			const down = (nMu + j * theta) / lambdaU;
			const stay = 1 - (nMu + (j + 1) * theta) / lambdaU;
			next[j]! += pj * stay;
			if (j === 0) served += pj * down;
			else next[j - 1]! += pj * down;
		}
		p = next;
		weight *= lt / step;
		result += weight * served;
		if (step > lt && weight < 1e-20) break; // the remaining Poisson mass is below ~1e-20
	}
	return result;
}
function independentErlangA(n: number, a: number, aht: number, patience: number, t: number) {
	const mu = 1 / aht;
	const lambda = a * mu;
	const theta = 1 / patience;
	const q: number[] = [1];
	const total = kahan();
	total.add(1);
	for (let s = 1; ; s++) {
		const rate = Math.min(s, n) * mu + Math.max(s - n, 0) * theta;
		const x = (q[s - 1]! * lambda) / rate;
		q.push(x);
		total.add(x);
		if (s > n + 5 && x < 1e-20 * total.value && lambda < rate) break;
	}
	const waiting = kahan();
	const queue = kahan();
	const served = kahan();
	const notWaiting = kahan();
	for (let s = 0; s < q.length; s++) {
		if (s < n) notWaiting.add(q[s]!);
		else {
			waiting.add(q[s]!);
			queue.add((s - n) * q[s]!);
			served.add(q[s]! * servedWithinUniformized(s - n, n * mu, theta, t));
		}
	}
	const Z = total.value;
	const meanQueue = queue.value / Z;
	const pAbandon = (theta * meanQueue) / lambda;
	return {
		serviceLevel: (notWaiting.value + served.value) / Z,
		asaSeconds: meanQueue / lambda,
		occupancy: (a * (1 - pAbandon)) / n,
		pWait: waiting.value / Z,
		pAbandon
	};
}

// ---------- the published reference rows ----------
function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else if (ch !== '\r') cell += ch;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	const [header, ...body] = rows;
	return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const A10 = { a: 10, aht: 180 };
const C07 = { a: 0.1 / 0.0033, aht: 1 / 0.0033 };
const solve = (a: number, aht: number, t: number, s: number, occ: number) => requiredAgents({ model: 'erlang_c', trafficErlangs: a, ahtSeconds: aht }, { serviceLevel: s, answerSeconds: t, maxOccupancy: occ }).agents;
/** Our value(s) for each modelled case, in the order of the row's " / "-separated values. */
const ours: Record<string, () => number[]> = {
	C01: () => [erlangC(14, 10)],
	C02: () => [erlangCMetrics(14, A10.a, A10.aht, 20).serviceLevel],
	C03: () => [erlangCMetrics(14, A10.a, A10.aht, 20).occupancy],
	C04: () => {
		const n = solve(10, 180, 20, 0.8, 0.85);
		return [n, scheduledAgents(n, 0.3)];
	},
	C05: () => {
		const n = solve(10, 180, 19.8, 0.8, 0.7);
		return [n, scheduledAgents(n, 0.3)];
	},
	C06: () => {
		const m = erlangCMetrics(15, 10, 180, 19.8);
		return [m.serviceLevel, m.occupancy, m.pWait];
	},
	C07: () => [erlangC(35, C07.a)],
	C08: () => [erlangCMetrics(35, C07.a, C07.aht, 20).serviceLevel],
	C09: () => [erlangC(40, C07.a)],
	C10: () => [erlangCMetrics(40, C07.a, C07.aht, 20).serviceLevel],
	C11: () => [erlangC(35, 120 / 5)],
	C12: () => [erlangC(35, 90 / 3.0033)],
	C13: () => [erlangC(135, C07.a)],
	C14: () => [requiredAgents({ model: 'erlang_c', trafficErlangs: 10, ahtSeconds: 180 }, { answerSeconds: 0, asaSeconds: 120 }).agents],
	B01: () => [erlangB(1, 1)],
	B02: () => [erlangB(2, 1)],
	B03: () => [erlangB(1, 15 / 3)],
	B04: () => [erlangB(10, 100 / 5)],
	B05: () => [erlangB(190, 150 / 0.75)],
	B06: () => [erlangB(200, 30 / 6)],
	B07: () => [erlangB(1000, 1000 / 2)],
	A01: () => [erlangAMetrics(14, 10, 180, 300, 20).pWait],
	A02: () => [erlangAMetrics(14, 10, 180, 300, 20).pAbandon],
	A03: () => [erlangAMetrics(14, 10, 180, 300, 20).occupancy],
	A04: () => [erlangAMetrics(14, 10, 180, 300, 20).asaSeconds / 60],
	A05: () => [erlangAMetrics(14, 10, 180, 300, 20).serviceLevel],
	X01: () => [erlangC(55, 48)],
	X02: () => [erlangCMetrics(55, 48, 240, 15).serviceLevel],
	X03: () => [erlangCMetrics(55, 48, 240, 15).asaSeconds]
};

/** Half a unit in the last printed place of a number as printed ("0.14526" → 5e-6, "3.31e-44" → 5e-47). */
function halfUnit(printed: string): number {
	const [mantissa, exponent] = printed.toLowerCase().split('e') as [string, string | undefined];
	const decimals = mantissa.includes('.') ? mantissa.split('.')[1]!.length : 0;
	return 0.5 * 10 ** (-decimals + (exponent ? Number(exponent) : 0));
}

function referenceRows() {
	const file = '../shared/data/erlang-reference/erlang_reference_cases.csv';
	if (!existsSync(file)) return { note: `${file} not found` };
	const rows = parseCsv(readFileSync(file, 'utf8'));
	const compared: Array<{ id: string; model: string; metric: string; ours: number[]; independent: number[]; relError: number; printedDigits: boolean; matchesPublished: boolean | null }> = [];
	const notModelled: string[] = [];
	for (const row of rows) {
		const id = row.case_id!;
		const compute = ours[id];
		if (!compute) {
			notModelled.push(`${id} (${row.model})`);
			continue;
		}
		const independentText = row.independent_value!.split('/').map((x) => x.trim());
		const independent = independentText.map(Number);
		const mine = compute();
		const relError = Math.max(...independent.map((ref, i) => relErr(mine[i]!, ref)));
		const publishedText = row.published_value!.split('/').map((x) => x.trim());
		const published = publishedText.every((x) => x !== '' && Number.isFinite(Number(x)))
			? // half a unit in the last printed place; values printed to 16-17 digits are raw doubles from
				// another implementation, so there a few units in the last place (1e-13 relative) is a match
				publishedText.every((x, i) => Math.abs(mine[i]! - Number(x)) <= Math.max(halfUnit(x) * (1 + 1e-9), 1e-13 * Math.abs(Number(x))))
			: null; // "(not retrieved)": computed-only rows
		// Is the independent value printed to ~15 significant digits (else it is a rounded figure, e.g. C06 at 6 dp)?
		const printedDigits = relError === 0 || independentText.every((x) => x.replace(/^[-0.]+|e.*$|\./g, '').length >= 14 || Number.isInteger(Number(x)));
		compared.push({ id, model: row.model!, metric: row.metric!, ours: mine, independent, relError, printedDigits, matchesPublished: published });
	}
	const fullPrecision = compared.filter((c) => c.printedDigits);
	const maxBy = (model: string) => Math.max(...fullPrecision.filter((c) => c.model === model).map((c) => c.relError));
	return {
		rows_compared: compared.length,
		not_modelled: notModelled,
		max_rel_error_vs_independent_value: { erlang_c: maxBy('erlang_c'), erlang_b: maxBy('erlang_b'), erlang_a: maxBy('erlang_a') },
		rows_with_rounded_independent_value: compared.filter((c) => !c.printedDigits).map((c) => ({ case: c.id, rel_error: c.relError })),
		published_values_reproduced_to_printed_precision: `${compared.filter((c) => c.matchesPublished === true).length} of ${compared.filter((c) => c.matchesPublished !== null).length}`,
		not_reproduced: compared.filter((c) => c.matchesPublished === false).map((c) => c.id),
		rows: compared.map((c) => ({ case: c.id, metric: c.metric, ours: c.ours, independent: c.independent, rel_error: c.relError, matches_published: c.matchesPublished }))
	};
}

// ---------- grids ----------
function erlangCGrid() {
	// A = num/den exactly; N from just above A to well above it; t in seconds; AHT 180 s.
	const loads: Array<[number, number]> = [
		[1, 2], [1, 1], [5, 2], [5, 1], [10, 1], [173, 10], [30, 1], [487, 10], [100, 1], [2011, 10], [400, 1]
	];
	const times = [0, 10, 20, 60];
	let cases = 0;
	let pWaitErr = 0;
	let slErr = 0;
	let asaErr = 0;
	let worst = { pWait: '', sl: '', asa: '' };
	for (const [num, den] of loads) {
		const a = num / den;
		const first = Math.floor(a) + 1;
		const step = Math.max(1, Math.round(Math.sqrt(a) / 3));
		for (let i = 0; i < 12; i++) {
			const n = first + i * step;
			const c = exactErlangC(n, BigInt(num), BigInt(den));
			for (const t of times) {
				const m = erlangCMetrics(n, a, 180, t);
				const refSl = 1 - c * Math.exp((-(n - a) * t) / 180);
				const refAsa = (c * 180) / (n - a);
				cases++;
				const e1 = relErr(m.pWait, c);
				const e2 = relErr(m.serviceLevel, refSl);
				const e3 = relErr(m.asaSeconds, refAsa);
				if (e1 > pWaitErr) [pWaitErr, worst.pWait] = [e1, `A=${a} N=${n}`];
				if (e2 > slErr) [slErr, worst.sl] = [e2, `A=${a} N=${n} t=${t}`];
				if (e3 > asaErr) [asaErr, worst.asa] = [e3, `A=${a} N=${n}`];
			}
		}
	}
	return { cases, reference: 'exact BigInt rational P(wait)', max_rel_error: { p_wait: pWaitErr, service_level: slErr, asa: asaErr }, worst };
}

function erlangAGrid() {
	const loads = [2, 5, 10, 25, 50];
	const patiences = [30, 120, 600];
	const times = [0, 20, 60];
	let cases = 0;
	const max = { service_level: 0, asa: 0, p_wait: 0, p_abandon: 0, occupancy: 0 };
	let slAbsolute = 0;
	let smallestSl = 1;
	const worst: Record<string, string> = {};
	for (const a of loads) {
		const ns = [Math.max(1, Math.floor(a * 0.6)), Math.floor(a * 0.9) || 1, Math.ceil(a), Math.ceil(a + Math.sqrt(a)), Math.ceil(a + 3 * Math.sqrt(a))];
		for (const n of ns)
			for (const patience of patiences)
				for (const t of times) {
					const m = erlangAMetrics(n, a, 180, patience, t);
					const r = independentErlangA(n, a, 180, patience, t);
					cases++;
					slAbsolute = Math.max(slAbsolute, Math.abs(m.serviceLevel - r.serviceLevel));
					if (t > 0) smallestSl = Math.min(smallestSl, r.serviceLevel);
					const pairs: Array<[keyof typeof max, number, number]> = [
						['service_level', m.serviceLevel, r.serviceLevel],
						['asa', m.asaSeconds, r.asaSeconds],
						['p_wait', m.pWait, r.pWait],
						['p_abandon', m.pAbandon, r.pAbandon],
						['occupancy', m.occupancy, r.occupancy]
					];
					for (const [key, x, y] of pairs) {
						const e = relErr(x, y);
						if (e > max[key]) {
							max[key] = e;
							worst[key] = `A=${a} N=${n} patience=${patience} t=${t}`;
						}
					}
				}
	}
	return {
		cases,
		reference: 'direct-product stationary distribution (Kahan) + uniformization for the service level',
		max_rel_error: max,
		service_level_max_abs_error: slAbsolute,
		smallest_service_level_in_grid: smallestSl,
		worst
	};
}

function stability() {
	const started = performance.now();
	const exact = exactErlangC(5000, 4900n, 1n);
	const exactMs = performance.now() - started;
	const m = erlangCMetrics(5000, 4900, 180, 20);
	const t0 = performance.now();
	const solved = requiredAgents({ model: 'erlang_c', trafficErlangs: 4900, ahtSeconds: 180 }, { serviceLevel: 0.8, answerSeconds: 20 });
	const solveMs = performance.now() - t0;
	const ea = erlangAMetrics(5000, 4900, 180, 120, 20);
	return {
		erlang_c_5000_agents_4900_erlangs: { p_wait: m.pWait, exact_p_wait: exact, rel_error: relErr(m.pWait, exact), service_level_20s: m.serviceLevel, asa_seconds: m.asaSeconds },
		exact_bigint_ms: Math.round(exactMs),
		required_agents_4900_erlangs_80_in_20: { agents: solved.agents, service_level: solved.metrics.serviceLevel, ms: Math.round(solveMs * 100) / 100 },
		erlang_a_5000_agents_4900_erlangs_patience_120: ea,
		all_finite: [m.pWait, m.serviceLevel, m.asaSeconds, ...Object.values(ea)].every(Number.isFinite)
	};
}

// ---------- timing: a week of 15-minute intervals for 10 queues ----------
function weekOfQueues(): Array<{ intervals: StaffingInterval[]; aht: number }> {
	const queues: Array<{ intervals: StaffingInterval[]; aht: number }> = [];
	let seed = 42;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	for (let q = 0; q < 10; q++) {
		const peak = 20 + q * 45; // contacts per 15 minutes at the daily peak: 20 … 425
		const aht = 180 + q * 40; // 180 … 540 s
		const intervals: StaffingInterval[] = [];
		const monday = Date.UTC(2026, 0, 5);
		for (let i = 0; i < 672; i++) {
			const hour = (i % 96) / 4;
			const day = Math.floor(i / 96);
			// open-all-day queue with a double-humped daily curve, quieter weekends and at night
			const curve = Math.max(0.03, Math.exp(-((hour - 11) ** 2) / 8) + 0.8 * Math.exp(-((hour - 15.5) ** 2) / 6));
			const weekend = day >= 5 ? 0.55 : 1;
			const volume = Math.round(peak * curve * weekend * (0.9 + 0.2 * random()));
			intervals.push({ start: new Date(monday + i * 900_000).toISOString(), volume, ahtSeconds: aht });
		}
		queues.push({ intervals, aht });
	}
	return queues;
}

function timing(model: 'erlang_c' | 'erlang_a' | 'deferred', runs: number) {
	const queues = weekOfQueues();
	const times: number[] = [];
	let agents = 0;
	for (let r = 0; r < runs; r++) {
		const started = performance.now();
		agents = 0;
		for (const q of queues) {
			const rows =
				model === 'deferred'
					? staffQueue(q.intervals, { model, intervalMinutes: 15, serviceLevel: 0.9, answerSeconds: 4 * 3600, maxOccupancy: 0.85, shrinkage: 0.3 })
					: staffQueue(q.intervals, { model, intervalMinutes: 15, serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3, patienceSeconds: model === 'erlang_a' ? 120 : undefined });
			for (const row of rows) agents += row.agents;
		}
		times.push(performance.now() - started);
	}
	const volumes = queues.flatMap((q) => q.intervals.map((i) => i.volume));
	return {
		intervals: queues.length * 672,
		runs,
		median_ms: Math.round(median(times) * 100) / 100,
		min_ms: Math.round(Math.min(...times) * 100) / 100,
		max_ms: Math.round(Math.max(...times) * 100) / 100,
		volume_per_interval: { min: Math.min(...volumes), max: Math.max(...volumes) },
		total_required_agent_intervals: agents
	};
}

function main() {
	const load = (() => {
		try {
			return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
		} catch {
			return 'unknown';
		}
	})();
	timing('erlang_c', 3); // warm-up (JIT)
	const out = {
		reference_csv: referenceRows(),
		erlang_c_grid_vs_exact: erlangCGrid(),
		erlang_a_grid_vs_independent: erlangAGrid(),
		stability: stability(),
		timing_week_10_queues_erlang_c: timing('erlang_c', 11),
		timing_week_10_queues_erlang_a: timing('erlang_a', 7),
		timing_week_10_queues_deferred_90pct_in_4h: timing('deferred', 7),
		load_average: load,
		node: process.version
	};
	console.log(JSON.stringify(out, null, 2));
}

main();
