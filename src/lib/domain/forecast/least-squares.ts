// Linear least squares through the normal equations, solved by Cholesky with a small ridge.
// Source: Golub & Van Loan, Matrix Computations (4th ed.) §4.2 (Cholesky) and §5.3 (normal equations).
// The ridge (lambda times the mean diagonal, plus any per-column extra) keeps X'X positive definite
// when columns are nearly collinear (e.g. a harmonic that the open hours cannot identify).
// Limits: squares the condition number, fine for the well-scaled Fourier and trend columns used here
// (all within [-1, 1]); accumulates X'X in O(n p^2) with a packed row-major p x p Float64Array.

export class NormalEquations {
	readonly p: number;
	readonly xtx: Float64Array;
	readonly xty: Float64Array;
	count = 0;

	constructor(p: number) {
		this.p = p;
		this.xtx = new Float64Array(p * p);
		this.xty = new Float64Array(p);
	}

	/** Add one row x with response y and weight w (upper triangle only; mirrored in solve). */
	add(x: Float64Array, y: number, w = 1): void {
		const { p, xtx, xty } = this;
		for (let i = 0; i < p; i++) {
			const wi = w * x[i]!;
			if (wi === 0) continue;
			xty[i] = xty[i]! + wi * y;
			const row = i * p;
			for (let j = i; j < p; j++) xtx[row + j] = xtx[row + j]! + wi * x[j]!;
		}
		this.count++;
	}

	/**
	 * Solve (X'X + ridge) b = X'y. `extraRidge[i]` adds a column-specific penalty. Should rounding leave
	 * the matrix numerically indefinite, the ridge grows a thousandfold (at most three times) before
	 * giving up with all-zero coefficients.
	 */
	solve(ridge = 1e-8, extraRidge?: Float64Array): Float64Array {
		for (let attempt = 0, r = ridge; attempt < 4; attempt++, r *= 1000) {
			try {
				return choleskySolve(this.regularised(r, extraRidge), this.xty, this.p);
			} catch (error) {
				if (!(error instanceof RangeError)) throw error;
			}
		}
		return new Float64Array(this.p);
	}

	private regularised(ridge: number, extraRidge?: Float64Array): Float64Array {
		const { p } = this;
		const a = new Float64Array(p * p);
		let trace = 0;
		for (let i = 0; i < p; i++) trace += this.xtx[i * p + i]!;
		const lambda = ridge * (trace / p || 1);
		for (let i = 0; i < p; i++) {
			for (let j = i; j < p; j++) {
				const v = this.xtx[i * p + j]!;
				a[i * p + j] = v;
				a[j * p + i] = v;
			}
			a[i * p + i] = a[i * p + i]! + (lambda + (extraRidge?.[i] ?? 0));
		}
		return a;
	}
}

/** Solve A x = b for symmetric positive definite A (row-major p x p); A is overwritten. */
export function choleskySolve(a: Float64Array, b: Float64Array, p: number): Float64Array {
	for (let j = 0; j < p; j++) {
		let diag = a[j * p + j]!;
		for (let k = 0; k < j; k++) diag -= a[j * p + k]! * a[j * p + k]!;
		if (!(diag > 0)) throw new RangeError('matrix is not positive definite');
		const l = Math.sqrt(diag);
		a[j * p + j] = l;
		for (let i = j + 1; i < p; i++) {
			let v = a[i * p + j]!;
			for (let k = 0; k < j; k++) v -= a[i * p + k]! * a[j * p + k]!;
			a[i * p + j] = v / l;
		}
	}
	const x = Float64Array.from(b);
	for (let i = 0; i < p; i++) {
		let v = x[i]!;
		for (let k = 0; k < i; k++) v -= a[i * p + k]! * x[k]!;
		x[i] = v / a[i * p + i]!;
	}
	for (let i = p - 1; i >= 0; i--) {
		let v = x[i]!;
		for (let k = i + 1; k < p; k++) v -= a[k * p + i]! * x[k]!;
		x[i] = v / a[i * p + i]!;
	}
	return x;
}
