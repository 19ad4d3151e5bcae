// Turnover over time and by group, the way HR reads it: monthly turnover (exits in the month over
// the month's average headcount) and the rolling 12-month rate at each month end (annualised), for
// the whole population and for groups (team, site, or tenure band). Tenure bands follow a person:
// for headcount they are counted in the band their tenure is in on each sample day, and an exit is
// counted in the band of its tenure at exit. Reference figures from the research behind Tend:
// 19% a year on average, 20-60% in many centers.
// Limits: months at the edge of the data (before the first hire) are reported with no rate.
import { addDays, addMonths, headcountOn, rollingYearTurnover, tenureDays, turnoverBetween, type Employment } from './turnover';

export const referenceAnnualTurnover = 0.19;
export const referenceRange = { low: 0.2, high: 0.6 } as const;

export const tenureBands = [
	{ key: 'under_90d', from: 0, to: 89 },
	{ key: '90d_1y', from: 90, to: 364 },
	{ key: '1y_2y', from: 365, to: 729 },
	{ key: 'over_2y', from: 730, to: Infinity }
] as const;
export type TenureBand = (typeof tenureBands)[number]['key'];

/** The band of a tenure in days; a negative tenure (a date before the hire) counts as the first band. */
export function tenureBandOf(days: number): TenureBand {
	const d = Math.max(0, Math.floor(days));
	return tenureBands.find((b) => d >= b.from && d <= b.to)!.key;
}

export interface MonthPoint {
	month: string;
	/** Exits in the month / average headcount of the month; null with nobody employed. */
	monthly: number | null;
	/** Rolling 12 months to the month's last day. */
	rolling: number | null;
	exits: number;
	headcount: number;
}

/** The last `months` full months before `today`, oldest first. */
export function monthlyTurnover(people: readonly Employment[], today: string, months: number): MonthPoint[] {
	const thisMonth = `${today.slice(0, 7)}-01`;
	const out: MonthPoint[] = [];
	for (let i = months; i >= 1; i--) {
		const first = addMonths(thisMonth, -i);
		const last = addDays(addMonths(first, 1), -1);
		const month = turnoverBetween(people, first, last);
		const rolling = rollingYearTurnover(people, addDays(last, 1));
		out.push({ month: first.slice(0, 7), monthly: month.rate, rolling: rolling.rate, exits: month.exits, headcount: headcountOn(people, last) });
	}
	return out;
}

export interface GroupTurnover {
	key: string;
	headcount: number;
	averageHeadcount: number;
	exits: number;
	voluntaryExits: number;
	/** Rolling 12-month rate; null with nobody employed. */
	rate: number | null;
}

/** Rolling 12-month turnover per group, groups given by a key per person (e.g. team name). */
export function turnoverByGroup<T extends Employment>(people: readonly T[], today: string, groupOf: (p: T) => string): GroupTurnover[] {
	const groups = new Map<string, T[]>();
	for (const p of people) (groups.get(groupOf(p)) ?? groups.set(groupOf(p), []).get(groupOf(p))!).push(p);
	return [...groups.entries()]
		.map(([key, list]) => {
			const t = rollingYearTurnover(list, today);
			return { key, headcount: headcountOn(list, today), averageHeadcount: t.averageHeadcount, exits: t.exits, voluntaryExits: t.voluntaryExits, rate: t.rate };
		})
		.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Rolling 12-month turnover per tenure band. */
export function turnoverByTenureBand(people: readonly Employment[], today: string): GroupTurnover[] {
	const from = addDays(addMonths(today, -12), 0);
	const samples: string[] = [];
	for (let d = from; d < today; d = addMonths(d, 1)) samples.push(d);
	return tenureBands.map((band) => {
		const inBand = (p: Employment, day: string) => p.hireDate <= day && (p.exitDate === null || p.exitDate > day) && tenureBandOf(tenureDays(p.hireDate, day)) === band.key;
		const averageHeadcount = samples.reduce((s, day) => s + people.filter((p) => inBand(p, day)).length, 0) / Math.max(1, samples.length);
		const leavers = people.filter((p) => p.exitDate !== null && p.exitDate > from && p.exitDate <= today && tenureBandOf(tenureDays(p.hireDate, p.exitDate)) === band.key);
		return {
			key: band.key,
			headcount: people.filter((p) => inBand(p, today)).length,
			averageHeadcount,
			exits: leavers.length,
			voluntaryExits: leavers.filter((p) => p.exitType === 'voluntary').length,
			rate: averageHeadcount > 0 ? leavers.length / averageHeadcount : null
		};
	});
}
