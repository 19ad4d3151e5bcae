// Nelder-Mead downhill simplex minimisation, used to fit smoothing parameters.
// Source: Nelder & Mead (1965), The Computer Journal 7(4); coefficients as in Lagarias et al. (1998)
// SIAM J. Optim. 9(1): reflection 1, expansion 2, contraction 1/2, shrink 1/2.
// Limits: a local method for a few unconstrained parameters (map bounded ones through a logistic);
// deterministic given the start point and step; stops after `maxEvaluations` or when the simplex's
// function values agree to `tolerance` (relative).

export interface MinimiseResult {
	x: number[];
	value: number;
	evaluations: number;
}

export function nelderMead(f: (x: number[]) => number, start: number[], options: { step?: number; maxEvaluations?: number; tolerance?: number } = {}): MinimiseResult {
	const n = start.length;
	const step = options.step ?? 0.5;
	const maxEvaluations = options.maxEvaluations ?? 200 * n;
	const tolerance = options.tolerance ?? 1e-8;
	let evaluations = 0;
	// Non-finite objective values count as +Infinity so the simplex moves away from them.
	const evaluate = (x: number[]) => {
		evaluations++;
		const v = f(x);
		return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
	};
	const points: number[][] = [start.slice()];
	for (let i = 0; i < n; i++) {
		const p = start.slice();
		p[i] = p[i]! + step;
		points.push(p);
	}
	const values = points.map(evaluate);
	const order = points.map((_, i) => i);
	while (evaluations < maxEvaluations) {
		order.sort((a, b) => values[a]! - values[b]! || a - b);
		const best = order[0]!;
		const worst = order[n]!;
		const secondWorst = order[n - 1]!;
		const spread = Math.abs(values[worst]! - values[best]!);
		if (Number.isFinite(spread) && spread <= tolerance * (Math.abs(values[best]!) + 1e-12)) break;
		const centroid = new Array<number>(n).fill(0);
		for (let k = 0; k < n; k++) {
			const p = points[order[k]!]!;
			for (let i = 0; i < n; i++) centroid[i] = centroid[i]! + p[i]! / n;
		}
		const worstPoint = points[worst]!;
		const along = (t: number) => centroid.map((c, i) => c + t * (c - worstPoint[i]!));
		const reflected = along(1);
		const fr = evaluate(reflected);
		if (fr < values[best]!) {
			const expanded = along(2);
			const fe = evaluate(expanded);
			if (fe < fr) {
				points[worst] = expanded;
				values[worst] = fe;
			} else {
				points[worst] = reflected;
				values[worst] = fr;
			}
			continue;
		}
		if (fr < values[secondWorst]!) {
			points[worst] = reflected;
			values[worst] = fr;
			continue;
		}
		// Contract towards the better of the reflected and the worst point.
		const outside = fr < values[worst]!;
		const contracted = along(outside ? 0.5 : -0.5);
		const fc = evaluate(contracted);
		if (fc < (outside ? fr : values[worst]!)) {
			points[worst] = contracted;
			values[worst] = fc;
			continue;
		}
		const bestPoint = points[best]!;
		for (const k of order.slice(1)) {
			points[k] = points[k]!.map((v, i) => bestPoint[i]! + 0.5 * (v - bestPoint[i]!));
			values[k] = evaluate(points[k]!);
		}
	}
	let bestIndex = 0;
	for (let i = 1; i <= n; i++) if (values[i]! < values[bestIndex]!) bestIndex = i;
	return { x: points[bestIndex]!, value: values[bestIndex]!, evaluations };
}
