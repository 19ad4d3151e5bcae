// Maximum flow by Dinic's algorithm: breadth-first levels from the source, then blocking flows
// along level-increasing edges with a per-node edge pointer, repeated until the sink is cut off.
// Source: E. A. Dinic (1970), "Algorithm for solution of a problem of maximum flow in networks
// with power estimation", Soviet Math. Doklady 11; max-flow min-cut (Ford & Fulkerson 1956).
// Limits: real capacities are compared with EPS (1e-9), so a flow is exact to about that per
// edge; O(V²E) in the worst case, far less on the layered networks it serves here.

const EPS = 1e-9;

export interface FlowNetwork {
	/** Adds an edge with this capacity (≥ 0, Infinity allowed); returns its index. */
	addEdge(from: number, to: number, capacity: number): number;
	/** The maximum flow from source to sink (the network keeps it: a second call adds nothing). */
	maxFlow(source: number, sink: number): number;
	/** Flow on an edge after `maxFlow`. */
	flowOn(edge: number): number;
}

export function createFlowNetwork(nodes: number): FlowNetwork {
	let size = 1024;
	let to = new Int32Array(size);
	let next = new Int32Array(size);
	let cap = new Float64Array(size);
	let edges = 0;
	const head = new Int32Array(nodes).fill(-1);
	const grow = () => {
		size *= 2;
		const t = new Int32Array(size); t.set(to); to = t;
		const n = new Int32Array(size); n.set(next); next = n;
		const c = new Float64Array(size); c.set(cap); cap = c;
	};
	const push = (from: number, target: number, capacity: number) => {
		if (edges === size) grow();
		to[edges] = target;
		cap[edges] = capacity;
		next[edges] = head[from]!;
		head[from] = edges++;
	};
	const addEdge = (from: number, target: number, capacity: number): number => {
		if (!(capacity >= 0)) throw new Error(`edge ${from}→${target}: capacity must be ≥ 0, got ${capacity}`);
		const id = edges;
		// Edge 2i is the forward edge, 2i + 1 its residual twin.
		push(from, target, capacity);
		push(target, from, 0);
		return id;
	};
	const level = new Int32Array(nodes);
	const queue = new Int32Array(nodes);
	const pointer = new Int32Array(nodes);
	const pathEdge = new Int32Array(nodes);
	const bfs = (source: number, sink: number): boolean => {
		level.fill(-1);
		level[source] = 0;
		let qh = 0;
		let qt = 0;
		queue[qt++] = source;
		while (qh < qt) {
			const v = queue[qh++]!;
			for (let e = head[v]!; e >= 0; e = next[e]!) {
				const w = to[e]!;
				if (level[w]! < 0 && cap[e]! > EPS) {
					level[w] = level[v]! + 1;
					queue[qt++] = w;
				}
			}
		}
		return level[sink]! >= 0;
	};
	// One augmenting path along the level graph (iterative: paths may be long in residual graphs).
	const augment = (source: number, sink: number): number => {
		let v = source;
		let depth = 0;
		for (;;) {
			if (v === sink) {
				let bottleneck = Infinity;
				for (let i = 0; i < depth; i++) bottleneck = Math.min(bottleneck, cap[pathEdge[i]!]!);
				for (let i = 0; i < depth; i++) {
					const e = pathEdge[i]!;
					cap[e]! -= bottleneck;
					cap[e ^ 1]! += bottleneck;
				}
				return bottleneck;
			}
			let e = pointer[v]!;
			while (e >= 0 && !(cap[e]! > EPS && level[to[e]!] === level[v]! + 1)) e = next[e]!;
			pointer[v] = e;
			if (e >= 0) {
				pathEdge[depth++] = e;
				v = to[e]!;
				continue;
			}
			// Dead end: no later path passes v in this phase; step back and skip the edge that led here.
			if (depth === 0) return 0;
			level[v] = -1;
			const back = pathEdge[--depth]!;
			v = to[back ^ 1]!;
			pointer[v] = next[pointer[v]!]!;
		}
	};
	let total = 0;
	return {
		addEdge,
		maxFlow(source, sink) {
			if (source === sink) throw new Error('source and sink must differ');
			while (bfs(source, sink)) {
				pointer.set(head);
				for (let f = augment(source, sink); f > 0; f = augment(source, sink)) {
					if (f === Infinity) throw new Error('unbounded flow: a path of infinite capacities joins source and sink');
					total += f;
				}
			}
			return total;
		},
		// The residual twin starts at 0 and holds exactly the flow sent (infinite edges included).
		flowOn: (edge) => cap[edge ^ 1]!
	};
}
