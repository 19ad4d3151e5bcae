// Turnover over a period, after the glossary: exits in the period / average headcount.
// Headcount is sampled at each month's first day plus the period's last day, which is how HR
// systems usually report it; a person counts from their hire date until (excluding) their exit date.
// Limits: calendar dates only (no time zones); people are taken as given (filter roles first).

export interface Employment {
	hireDate: string; // 'YYYY-MM-DD'
	exitDate: string | null; // 'YYYY-MM-DD', first day no longer employed
	exitType?: 'voluntary' | 'involuntary' | null;
}

export function isEmployedOn(person: Employment, day: string): boolean {
	return person.hireDate <= day && (person.exitDate === null || person.exitDate > day);
}

export function headcountOn(people: readonly Employment[], day: string): number {
	let count = 0;
	for (const person of people) if (isEmployedOn(person, day)) count++;
	return count;
}

export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return target.toISOString().slice(0, 10);
}

export interface TurnoverSummary {
	from: string;
	to: string;
	averageHeadcount: number;
	exits: number;
	voluntaryExits: number;
	involuntaryExits: number;
	hires: number;
	/** exits / average headcount, or null when nobody was employed. */
	rate: number | null;
}

/** Turnover over [from, to] inclusive. */
export function turnoverBetween(people: readonly Employment[], from: string, to: string): TurnoverSummary {
	if (to < from) throw new RangeError(`turnover period ends (${to}) before it starts (${from})`);
	const samples: string[] = [];
	const [fy, fm] = from.split('-').map(Number) as [number, number];
	for (let i = 0; ; i++) {
		const first = new Date(Date.UTC(fy, fm - 1 + i, 1)).toISOString().slice(0, 10);
		if (first > to) break;
		if (first >= from) samples.push(first);
	}
	if (samples[0] !== from) samples.unshift(from);
	if (samples[samples.length - 1] !== to) samples.push(to);
	const averageHeadcount = samples.reduce((sum, day) => sum + headcountOn(people, day), 0) / samples.length;
	let exits = 0;
	let voluntaryExits = 0;
	let involuntaryExits = 0;
	let hires = 0;
	for (const person of people) {
		if (person.hireDate >= from && person.hireDate <= to) hires++;
		if (person.exitDate !== null && person.exitDate >= from && person.exitDate <= to) {
			exits++;
			if (person.exitType === 'voluntary') voluntaryExits++;
			else if (person.exitType === 'involuntary') involuntaryExits++;
		}
	}
	return { from, to, averageHeadcount, exits, voluntaryExits, involuntaryExits, hires, rate: averageHeadcount > 0 ? exits / averageHeadcount : null };
}

/** The 12 months ending on `today` (inclusive): the rolling annual turnover. */
export function rollingYearTurnover(people: readonly Employment[], today: string): TurnoverSummary {
	return turnoverBetween(people, addDays(addMonths(today, -12), 1), today);
}

export function tenureDays(hireDate: string, today: string): number {
	const [hy, hm, hd] = hireDate.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
	return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(hy, hm - 1, hd)) / 86_400_000);
}
