// Turnover-risk model on the IBM HR attrition data (../shared/data/ibm-hr-attrition, fictional,
// 1,470 employees, 237 left). Run: npx tsx bench/risk.ts [split.json]   then
//   /usr/bin/python3 bench/risk_sklearn.py [split.json]
// Prints JSON. The held-out split is stratified 70/30 (each class shuffled by mulberry32(seed 20240611),
// the first 30 % of each class held out); this script writes it (row indices into the CSV, 0-based,
// header excluded) to split.json (default /tmp/tend-risk-split.json) so the scikit-learn script
// scores exactly the same rows. Dropped columns: EmployeeCount, Over18, StandardHours (constant)
// and EmployeeNumber (an identifier). Attrition is the outcome. Every Tend figure comes through
// `riskCommand`, the `tend risk` path, which tunes its penalty by 5-fold CV inside the 70 % only.
// Second feature set: without Age, Gender and MaritalStatus, which the product must not use.
import { readFileSync, writeFileSync } from 'node:fs';
import { riskCommand } from '../src/cli/risk-command';
import { mulberry32 } from '../src/lib/domain/random';
import { auc, brierScore, logLoss } from '../src/lib/domain/risk/metrics';
import { scoreRisk, trainRiskModel } from '../src/lib/domain/risk/risk-model';

const SEED = 20240611;
const TEST_SHARE = 0.3;
const CSV = '../shared/data/ibm-hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv';
const DROPPED = ['EmployeeCount', 'Over18', 'StandardHours', 'EmployeeNumber'];
const PROTECTED = ['Age', 'Gender', 'MaritalStatus'];
const TIMING_RUNS = 7;
const splitPath = process.argv[2] ?? '/tmp/tend-risk-split.json';

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

const text = readFileSync(CSV, 'utf8').replace(/^\uFEFF/, '');
const [headerLine, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
const header = headerLine!.split(',');
const records = lines.map((line) => {
	const cells = line.split(',');
	const features: Record<string, number | string> = {};
	let left = false;
	header.forEach((column, k) => {
		const cell = cells[k]!;
		if (column === 'Attrition') left = cell === 'Yes';
		else if (!DROPPED.includes(column)) features[column] = /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
	});
	return { features, left };
});

// stratified split: each class shuffled (Fisher–Yates) with one generator, yes first then no
const random = mulberry32(SEED);
const test: number[] = [];
const train: number[] = [];
for (const cls of [true, false]) {
	const members = records.flatMap((r, i) => (r.left === cls ? [i] : []));
	for (let i = members.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[members[i], members[j]] = [members[j]!, members[i]!];
	}
	const held = Math.round(members.length * TEST_SHARE);
	test.push(...members.slice(0, held));
	train.push(...members.slice(held));
}
test.sort((a, b) => a - b);
train.sort((a, b) => a - b);

const without = (features: Record<string, number | string>, drop: string[]) => Object.fromEntries(Object.entries(features).filter(([k]) => !drop.includes(k)));
const outcomes = test.map((i) => records[i]!.left);

async function evaluate(drop: string[]) {
	const input = {
		train: train.map((i) => ({ features: without(records[i]!.features, drop), left: records[i]!.left })),
		score: test.map((i) => ({ features: without(records[i]!.features, drop) }))
	};
	const seconds: number[] = [];
	let output = await riskCommand(input, true); // warm-up, and the figures
	for (let run = 0; run < TIMING_RUNS; run++) {
		const started = performance.now();
		output = await riskCommand(input, true);
		seconds.push((performance.now() - started) / 1000);
	}
	const p = output.scores;
	// the same encoding at a fixed penalty l2 = 1 (= scikit-learn C = 1), to check the solver against scikit-learn
	const fixed = trainRiskModel(input.train, { l2Grid: [1] });
	const fixedP = input.score.map((s) => scoreRisk(fixed, s.features).probability);
	const platt = trainRiskModel(input.train, { calibration: 'platt' });
	const plattP = input.score.map((s) => scoreRisk(platt, s.features).probability);
	const metrics = (q: number[]) => ({ auc: round(auc(q, outcomes)), brier: round(brierScore(q, outcomes)), log_loss: round(logLoss(q, outcomes)) });
	return {
		features: Object.keys(input.train[0]!.features).length,
		tend: { ...metrics(p), l2: output.model!.l2, fallback: output.model!.fallback, fit_seconds_median: round(median(seconds), 3), fit_seconds_all: seconds.map((s) => round(s, 3)) },
		tend_platt: { ...metrics(plattP), l2: platt.l2, slope: round(platt.calibration.method === 'platt' ? platt.calibration.slope : null), intercept: round(platt.calibration.method === 'platt' ? platt.calibration.intercept : null) },
		tend_fixed_l2_1: metrics(fixedP),
		fixedProbabilities: fixedP,
		example_explanation: { row: test[0], probability: round(p[0]!), explanation: output.explanations[0]!.map((e) => ({ feature: e.feature, contribution: round(e.contribution) })) }
	};
}

const all = await evaluate([]);
const reduced = await evaluate(PROTECTED);
writeFileSync(
	splitPath,
	JSON.stringify({
		seed: SEED,
		csv: CSV,
		dropped: DROPPED,
		protected: PROTECTED,
		train,
		test,
		tend_fixed_l2_1_probabilities: { all: all.fixedProbabilities, without_protected: reduced.fixedProbabilities }
	})
);
function baseRate() {
	const rate = train.filter((i) => records[i]!.left).length / train.length;
	const p = test.map(() => rate);
	return { rate: round(rate), auc: round(auc(p, outcomes)), brier: round(brierScore(p, outcomes)), log_loss: round(logLoss(p, outcomes)) };
}
const strip = ({ fixedProbabilities: _, ...rest }: typeof all) => rest;
const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
	JSON.stringify(
		{
			data: { rows: records.length, exits: records.filter((r) => r.left).length, train: train.length, test: test.length, test_exits: outcomes.filter(Boolean).length, split_file: splitPath },
			base_rate: baseRate(),
			all_features: strip(all),
			without_protected: strip(reduced),
			node: process.version,
			loadavg
		},
		null,
		2
	)
);
