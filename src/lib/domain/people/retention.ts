// Retention: how long hires stay, after Kaplan & Meier (J. Am. Stat. Assoc. 1958;53:457-481).
// Tenure = calendar days from hire to exit (the exit date is the first day no longer employed,
// as in turnover.ts); people still employed on `asOf`, or whose exit is dated after it, are
// censored at their tenure on `asOf`. Variance by Greenwood's formula; pointwise 95% bands on the
// log-log scale (Kalbfleisch & Prentice), clamped to [0, 1]. Median tenure = first time the
// curve is at or below 0.5, with the Brookmeyer-Crowley style limits read off the bands.
// Early attrition: the share of hires leaving within 90 / 180 days, counting only hires whose
// whole window is observed (hired at least that many days before `asOf`), with a Wilson interval.
// Limits: bands are pointwise, not simultaneous; with few people at risk late in the curve they
// are wide and the median may not be reached (null). Where S = 0 the variance is taken as 0.
// Calendar dates only, no time zones. Rates over a period (exits / headcount) are turnover.ts.
import { tenureDays, type Employment } from './turnover';

export interface SurvivalObservation {
	/** Time to the event or to censoring, >= 0 (days here). */
	time: number;
	/** true = the event happened at `time` (an exit); false = still there when last seen. */
	event: boolean;
}

export interface SurvivalStep {
	time: number;
	atRisk: number;
	events: number;
	censored: number;
	/** S(t) just after `time`. */
	survival: number;
	/** Greenwood variance of S(t). */
	variance: number;
	standardError: number;
	/** 95% pointwise band, log-log scale. */
	lower: number;
	upper: number;
}

export interface SurvivalCurve {
	n: number;
	events: number;
	/** One step per distinct time with an event or a censoring, in time order. */
	steps: SurvivalStep[];
	/** First time with S <= 0.5, or null when the curve never gets there. */
	median: number | null;
	/** 95% limits of the median: first times the lower / upper band reach 0.5; null when not reached. */
	medianLower: number | null;
	medianUpper: number | null;
}

/** The standard normal 0.975 quantile: two-sided 95%. */
const Z95 = 1.959963984540054;

export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalCurve {
	observations.forEach((observation, index) => {
		if (typeof observation?.time !== 'number' || !Number.isFinite(observation.time) || observation.time < 0)
			throw new RangeError(`observation ${index}: time must be a finite number >= 0, got ${String(observation?.time)}`);
		if (typeof observation.event !== 'boolean') throw new RangeError(`observation ${index}: event must be true or false, got ${String(observation.event)}`);
	});
	const sorted = [...observations].sort((a, b) => a.time - b.time);
	const steps: SurvivalStep[] = [];
	let atRisk = sorted.length;
	let survival = 1;
	let greenwood = 0;
	let totalEvents = 0;
	for (let i = 0; i < sorted.length; ) {
		const time = sorted[i]!.time;
		let events = 0;
		let censored = 0;
		for (; i < sorted.length && sorted[i]!.time === time; i++) sorted[i]!.event ? events++ : censored++;
		if (events > 0) {
			survival *= (atRisk - events) / atRisk;
			// Censorings tied with events count as at risk at that time (the usual convention).
			greenwood += atRisk === events ? 0 : events / (atRisk * (atRisk - events));
			totalEvents += events;
		}
		const variance = survival === 0 ? 0 : survival * survival * greenwood;
		const [lower, upper] = logLogBand(survival, greenwood);
		steps.push({ time, atRisk, events, censored, survival, variance, standardError: Math.sqrt(variance), lower, upper });
		atRisk -= events + censored;
	}
	const firstAtOrBelowHalf = (value: (step: SurvivalStep) => number) => steps.find((step) => value(step) <= 0.5)?.time ?? null;
	return {
		n: sorted.length,
		events: totalEvents,
		steps,
		median: firstAtOrBelowHalf((step) => step.survival),
		medianLower: firstAtOrBelowHalf((step) => step.lower),
		medianUpper: firstAtOrBelowHalf((step) => step.upper)
	};
}

// S^exp(±z·se) with se = sqrt(greenwood) / |log S|: the band of log(-log S), mapped back.
function logLogBand(survival: number, greenwood: number): [number, number] {
	if (survival >= 1) return [1, 1];
	if (survival <= 0) return [0, 0];
	const logS = Math.log(survival);
	const spread = Math.exp((Z95 * Math.sqrt(greenwood)) / Math.abs(logS));
	const clamp = (value: number) => Math.min(1, Math.max(0, value));
	return [clamp(Math.pow(survival, spread)), clamp(Math.pow(survival, 1 / spread))];
}

/** S(t): the curve's value at time t (1 before the first event). */
export function survivalAt(curve: SurvivalCurve, time: number): number {
	let value = 1;
	for (const step of curve.steps) {
		if (step.time > time) break;
		value = step.survival;
	}
	return value;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function requireDay(day: unknown, label: string): string {
	if (typeof day !== 'string' || !DAY.test(day)) throw new RangeError(`${label} must be a day 'YYYY-MM-DD', got ${String(day)}`);
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	if (new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) !== day) throw new RangeError(`${label} is not a calendar day: ${day}`);
	return day;
}

/** Tenure in days per person hired on or before `asOf`: an exit by `asOf` is an event, else censored. */
export function tenureObservations(people: readonly Employment[], asOf: string): SurvivalObservation[] {
	requireDay(asOf, 'asOf');
	const observations: SurvivalObservation[] = [];
	people.forEach((person, index) => {
		requireDay(person.hireDate, `person ${index} hireDate`);
		if (person.exitDate !== null) {
			requireDay(person.exitDate, `person ${index} exitDate`);
			if (person.exitDate < person.hireDate) throw new RangeError(`person ${index}: exitDate ${person.exitDate} is before hireDate ${person.hireDate}`);
		}
		if (person.hireDate > asOf) return;
		const left = person.exitDate !== null && person.exitDate <= asOf;
		observations.push({ time: tenureDays(person.hireDate, left ? person.exitDate! : asOf), event: left });
	});
	return observations;
}

export function retentionCurve(people: readonly Employment[], asOf: string): SurvivalCurve {
	return kaplanMeier(tenureObservations(people, asOf));
}

export type CohortGrain = 'year' | 'quarter';

/** '2024' or '2024-Q3'. */
export function hireCohort(hireDate: string, grain: CohortGrain): string {
	const [year, month] = requireDay(hireDate, 'hireDate').split('-').map(Number) as [number, number];
	return grain === 'year' ? String(year) : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export interface CohortRetention {
	cohort: string;
	curve: SurvivalCurve;
}

/** One curve per hire year or quarter, oldest first; only cohorts with someone hired by `asOf`. */
export function retentionByCohort(people: readonly Employment[], asOf: string, grain: CohortGrain): CohortRetention[] {
	if (grain !== 'year' && grain !== 'quarter') throw new RangeError(`cohort grain must be 'year' or 'quarter', got ${String(grain)}`);
	requireDay(asOf, 'asOf');
	const cohorts = new Map<string, Employment[]>();
	for (const person of people) {
		if (typeof person.hireDate === 'string' && person.hireDate > asOf) continue;
		const cohort = hireCohort(person.hireDate, grain);
		const list = cohorts.get(cohort);
		if (list) list.push(person);
		else cohorts.set(cohort, [person]);
	}
	return [...cohorts.keys()].sort().map((cohort) => ({ cohort, curve: retentionCurve(cohorts.get(cohort)!, asOf) }));
}

export interface EarlyAttrition {
	horizonDays: number;
	/** Hires at least `horizonDays` before asOf: their whole window is observed. */
	eligible: number;
	/** Of those, exits within `horizonDays` days of hire. */
	left: number;
	share: number | null;
	/** Wilson 95% interval of the share. */
	lower: number | null;
	upper: number | null;
}

export function earlyAttrition(people: readonly Employment[], asOf: string, horizons: readonly number[] = [90, 180]): EarlyAttrition[] {
	requireDay(asOf, 'asOf');
	horizons.forEach((horizon, index) => {
		if (!Number.isInteger(horizon) || horizon <= 0) throw new RangeError(`horizon ${index} must be a whole number of days > 0, got ${String(horizon)}`);
	});
	const observations = people.map((person, index) => {
		requireDay(person.hireDate, `person ${index} hireDate`);
		if (person.exitDate !== null) {
			requireDay(person.exitDate, `person ${index} exitDate`);
			if (person.exitDate < person.hireDate) throw new RangeError(`person ${index}: exitDate ${person.exitDate} is before hireDate ${person.hireDate}`);
		}
		return { observed: person.hireDate <= asOf ? tenureDays(person.hireDate, asOf) : -1, exitTenure: person.exitDate !== null && person.exitDate <= asOf ? tenureDays(person.hireDate, person.exitDate) : null };
	});
	return horizons.map((horizonDays) => {
		let eligible = 0;
		let left = 0;
		for (const { observed, exitTenure } of observations) {
			if (observed < horizonDays) continue;
			eligible++;
			if (exitTenure !== null && exitTenure <= horizonDays) left++;
		}
		const [lower, upper] = eligible === 0 ? [null, null] : wilson(left, eligible);
		return { horizonDays, eligible, left, share: eligible === 0 ? null : left / eligible, lower, upper };
	});
}

function wilson(successes: number, n: number): [number, number] {
	const p = successes / n;
	const z2 = Z95 * Z95;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
