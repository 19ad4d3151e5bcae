import { describe, expect, it } from 'vitest';
import { agentsWithoutQueue, coverageByQueue, coveredWithinSkills } from './center-model';

describe('coverageByQueue', () => {
	const q = 15 * 60_000;
	it('splits the agents on contacts across the queues of their skills, breaks left out', () => {
		// Interval 0: a billing agent and a blended one; billing needs 1, sales 1: both covered.
		// Interval 1: the blended agent is on a break, so sales is short.
		const shifts = [
			{ start: 0, end: 2 * q, breaks: [], skills: [1] },
			{ start: 0, end: 2 * q, breaks: [{ start: q, end: 2 * q }], skills: [1, 2] }
		];
		const need = new Map([[0, 1], [q, 1]]);
		const out = coverageByQueue(shifts, 0, 2 * q, 15, [{ queueId: 1, requirement: need }, { queueId: 2, requirement: need }]);
		expect(out.get(0)).toEqual(new Map([[1, 1], [2, 1]]));
		expect(out.get(q)).toEqual(new Map([[1, 1], [2, 0]]));
	});
	it('sums the queues covered per interval', () => {
		const shifts = [{ start: 0, end: q, breaks: [], skills: [1, 2] }];
		const need = new Map([[0, 1]]);
		expect(coveredWithinSkills(shifts, 0, q, 15, [{ queueId: 1, requirement: need }, { queueId: 2, requirement: need }])).toEqual(new Map([[0, 1]]));
	});
});

describe('agentsWithoutQueue', () => {
	const agent = (id: number, skills?: number[]) => ({ id, name: `Agent ${id}`, skills }) as unknown as Parameters<typeof agentsWithoutQueue>[0]['agents'][number];
	it("names the agents skilled for none of the team's queues", () => {
		const need = new Map<number, number>();
		expect(agentsWithoutQueue({ agents: [agent(1, [1]), agent(2, [9]), agent(3)], queueRequirements: [{ queueId: 1, requirement: need }] })).toEqual([
			{ id: 2, name: 'Agent 2' },
			{ id: 3, name: 'Agent 3' }
		]);
	});
	it('names nobody when coverage is for the team as a whole', () => {
		expect(agentsWithoutQueue({ agents: [agent(1)] })).toEqual([]);
	});
});
