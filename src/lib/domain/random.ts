// mulberry32, a small seeded pseudo-random generator (Tommy Ettinger, public domain, 2017):
// 32-bit state, period 2^32. Used wherever a model takes randomness as a parameter, so a seed
// reproduces a run. Not for cryptography.
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shuffles `xs` in place (Fisher–Yates: every order equally likely) and returns it. */
export function shuffle<T>(xs: T[], random: () => number): T[] {
	for (let i = xs.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[xs[i], xs[j]] = [xs[j]!, xs[i]!];
	}
	return xs;
}
