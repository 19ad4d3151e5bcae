import { describe, expect, it } from 'vitest';
import { createFlowNetwork } from './max-flow';
import { mulberry32 } from '../random';

interface Edge {
	from: number;
	to: number;
	capacity: number;
}

/** Least cut by enumeration: every node set holding the source and not the sink. */
function bruteMinCut(n: number, edges: readonly Edge[], source: number, sink: number): number {
	let least = Infinity;
	for (let mask = 0; mask < 1 << n; mask++) {
		if (!(mask & (1 << source)) || mask & (1 << sink)) continue;
		let cut = 0;
		for (const e of edges) if (mask & (1 << e.from) && !(mask & (1 << e.to))) cut += e.capacity;
		least = Math.min(least, cut);
	}
	return least;
}

function randomGraph(random: () => number, n: number, m: number, integral: boolean): Edge[] {
	const edges: Edge[] = [];
	for (let i = 0; i < m; i++) {
		const from = Math.floor(random() * n);
		let to = Math.floor(random() * (n - 1));
		if (to >= from) to++;
		const capacity = integral ? Math.floor(random() * 6) : Math.round(random() * 400) / 100;
		edges.push({ from, to, capacity });
	}
	return edges;
}

describe('createFlowNetwork', () => {
	it('equals the least cut on random graphs, and its flow keeps capacities and conservation', () => {
		const random = mulberry32(7);
		for (let trial = 0; trial < 300; trial++) {
			const n = 2 + Math.floor(random() * 8);
			const edges = randomGraph(random, n, Math.floor(random() * 4 * n), trial % 2 === 0);
			const net = createFlowNetwork(n);
			const ids = edges.map((e) => net.addEdge(e.from, e.to, e.capacity));
			const flow = net.maxFlow(0, n - 1);
			expect(flow).toBeCloseTo(bruteMinCut(n, edges, 0, n - 1), 9);
			const balance = new Float64Array(n);
			edges.forEach((e, i) => {
				const f = net.flowOn(ids[i]!);
				expect(f).toBeGreaterThanOrEqual(-1e-9);
				expect(f).toBeLessThanOrEqual(e.capacity + 1e-9);
				balance[e.from]! -= f;
				balance[e.to]! += f;
			});
			for (let v = 1; v < n - 1; v++) expect(Math.abs(balance[v]!)).toBeLessThan(1e-9);
			expect(balance[n - 1]).toBeCloseTo(flow, 9);
		}
	});

	it('takes infinite inner edges, and keeps its flow on a second call', () => {
		// s → a (3), s → b (2), a → c (∞), b → c (∞), c → t (4): the cut at t is 4.
		const net = createFlowNetwork(5);
		net.addEdge(0, 1, 3);
		net.addEdge(0, 2, 2);
		const ac = net.addEdge(1, 3, Infinity);
		net.addEdge(2, 3, Infinity);
		net.addEdge(3, 4, 4);
		expect(net.maxFlow(0, 4)).toBe(4);
		expect(net.maxFlow(0, 4)).toBe(4);
		expect(net.flowOn(ac)).toBeGreaterThanOrEqual(2);
	});

	it('finds long augmenting paths through residual edges', () => {
		// A chain of 5,000 nodes: no recursion limit on the path length.
		const n = 5000;
		const net = createFlowNetwork(n);
		for (let v = 0; v + 1 < n; v++) net.addEdge(v, v + 1, 1 + (v % 3));
		expect(net.maxFlow(0, n - 1)).toBe(1);
	});

	it('refuses a negative capacity and an unbounded path', () => {
		const net = createFlowNetwork(2);
		expect(() => net.addEdge(0, 1, -1)).toThrow(/capacity must be ≥ 0/);
		net.addEdge(0, 1, Infinity);
		expect(() => net.maxFlow(0, 1)).toThrow(/unbounded/);
		expect(() => createFlowNetwork(2).maxFlow(1, 1)).toThrow(/differ/);
	});
});
