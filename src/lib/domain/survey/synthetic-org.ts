// Random contact-center organisations and the segment universe the survey reports can show,
// for the anonymity property tests and benches. Shape: org -> sites -> teams; every person has
// a tenure band; cross filters site x tenure band, team x tenure band, and "site without its
// newest band" (the classic near-duplicate of a site). Respondent keys are synthetic.
// Limits: sizes and response rates are uniform draws, not fitted to any real centre.
import type { Segment } from './anonymity';

export interface SyntheticOrgOptions {
	sites: readonly [number, number];
	teamsPerSite: readonly [number, number];
	teamSize: readonly [number, number];
	/** Each person answers with a probability drawn per team within this range. */
	responseRate: readonly [number, number];
	tenureBands: readonly string[];
	/** Adds team x tenure segments (many tiny cells). */
	teamByTenure: boolean;
}

export const SMALL_ORG: SyntheticOrgOptions = {
	sites: [1, 3],
	teamsPerSite: [1, 3],
	teamSize: [1, 12],
	responseRate: [0.4, 1],
	tenureBands: ['<1y', '1-3y', '3y+'],
	teamByTenure: false
};

export interface SyntheticPerson {
	personId: string;
	site: string;
	team: string;
	tenureBand: string;
	responded: boolean;
}

export function generateOrg(random: () => number, options: SyntheticOrgOptions): SyntheticPerson[] {
	const between = ([low, high]: readonly [number, number]) => low + Math.floor(random() * (high - low + 1));
	const people: SyntheticPerson[] = [];
	const siteCount = between(options.sites);
	for (let s = 0; s < siteCount; s++) {
		const teamCount = between(options.teamsPerSite);
		for (let t = 0; t < teamCount; t++) {
			const size = between(options.teamSize);
			const rate = options.responseRate[0] + random() * (options.responseRate[1] - options.responseRate[0]);
			// Skewed bands, as in a centre with steady hiring: the newest band is the largest.
			const skew = 0.5 + random();
			for (let p = 0; p < size; p++) {
				const band = options.tenureBands[Math.min(options.tenureBands.length - 1, Math.floor(Math.pow(random(), skew) * options.tenureBands.length))]!;
				people.push({ personId: `p${people.length}`, site: `s${s}`, team: `s${s}t${t}`, tenureBand: band, responded: random() < rate });
			}
		}
	}
	return people;
}

/** Every segment the reports can show for these people, members = respondents' keys (here the person ids). */
export function buildSegmentUniverse(people: readonly SyntheticPerson[], options: Pick<SyntheticOrgOptions, 'tenureBands' | 'teamByTenure'>): Segment[] {
	const segments = new Map<string, { parentKey: string | null; dimension: string; members: Set<string>; population: number }>();
	const add = (key: string, parentKey: string | null, dimension: string, person: SyntheticPerson) => {
		let segment = segments.get(key);
		if (!segment) {
			segment = { parentKey, dimension, members: new Set(), population: 0 };
			segments.set(key, segment);
		}
		segment.population++;
		if (person.responded) segment.members.add(person.personId);
	};
	const newest = options.tenureBands[0];
	for (const person of people) {
		add('org', null, 'org', person);
		add(`site:${person.site}`, 'org', 'site', person);
		add(`team:${person.team}`, `site:${person.site}`, 'team', person);
		add(`tenure:${person.tenureBand}`, 'org', 'tenure_band', person);
		add(`site×tenure:${person.site}/${person.tenureBand}`, `site:${person.site}`, 'site×tenure', person);
		if (person.tenureBand !== newest) add(`site-without-newest:${person.site}`, `site:${person.site}`, 'site×tenure≥1y', person);
		if (options.teamByTenure) add(`team×tenure:${person.team}/${person.tenureBand}`, `team:${person.team}`, 'team×tenure', person);
	}
	return [...segments.entries()].map(([key, segment]) => ({ key, ...segment }));
}
