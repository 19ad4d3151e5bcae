// Forecast accuracy and runtime on public call-center series. Run: npx tsx bench/forecast.ts
// Prints JSON. Data: ../shared/data/bank-calls-5min and ../shared/data/anonymous-bank-calls-6min
// (relative to the project root). Every split trains on the part before the holdout only; the engine's
// method choice comes from its own rolling-origin backtest inside that training part.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forecast, forecastMethods, type ForecastMethod, type SeriesPoint } from '../src/lib/domain/forecast/engine';
import { syntheticSeries } from '../src/lib/domain/forecast/synthetic';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataFile = (...parts: string[]) => resolve(projectRoot, '..', 'shared', 'data', ...parts);

function readCsv(file: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
	const names = header!.split(',');
	return lines.map((line) => {
		const cells = line.split(',');
		return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
	});
}

function bankSeries(): SeriesPoint[] {
	// Local wall-clock times, treated as UTC (see SOURCE.md).
	return readCsv(dataFile('bank-calls-5min', 'bank_calls_5min.csv')).map((r) => ({ start: Date.parse(`${r.datetime}:00Z`), value: Number(r.calls) }));
}

function anonymousSeries(): { points: SeriesPoint[]; imputed: string[] } {
	const rows = readCsv(dataFile('anonymous-bank-calls-6min', 'anonymous_bank_calls_6min_1999.csv'));
	const imputed = [...new Set(rows.filter((r) => r.imputed_day === '1').map((r) => r.date!))];
	return { points: rows.map((r) => ({ start: Date.parse(`${r.date}T${r.interval_start}:00Z`), value: Number(r.calls) })), imputed };
}

interface Metrics {
	wape: number;
	rmse: number;
	mae: number;
	coverage80: number;
	backtestWape: number | null;
	seconds: number;
}

function evaluate(train: SeriesPoint[], test: SeriesPoint[], intervalMinutes: number, methods: readonly ForecastMethod[] | undefined, specialDays: string[] = []) {
	const started = performance.now();
	const result = forecast({ intervalMinutes, history: train, starts: test.map((p) => p.start), specialDays, methods });
	const seconds = (performance.now() - started) / 1000;
	let abs = 0;
	let sq = 0;
	let total = 0;
	let inside = 0;
	result.points.forEach((p, i) => {
		const a = test[i]!.value;
		abs += Math.abs(p.value - a);
		sq += (p.value - a) ** 2;
		total += a;
		if (a >= p.lower && a <= p.upper) inside++;
	});
	const n = test.length;
	const metrics: Metrics = { wape: abs / total, rmse: Math.sqrt(sq / n), mae: abs / n, coverage80: inside / n, backtestWape: result.backtest.wape, seconds };
	return { result, metrics };
}

/** E|Y - rate| for Y ~ Poisson(rate): 2 e^-rate rate^(k+1) / k!, k = floor(rate) (log space). */
function poissonMeanAbsoluteDeviation(rate: number): number {
	if (rate <= 0) return 0;
	const k = Math.floor(rate);
	let logFactorial = 0;
	for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
	return 2 * Math.exp(-rate + (k + 1) * Math.log(rate) - logFactorial);
}

const round = (x: number | null, digits = 4) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

function split(name: string, train: SeriesPoint[], test: SeriesPoint[], intervalMinutes: number, specialDays: string[] = []) {
	const perMethod: Record<string, unknown> = {};
	for (const m of forecastMethods) {
		const { metrics } = evaluate(train, test, intervalMinutes, [m], specialDays);
		perMethod[m] = { wape: round(metrics.wape), rmse: round(metrics.rmse, 2), mae: round(metrics.mae, 2), coverage80: round(metrics.coverage80, 3), backtest_wape: round(metrics.backtestWape) };
	}
	const runs: number[] = [];
	let auto = evaluate(train, test, intervalMinutes, undefined, specialDays);
	runs.push(auto.metrics.seconds);
	for (let i = 0; i < 2; i++) {
		auto = evaluate(train, test, intervalMinutes, undefined, specialDays);
		runs.push(auto.metrics.seconds);
	}
	runs.sort((a, b) => a - b);
	return {
		split: name,
		train_points: train.length,
		test_points: test.length,
		test_mean: round(test.reduce((s, p) => s + p.value, 0) / test.length, 2),
		// The WAPE a perfect rate forecast would still have if counts were Poisson around the chosen forecast.
		poisson_noise_wape: round(auto.result.points.reduce((s, p) => s + poissonMeanAbsoluteDeviation(p.value), 0) / test.reduce((s, p) => s + p.value, 0)),
		methods: perMethod,
		auto: {
			method: auto.result.method,
			wape: round(auto.metrics.wape),
			rmse: round(auto.metrics.rmse, 2),
			mae: round(auto.metrics.mae, 2),
			coverage80: round(auto.metrics.coverage80, 3),
			backtest: { ...auto.result.backtest, wape: round(auto.result.backtest.wape), methods: Object.fromEntries(Object.entries(auto.result.backtest.methods).map(([k, v]) => [k, round(v ?? null)])) },
			seconds_median_of_3: round(runs[1]!, 3)
		}
	};
}

function lastWeeksCut(points: SeriesPoint[], weeks: number): number {
	const lastDay = Math.floor(points[points.length - 1]!.start / 86_400_000);
	return (lastDay - 7 * weeks + 1) * 86_400_000;
}

function lastWeeks(points: SeriesPoint[], weeks: number): [SeriesPoint[], SeriesPoint[]] {
	const cut = lastWeeksCut(points, weeks);
	return [points.filter((p) => p.start < cut), points.filter((p) => p.start >= cut)];
}

function main() {
	const bank = bankSeries();
	const anonymous = anonymousSeries();
	const only = process.argv[2];
	const out: unknown[] = [];
	if (!only || only === 'a') out.push(split('bank 5-min, De Livera et al. (2011): first 7,605 rows train, next 2,535 test', bank.slice(0, 7605), bank.slice(7605, 10140), 5));
	if (!only || only === 'a2') out.push(split("bank 5-min, first 10,140 rows train, next 2,535 test", bank.slice(0, 10140), bank.slice(10140, 12675), 5));
	if (!only || only === 'b') out.push(split('bank 5-min, last 3 weeks held out', ...lastWeeks(bank, 3), 5));
	if (!only || only === 'c') out.push(split('anonymous bank 6-min, last 3 weeks held out (1999-05-23 imputed: special day)', ...lastWeeks(anonymous.points, 3), 6, anonymous.imputed));
	if (!only || only === 'scale') out.push(scale());
	// Slow (about a minute): how well the automatic choice does, judged only inside the training parts.
	if (only === 'selection') {
		out.push(selection('bank 5-min, training part of the last-3-weeks split', bank.filter((p) => p.start < lastWeeksCut(bank, 3)), 5, [], 14));
		out.push(selection('anonymous bank 6-min, training part of the last-3-weeks split', anonymous.points.filter((p) => p.start < lastWeeksCut(anonymous.points, 3)), 6, anonymous.imputed, 26));
	}
	console.log(JSON.stringify({ load_average: loadAverage(), results: out }, null, 2));
}

/** Runtime only: 18 months of 15-minute history, open 24/7 (52,608 points), 6 weeks ahead. */
function scale() {
	const from = Date.UTC(2024, 0, 1);
	const days = 548;
	const series = syntheticSeries({ from, days: days + 42, intervalMinutes: 15, seed: 5, hours: Array.from({ length: 7 }, () => [0, 1440] as [number, number]) });
	const end = from + days * 86_400_000;
	const [train, test] = [series.filter((p) => p.start < end), series.filter((p) => p.start >= end)];
	const runs: number[] = [];
	let method = '';
	for (let i = 0; i < 3; i++) {
		const { result, metrics } = evaluate(train, test, 15, undefined);
		runs.push(metrics.seconds);
		method = result.method;
	}
	runs.sort((a, b) => a - b);
	return { split: 'synthetic 15-min, 18 months 24/7 history, 6 weeks ahead (runtime)', train_points: train.length, test_points: test.length, method, seconds_median_of_3: round(runs[1]!, 3) };
}

/**
 * Rolling evaluation of the whole engine inside a training part: from `cuts` weekly cut-offs before its
 * end, forecast the next 3 weeks with automatic selection and with each method forced; pooled WAPE.
 */
function selection(name: string, train: SeriesPoint[], intervalMinutes: number, specialDays: string[], cuts: number) {
	const end = train[train.length - 1]!.start + intervalMinutes * 60_000;
	const errors: Record<string, { error: number; total: number }> = {};
	const picks: Record<string, number> = {};
	const add = (key: string, points: { value: number }[], actual: SeriesPoint[]) => {
		const e = (errors[key] ??= { error: 0, total: 0 });
		points.forEach((p, i) => {
			e.error += Math.abs(p.value - actual[i]!.value);
			e.total += actual[i]!.value;
		});
	};
	for (let j = 0; j < cuts; j++) {
		const cut = Math.floor(end / 86_400_000) * 86_400_000 - (21 + 7 * j) * 86_400_000;
		const history = train.filter((p) => p.start < cut);
		const actual = train.filter((p) => p.start >= cut && p.start < cut + 21 * 86_400_000);
		const starts = actual.map((p) => p.start);
		const auto = forecast({ intervalMinutes, history, starts, specialDays });
		picks[auto.method] = (picks[auto.method] ?? 0) + 1;
		add('auto', auto.points, actual);
		for (const m of forecastMethods) add(m, forecast({ intervalMinutes, history, starts, specialDays, methods: [m] }).points, actual);
	}
	return { split: name, cutoffs: cuts, horizon_days: 21, picks, wape: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, round(v.error / v.total)])) };
}

function loadAverage(): number[] {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
	} catch {
		return [];
	}
}

main();
