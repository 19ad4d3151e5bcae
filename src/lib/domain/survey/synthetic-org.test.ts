import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { planRelease } from './anonymity';
import { SMALL_ORG, buildSegmentUniverse, generateOrg } from './synthetic-org';

describe('synthetic organisations', () => {
	it('are reproducible from a seed', () => {
		expect(generateOrg(mulberry32(42), SMALL_ORG)).toEqual(generateOrg(mulberry32(42), SMALL_ORG));
		expect(generateOrg(mulberry32(42), SMALL_ORG)).not.toEqual(generateOrg(mulberry32(43), SMALL_ORG));
	});
	it('build a universe the planner accepts: parts inside parents, one dimension disjoint', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const options = { ...SMALL_ORG, teamByTenure: seed % 2 === 0 };
			const people = generateOrg(mulberry32(seed), options);
			const segments = buildSegmentUniverse(people, options);
			expect(() => planRelease(segments)).not.toThrow();
			const org = segments.find((s) => s.key === 'org')!;
			expect(org.population).toBe(people.length);
			expect(org.members.size).toBe(people.filter((person) => person.responded).length);
			const teams = segments.filter((s) => s.dimension === 'team');
			expect(teams.reduce((sum, team) => sum + team.members.size, 0)).toBe(org.members.size);
		}
	});
});
