import { describe, expect, it } from 'vitest';
import { allocateBySkill, createSkillCoverage, maxSkillPools } from './skill-coverage';
import { mulberry32 } from '../random';

const one = (value: number) => Float64Array.of(value);

describe('createSkillCoverage', () => {
	it('with one pool covers the least of agents present and required', () => {
		const c = createSkillCoverage(1, [{ queueId: 0, agents: one(2.5) }], null);
		const g = c.groupOf([]);
		expect(c.covered(0)).toBe(0);
		for (const [n, expected] of [[1, 1], [2, 2], [3, 2.5], [4, 2.5]] as const) {
			c.add(0, g, 1);
			expect(c.present(0)).toBe(n);
			expect(c.covered(0)).toBe(expected);
		}
		expect(c.required(0)).toBe(2.5);
	});

	it('does not let specialists cover another queue', () => {
		// Billing needs 2, sales 1; three billing-only agents leave sales uncovered.
		const c = createSkillCoverage(1, [{ queueId: 10, agents: one(2) }, { queueId: 20, agents: one(1) }], [[10], [20], [10, 20]]);
		const billing = c.groupOf([10]);
		for (let i = 0; i < 3; i++) c.add(0, billing, 1);
		expect(c.covered(0)).toBe(2);
		expect(c.coveredWith(0, c.groupOf([20]), 1)).toBe(3);
		expect(c.coveredWith(0, c.groupOf([10, 20]), 1)).toBe(3);
		expect(c.coveredWith(0, billing, 1)).toBe(2);
		// A billing agent can be spared (one is idle); removing one still covers billing.
		expect(c.spare(0, billing)).toBe(1);
	});

	it('lets a blended agent free a specialist', () => {
		const c = createSkillCoverage(1, [{ queueId: 1, agents: one(1) }, { queueId: 2, agents: one(1) }], [[1], [1, 2]]);
		c.add(0, c.groupOf([1, 2]), 1);
		c.add(0, c.groupOf([1]), 1);
		// The blended agent takes queue 2 and the specialist queue 1.
		expect(c.covered(0)).toBe(2);
	});

	it('counts agents skilled for none of the queues as present but covering nothing', () => {
		const c = createSkillCoverage(1, [{ queueId: 1, agents: one(1) }], [[1], [7]]);
		c.add(0, c.groupOf([7]), 1);
		expect(c.present(0)).toBe(1);
		expect(c.covered(0)).toBe(0);
	});

	it('merges queues that exactly the same agents serve', () => {
		const c = createSkillCoverage(1, [{ queueId: 1, agents: one(1) }, { queueId: 2, agents: one(1) }, { queueId: 3, agents: one(1) }], [[1, 2], [3], [1, 2, 3]]);
		expect(c.pools.map((p) => [...p])).toEqual([[1, 2], [3]]);
		expect(c.required(0)).toBe(3);
	});

	it('refuses more distinct pools than it can price', () => {
		const queues = Array.from({ length: maxSkillPools + 1 }, (_, i) => ({ queueId: i + 1, agents: one(1) }));
		expect(() => createSkillCoverage(1, queues, queues.map((q) => [q.queueId]))).toThrow(/skill pools/);
	});

	it('orders intervals for breaks as present minus required does, with one pool', () => {
		const c = createSkillCoverage(4, [{ queueId: 0, agents: Float64Array.of(3, 3, 3, 2.5) }], null);
		const g = c.groupOf([]);
		const present = [2, 3, 5, 3];
		present.forEach((n, k) => {
			for (let i = 0; i < n; i++) c.add(k, g, 1);
		});
		const spares = present.map((_, k) => c.spare(k, g));
		const plain = present.map((n, k) => n - c.required(k));
		const order = (xs: number[]) => xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
		expect(order(spares)).toEqual(order(plain));
	});

	it('agrees with augmenting paths on random teams', () => {
		const random = mulberry32(5);
		for (let trial = 0; trial < 300; trial++) {
			const queues = 1 + Math.floor(random() * 4);
			const requirement = new Map(Array.from({ length: queues }, (_, q) => [q + 1, Math.round(random() * 40) / 10]));
			const skillSets = Array.from({ length: 1 + Math.floor(random() * 5) }, () => Array.from({ length: queues }, (_, q) => q + 1).filter(() => random() < 0.5));
			const c = createSkillCoverage(1, [...requirement].map(([queueId, v]) => ({ queueId, agents: one(v) })), skillSets);
			const counts = skillSets.map(() => Math.floor(random() * 4));
			skillSets.forEach((s, i) => {
				for (let n = 0; n < counts[i]!; n++) c.add(0, c.groupOf(s), 1);
			});
			const allocation = allocateBySkill(skillSets.map((queues, i) => ({ agents: counts[i]!, queues })), requirement);
			const total = [...allocation.values()].reduce((a, b) => a + b, 0);
			expect(c.covered(0)).toBeCloseTo(total, 9);
			const fairTotal = [...allocateBySkill(skillSets.map((queues, i) => ({ agents: counts[i]!, queues })), requirement, true).values()].reduce((x, y) => x + y, 0);
			expect(fairTotal).toBeCloseTo(total, 6);
			for (const [q, v] of allocation) {
				expect(v).toBeLessThanOrEqual(requirement.get(q)! + 1e-9);
				const servers = skillSets.reduce((sum, s, i) => sum + (s.includes(q) ? counts[i]! : 0), 0);
				expect(v).toBeLessThanOrEqual(servers + 1e-9);
			}
			// Adding then removing an agent is priced exactly by coveredWith.
			const g = c.groupOf(skillSets[0]!);
			const predicted = c.coveredWith(0, g, 1);
			c.add(0, g, 1);
			expect(c.covered(0)).toBeCloseTo(predicted, 9);
		}
	});
});

describe('allocateBySkill', () => {
	it('reroutes a generalist to free a queue only specialists can serve', () => {
		// A greedy split could send the generalist to queue 1 first; the best split covers both.
		const allocation = allocateBySkill([{ agents: 1, queues: [1, 2] }, { agents: 1, queues: [1] }], new Map([[1, 1], [2, 1]]));
		expect(allocation).toEqual(new Map([[1, 1], [2, 1]]));
	});
	it('when short, shares the agents so every queue gets the same part of its requirement, if fair', () => {
		// Three blended agents against 54 on voice and 3 on chat: a plain maximum flow may put all
		// three on voice; the fair split gives each queue 3/57 of its requirement.
		const groups = [{ agents: 3, queues: [1, 2] }];
		const need = new Map([[1, 54], [2, 3]]);
		const fairSplit = allocateBySkill(groups, need, true);
		expect(fairSplit.get(1)! / 54).toBeCloseTo(3 / 57, 6);
		expect(fairSplit.get(2)! / 3).toBeCloseTo(3 / 57, 6);
		const plain = allocateBySkill(groups, need);
		expect(plain.get(1)! + plain.get(2)!).toBeCloseTo(3, 9);
	});
	it('still covers the most when a specialist can only take one queue, if fair', () => {
		// A chat-only agent and a blended one: chat 1, voice 1 is the only full cover.
		const allocation = allocateBySkill([{ agents: 1, queues: [2] }, { agents: 1, queues: [1, 2] }], new Map([[1, 1], [2, 1]]), true);
		expect(allocation.get(1)).toBeCloseTo(1, 9);
		expect(allocation.get(2)).toBeCloseTo(1, 9);
	});
});
