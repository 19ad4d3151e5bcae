// L2-regularised logistic regression fitted by Newton's method (IRLS) with a backtracking line search.
// Source: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning (2nd ed.) §4.4.1
// (Newton/IRLS for logistic regression) and §3.4.1 (ridge); Boyd & Vandenberghe, Convex
// Optimization §9.5 (damped Newton, Armijo backtracking, Newton decrement as the stopping rule).
// Objective, in nats summed over rows (not averaged):
//   Σ_i [softplus(η_i) − y_i η_i] + (l2 / 2) Σ_j w_j²,   η_i = b + x_i·w,
// so l2 = 1 / C of scikit-learn's LogisticRegression, and the intercept b is never penalised. With
// l2 > 0 and both classes present the objective is strictly convex and coercive, so the solution is
// finite even when the classes are separable.
// Limits: dense p×p Hessian, O(n p²) per iteration plus an O(p³) Cholesky; meant for p up to a few
// hundred columns. With l2 = 0 on separable data the MLE does not exist; the fit stops at the
// iteration cap and reports converged = false.

export interface LogisticFit {
	intercept: number;
	weights: number[];
	iterations: number;
	converged: boolean;
	/** Final objective value (nats, summed over rows, penalty included). */
	objective: number;
}

export interface LogisticOptions {
	/** Ridge strength on the weights (prior precision), >= 0. */
	l2: number;
	maxIterations?: number;
	/** Stop when half the squared Newton decrement falls below this (nats). */
	tolerance?: number;
	/** Warm start, e.g. from the neighbouring value on a regularisation path. */
	start?: { intercept: number; weights: readonly number[] };
}

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
	return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
	if (z >= 0) return 1 / (1 + Math.exp(-z));
	const e = Math.exp(z);
	return e / (1 + e);
}

export function predictLogOdds(fit: { intercept: number; weights: readonly number[] }, row: ArrayLike<number>): number {
	let eta = fit.intercept;
	for (let j = 0; j < fit.weights.length; j++) eta += fit.weights[j]! * row[j]!;
	return eta;
}

function checkShapes(rows: readonly ArrayLike<number>[], labels: ArrayLike<number>, p: number): void {
	if (rows.length !== labels.length) throw new RangeError(`${rows.length} rows but ${labels.length} labels`);
	for (let i = 0; i < rows.length; i++) {
		if (rows[i]!.length !== p) throw new RangeError(`row ${i} has ${rows[i]!.length} columns, expected ${p}`);
		const y = labels[i]!;
		if (y !== 0 && y !== 1) throw new RangeError(`label ${i} must be 0 or 1, got ${y}`);
	}
}

/** Objective and its gradient at (intercept, weights); gradient[0] is ∂/∂b, gradient[1 + j] is ∂/∂w_j. */
export function logisticObjective(
	rows: readonly ArrayLike<number>[],
	labels: ArrayLike<number>,
	l2: number,
	intercept: number,
	weights: readonly number[]
): { value: number; gradient: number[] } {
	const p = weights.length;
	const gradient = new Array<number>(p + 1).fill(0);
	let value = 0;
	for (let i = 0; i < rows.length; i++) {
		const x = rows[i]!;
		const eta = predictLogOdds({ intercept, weights }, x);
		const y = labels[i]!;
		value += softplus(eta) - y * eta;
		const residual = sigmoid(eta) - y;
		gradient[0]! += residual;
		for (let j = 0; j < p; j++) gradient[j + 1]! += residual * x[j]!;
	}
	for (let j = 0; j < p; j++) {
		value += (l2 / 2) * weights[j]! ** 2;
		gradient[j + 1]! += l2 * weights[j]!;
	}
	return { value, gradient };
}

/** Solve A x = b for symmetric positive definite A (row-major, size m×m); null if not positive definite. */
export function solveCholesky(a: Float64Array, b: readonly number[], m: number): number[] | null {
	const l = new Float64Array(m * m);
	for (let i = 0; i < m; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = a[i * m + j]!;
			for (let k = 0; k < j; k++) sum -= l[i * m + k]! * l[j * m + k]!;
			if (i === j) {
				if (!(sum > 0)) return null;
				l[i * m + i] = Math.sqrt(sum);
			} else l[i * m + j] = sum / l[j * m + j]!;
		}
	}
	const z = new Array<number>(m);
	for (let i = 0; i < m; i++) {
		let sum = b[i]!;
		for (let k = 0; k < i; k++) sum -= l[i * m + k]! * z[k]!;
		z[i] = sum / l[i * m + i]!;
	}
	const x = new Array<number>(m);
	for (let i = m - 1; i >= 0; i--) {
		let sum = z[i]!;
		for (let k = i + 1; k < m; k++) sum -= l[k * m + i]! * x[k]!;
		x[i] = sum / l[i * m + i]!;
	}
	return x;
}

function objectiveOnly(rows: readonly ArrayLike<number>[], labels: ArrayLike<number>, l2: number, beta: readonly number[]): number {
	const p = beta.length - 1;
	let value = 0;
	for (let i = 0; i < rows.length; i++) {
		const x = rows[i]!;
		let eta = beta[0]!;
		for (let j = 0; j < p; j++) eta += beta[j + 1]! * x[j]!;
		value += softplus(eta) - labels[i]! * eta;
	}
	for (let j = 1; j <= p; j++) value += (l2 / 2) * beta[j]! ** 2;
	return value;
}

/** Fit b and w by damped Newton. Rows are the encoded design (no intercept column); labels are 0/1. */
export function fitLogistic(rows: readonly ArrayLike<number>[], labels: ArrayLike<number>, options: LogisticOptions): LogisticFit {
	const p = rows[0]?.length ?? options.start?.weights.length ?? 0;
	checkShapes(rows, labels, p);
	if (rows.length === 0) throw new RangeError('fitLogistic needs at least one row');
	const { l2 } = options;
	if (!(l2 >= 0) || !Number.isFinite(l2)) throw new RangeError(`l2 must be a finite number >= 0, got ${l2}`);
	const maxIterations = options.maxIterations ?? 100;
	const tolerance = options.tolerance ?? 1e-10;
	const m = p + 1;
	const beta = new Array<number>(m).fill(0);
	if (options.start) {
		if (options.start.weights.length !== p) throw new RangeError(`start has ${options.start.weights.length} weights, expected ${p}`);
		beta[0] = options.start.intercept;
		for (let j = 0; j < p; j++) beta[j + 1] = options.start.weights[j]!;
	} else {
		// the intercept-only optimum, clamped so a single-class input still starts finite
		const mean = Array.from({ length: rows.length }, (_, i) => labels[i]!).reduce((s, y) => s + y, 0) / rows.length;
		const clamped = Math.min(1 - 1e-6, Math.max(1e-6, mean));
		beta[0] = Math.log(clamped / (1 - clamped));
	}
	let value = objectiveOnly(rows, labels, l2, beta);
	const hessian = new Float64Array(m * m);
	const gradient = new Array<number>(m);
	const extended = new Float64Array(m);
	extended[0] = 1;
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		iterations++;
		hessian.fill(0);
		gradient.fill(0);
		for (let i = 0; i < rows.length; i++) {
			const x = rows[i]!;
			for (let j = 0; j < p; j++) extended[j + 1] = x[j]!;
			let eta = 0;
			for (let j = 0; j < m; j++) eta += beta[j]! * extended[j]!;
			const mu = sigmoid(eta);
			const residual = mu - labels[i]!;
			const weight = mu * (1 - mu);
			for (let j = 0; j < m; j++) {
				const xj = extended[j]!;
				if (xj === 0) continue;
				gradient[j]! += residual * xj;
				const wxj = weight * xj;
				const row = j * m;
				for (let k = j; k < m; k++) hessian[row + k]! += wxj * extended[k]!;
			}
		}
		for (let j = 1; j < m; j++) {
			gradient[j]! += l2 * beta[j]!;
			hessian[j * m + j]! += l2;
		}
		for (let j = 0; j < m; j++) for (let k = 0; k < j; k++) hessian[j * m + k] = hessian[k * m + j]!;
		let step = solveCholesky(hessian, gradient, m);
		// near-separable data with l2 = 0 (or duplicated columns) leaves H singular: add a small ridge
		for (let ridge = 1e-10; step === null && ridge < 1e6; ridge *= 100) {
			const damped = Float64Array.from(hessian);
			for (let j = 0; j < m; j++) damped[j * m + j]! += ridge * (1 + hessian[j * m + j]!);
			step = solveCholesky(damped, gradient, m);
		}
		if (step === null) break;
		const decrement = step.reduce((s, d, j) => s + d * gradient[j]!, 0);
		if (decrement / 2 < tolerance) {
			// inside the quadratic region a last full step squares the remaining error
			for (let j = 0; j < m; j++) beta[j] = beta[j]! - step[j]!;
			value = objectiveOnly(rows, labels, l2, beta);
			converged = true;
			break;
		}
		let t = 1;
		let accepted = false;
		const trial = new Array<number>(m);
		for (let halvings = 0; halvings < 60; halvings++) {
			for (let j = 0; j < m; j++) trial[j] = beta[j]! - t * step[j]!;
			const trialValue = objectiveOnly(rows, labels, l2, trial);
			if (trialValue <= value - 1e-4 * t * decrement) {
				for (let j = 0; j < m; j++) beta[j] = trial[j]!;
				value = trialValue;
				accepted = true;
				break;
			}
			t /= 2;
		}
		// no decrease possible in floating point: we are at the optimum to machine precision
		if (!accepted) {
			converged = true;
			break;
		}
	}
	return { intercept: beta[0]!, weights: beta.slice(1), iterations, converged, objective: value };
}
