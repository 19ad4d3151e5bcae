// Krippendorff's alpha: agreement among several reviewers who scored the same units, corrected for
// chance, with missing scores allowed. Source: K. Krippendorff, "Computing Krippendorff's
// Alpha-Reliability" (2011), the coincidence-matrix method, with the nominal and interval
// difference functions. alpha = 1 - D_o / D_e; 1 is perfect agreement, 0 is chance level.
// Limits: units scored by fewer than two reviewers don't count; null when no unit has two scores
// or when every value is the same (no variation to agree on: D_e = 0).

export type Metric = 'nominal' | 'interval';

/** `data[reviewer][unit]`: a score, or null where the reviewer didn't score that unit. */
export function krippendorffAlpha(data: readonly (readonly (number | null)[])[], metric: Metric = 'interval'): number | null {
	const units = Math.max(0, ...data.map((r) => r.length));
	const values = new Map<number, number>();
	const coincidence = new Map<string, number>();
	let n = 0;
	for (let u = 0; u < units; u++) {
		const scores = data.map((r) => r[u]).filter((v): v is number => v !== null && v !== undefined);
		const m = scores.length;
		if (m < 2) continue;
		for (let i = 0; i < m; i++)
			for (let j = 0; j < m; j++) {
				if (i === j) continue;
				const key = `${scores[i]}|${scores[j]}`;
				coincidence.set(key, (coincidence.get(key) ?? 0) + 1 / (m - 1));
			}
		for (const v of scores) values.set(v, (values.get(v) ?? 0) + 1);
		n += m;
	}
	if (n === 0) return null;
	const delta = (a: number, b: number) => (metric === 'nominal' ? (a === b ? 0 : 1) : (a - b) ** 2);
	let observed = 0;
	for (const [key, o] of coincidence) {
		const [a, b] = key.split('|').map(Number) as [number, number];
		observed += o * delta(a, b);
	}
	let expected = 0;
	const list = [...values.entries()];
	for (const [a, na] of list) for (const [b, nb] of list) expected += na * nb * delta(a, b);
	if (expected === 0) return null;
	return 1 - ((n - 1) * observed) / expected;
}

/** Each reviewer's mean signed and absolute difference from the expert's scores on shared units. */
export function deviationsFromExpert(expert: readonly (number | null)[], reviewers: readonly (readonly (number | null)[])[]): { mean: number | null; meanAbsolute: number | null; units: number }[] {
	return reviewers.map((r) => {
		const diffs = r.map((v, u) => (v !== null && expert[u] !== null && expert[u] !== undefined ? v - expert[u]! : null)).filter((d): d is number => d !== null);
		if (!diffs.length) return { mean: null, meanAbsolute: null, units: 0 };
		return { mean: diffs.reduce((s, d) => s + d, 0) / diffs.length, meanAbsolute: diffs.reduce((s, d) => s + Math.abs(d), 0) / diffs.length, units: diffs.length };
	});
}
