/**
 * The deterministic demo contact center: a pure function from (today, seed, scale) to the rows
 * the database seed inserts. No I/O, no clock, no Math.random: the same input gives the same
 * rows, byte for byte. seeds/README.md documents the model and its coefficients; keep the two
 * in step.
 */
import { tzOffset } from '@date-fns/tz';
import type {
	agentDayOutcomes,
	Channel,
	exits,
	ExitType,
	intervalHistory,
	organizations,
	people,
	queues,
	sites,
	teams,
	teamSupervisors
} from '../src/lib/server/db/schema';
import { createRandom, deriveSeed, type Random } from './random';

// Insert types, with the ids the generator always assigns made required.
type WithId<T> = T & { id: number };
export type OrganizationRow = WithId<typeof organizations.$inferInsert>;
export type SiteRow = WithId<typeof sites.$inferInsert>;
export type TeamRow = WithId<typeof teams.$inferInsert>;
export type PersonRow = WithId<typeof people.$inferInsert>;
export type TeamSupervisorRow = typeof teamSupervisors.$inferInsert;
export type QueueRow = WithId<typeof queues.$inferInsert>;
export type IntervalRow = typeof intervalHistory.$inferInsert;
export type AgentDayRow = typeof agentDayOutcomes.$inferInsert;
export type ExitRow = typeof exits.$inferInsert & { personId: number };

export type DemoScale = 'full' | 'small';

export interface DemoOptions {
	/** 'YYYY-MM-DD', the day seeding happens; the history ends the day before. */
	today: string;
	seed?: number;
	scale?: DemoScale;
	/** One argon2id PHC string, computed once by the caller and shared by every demo person. */
	passwordHash: string;
}

export interface DemoSummary {
	scale: DemoScale;
	seed: number;
	firstDay: string;
	lastDay: string;
	historyDays: number;
	organizations: number;
	sites: number;
	teams: number;
	queues: number;
	people: number;
	supervisors: number;
	activeAgents: number;
	agentsOnLeave: number;
	exitedAgents: number;
	/** Agents whose hire date falls inside the history. */
	hiresInHistory: number;
	voluntaryExits: number;
	involuntaryExits: number;
	/** Exits within 90 days of hire, share of all exits. */
	earlyTenureExitShare: number;
	intervalRows: number;
	agentDayRows: number;
	/**
	 * Agent exits over the last 365 days of history (or the whole history when shorter, scaled
	 * to a year) divided by the average daily agent headcount over the same days.
	 */
	annualTurnover: number;
	/** Mean team workload (demand / staffed capacity, 1 = as planned) over the history. */
	meanWorkload: number;
	/** Days with a service outage: a few hours of spiking contacts ('YYYY-MM-DD', market zone). */
	outageDays: string[];
}

export interface DemoCenter {
	organizations: OrganizationRow[];
	sites: SiteRow[];
	teams: TeamRow[];
	people: PersonRow[];
	teamSupervisors: TeamSupervisorRow[];
	queues: QueueRow[];
	intervalHistory: IntervalRow[];
	agentDayOutcomes: AgentDayRow[];
	exits: ExitRow[];
	summary: DemoSummary;
}

export const defaultDemoSeed = 20_261_123;

export const demoAccounts = {
	admin: 'admin@tend.test',
	hr: 'hr@tend.test',
	supervisor: 'supervisor@tend.test',
	agent: 'agent@tend.test'
} as const;

// ---------------------------------------------------------------------------------------------
// Calendar: days are integers (days since 1970-01-01) so the simulation does no date parsing.

const msPerDay = 86_400_000;
const msPerMinute = 60_000;

function parseDay(value: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) throw new RangeError(`Expected a date 'YYYY-MM-DD', got '${value}'`);
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(y, m - 1, d);
	const check = new Date(ms);
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
		throw new RangeError(`Not a calendar date: '${value}'`);
	}
	return ms / msPerDay;
}

function dayString(day: number): string {
	return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
function weekday(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: number): boolean {
	const w = weekday(day);
	return w === 0 || w === 6;
}

function nextMonday(day: number): number {
	const w = weekday(day);
	return w === 1 ? day : day + ((8 - w) % 7);
}

function dayOfYear(day: number): number {
	const date = new Date(day * msPerDay);
	return day - Date.UTC(date.getUTCFullYear(), 0, 1) / msPerDay + 1;
}

function monthDay(day: number): string {
	return dayString(day).slice(5);
}

// ---------------------------------------------------------------------------------------------
// Demand: one customer market, whose clock is the Warsaw site's. The schema has no time zone on
// a queue, so intraday profiles, opening hours and holidays are all read in this zone.

export const marketTimeZone = 'Europe/Warsaw';

/** Fixed-date public holidays of the market (Poland), 'MM-DD'; volume drops to `holidayFactor`. */
export const demoHolidays: readonly { date: string; name: string }[] = [
	{ date: '01-01', name: "New Year's Day" },
	{ date: '01-06', name: 'Epiphany' },
	{ date: '05-01', name: 'Labour Day' },
	{ date: '05-03', name: 'Constitution Day' },
	{ date: '08-15', name: 'Assumption Day' },
	{ date: '11-01', name: "All Saints' Day" },
	{ date: '11-11', name: 'Independence Day' },
	{ date: '12-24', name: 'Christmas Eve' },
	{ date: '12-25', name: 'Christmas Day' },
	{ date: '12-26', name: 'Second Day of Christmas' }
];
const holidaySet = new Set(demoHolidays.map((h) => h.date));

function isHoliday(day: number): boolean {
	return holidaySet.has(monthDay(day));
}

interface QueueSpec {
	name: string;
	channel: Channel;
	serviceLevelTarget: number;
	serviceLevelSeconds: number;
	concurrency: number;
	/** Mean daily contacts at weekly factor 1, before yearly seasonality and trend. */
	baseDaily: number;
	/** Weekly factors, Sunday first. */
	weekly: readonly number[];
	/** Local opening hours as minutes after midnight [open, close); null = 24 h. */
	open: readonly [number, number] | null;
	holidayFactor: number;
	ahtSeconds: number;
	/** Contacts an agent effectively works at once over a day (below nominal concurrency: chats overlap only part of the time). */
	effectiveConcurrency: number;
	/** Abandonment share at or below planned load, and its rise per unit of load above 1. */
	abandonBase: number;
	abandonSlope: number;
	/** Outage spike multiplier inside the outage window. */
	outageFactor: number;
	intraday: (hour: number) => number;
	/** Customer-satisfaction survey response rate per handled contact. */
	surveyRate: number;
	/** Log-odds shift of a satisfied answer and of first-contact resolution for the channel. */
	csatShift: number;
	fcrShift: number;
	/** Mean wait for a follow-up when the first contact did not resolve, hours. */
	followUpHours: number;
}

function bump(x: number, mean: number, sd: number): number {
	const z = (x - mean) / sd;
	return Math.exp(-0.5 * z * z);
}

const queueSpecs: readonly QueueSpec[] = [
	{
		name: 'Voice support',
		channel: 'voice',
		serviceLevelTarget: 0.8,
		serviceLevelSeconds: 20,
		concurrency: 1,
		baseDaily: 3300,
		weekly: [0.42, 1.2, 1.07, 1.02, 0.98, 0.93, 0.55],
		open: [7 * 60, 22 * 60],
		holidayFactor: 0.22,
		ahtSeconds: 300,
		effectiveConcurrency: 1,
		abandonBase: 0.03,
		abandonSlope: 0.45,
		outageFactor: 2.2,
		intraday: (h) => 0.12 + bump(h, 10.5, 1.5) + 0.8 * bump(h, 14.5, 1.8) + 0.3 * bump(h, 19, 1.4),
		surveyRate: 0.1,
		csatShift: 0,
		fcrShift: 0,
		followUpHours: 22
	},
	{
		name: 'Chat support',
		channel: 'chat',
		serviceLevelTarget: 0.8,
		serviceLevelSeconds: 60,
		concurrency: 3,
		baseDaily: 1450,
		weekly: [0.62, 1.12, 1.06, 1.03, 1.0, 0.97, 0.72],
		open: [7 * 60, 22 * 60],
		holidayFactor: 0.28,
		ahtSeconds: 480,
		effectiveConcurrency: 2.2,
		abandonBase: 0.04,
		abandonSlope: 0.35,
		outageFactor: 1.7,
		intraday: (h) => 0.18 + 0.7 * bump(h, 10.5, 1.8) + 0.8 * bump(h, 14, 2) + 0.75 * bump(h, 20, 1.5),
		surveyRate: 0.18,
		csatShift: 0.1,
		fcrShift: 0.1,
		followUpHours: 18
	},
	{
		name: 'Email support',
		channel: 'email',
		serviceLevelTarget: 0.9,
		serviceLevelSeconds: 14_400,
		concurrency: 1,
		baseDaily: 800,
		weekly: [0.45, 1.3, 1.12, 1.04, 1.0, 0.95, 0.5],
		open: null,
		holidayFactor: 0.3,
		ahtSeconds: 420,
		effectiveConcurrency: 1,
		abandonBase: 0.004,
		abandonSlope: 0.02,
		outageFactor: 1.5,
		intraday: (h) => 0.06 + 0.9 * bump(h, 10.5, 2.5) + 0.7 * bump(h, 15, 2.5) + 0.25 * bump(h, 20.5, 1.5),
		surveyRate: 0.12,
		csatShift: -0.15,
		fcrShift: -0.3,
		followUpHours: 30
	}
];

/** Yearly seasonality: a winter high / summer low, a pre-Christmas peak and a back-to-school peak. */
function yearlyFactor(day: number): number {
	const doy = dayOfYear(day);
	const circular = (center: number) => {
		const d = Math.abs(doy - center);
		return Math.min(d, 365.25 - d);
	};
	return 1 + 0.04 * Math.cos((2 * Math.PI * (doy - 20)) / 365.25) + 0.14 * bump(circular(349), 0, 9) + 0.1 * bump(circular(250), 0, 8);
}

/** Mild growth: +6% a year, 1 at the middle of the history. */
function trendFactor(day: number, midDay: number): number {
	return 1 + (0.06 * (day - midDay)) / 365;
}

function plannedDaily(spec: QueueSpec, day: number, midDay: number): number {
	const holiday = isHoliday(day) ? spec.holidayFactor : 1;
	return spec.baseDaily * (spec.weekly[weekday(day)] as number) * yearlyFactor(day) * trendFactor(day, midDay) * holiday;
}

interface Outage {
	day: number;
	/** Local minutes [start, end) of the spike; email keeps arriving faster for 12 h from start. */
	start: number;
	end: number;
}

// ---------------------------------------------------------------------------------------------
// Organisation and people.

type Culture = 'pl' | 'en' | 'fa' | 'ar' | 'zh';
type Gender = 'f' | 'm';

interface NamePool {
	female: readonly string[];
	male: readonly string[];
	/** Family names; a pair is [masculine, feminine] for Polish names that inflect. */
	family: readonly (string | readonly [string, string])[];
}

const namePools: Record<Culture, NamePool> = {
	pl: {
		female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Marta', 'Aleksandra', 'Zofia', 'Natalia', 'Karolina', 'Paulina', 'Ewa', 'Monika', 'Weronika', 'Julia', 'Małgorzata', 'Barbara', 'Dorota'],
		male: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Mateusz', 'Kamil', 'Wojciech', 'Bartosz', 'Adam', 'Szymon', 'Maciej', 'Grzegorz', 'Rafał', 'Dawid'],
		family: [
			'Nowak',
			['Kowalski', 'Kowalska'],
			['Wiśniewski', 'Wiśniewska'],
			'Wójcik',
			'Kowalczyk',
			['Kamiński', 'Kamińska'],
			['Lewandowski', 'Lewandowska'],
			['Zieliński', 'Zielińska'],
			['Szymański', 'Szymańska'],
			'Woźniak',
			['Dąbrowski', 'Dąbrowska'],
			['Kozłowski', 'Kozłowska'],
			['Jankowski', 'Jankowska'],
			'Mazur',
			['Kwiatkowski', 'Kwiatkowska'],
			'Krawczyk',
			['Piotrowski', 'Piotrowska'],
			['Grabowski', 'Grabowska'],
			['Pawłowski', 'Pawłowska'],
			['Michalski', 'Michalska'],
			['Nowicki', 'Nowicka'],
			'Adamczyk',
			'Dudek',
			'Zając',
			'Wieczorek',
			['Jabłoński', 'Jabłońska'],
			'Król',
			['Majewski', 'Majewska'],
			['Olszewski', 'Olszewska'],
			['Jaworski', 'Jaworska']
		]
	},
	en: {
		female: ['Emma', 'Olivia', 'Sophie', 'Charlotte', 'Grace', 'Hannah', 'Lucy', 'Emily', 'Chloe', 'Amelia', 'Ruby', 'Isla', 'Megan', 'Abigail'],
		male: ['James', 'Oliver', 'Jack', 'Harry', 'George', 'Thomas', 'William', 'Daniel', 'Samuel', 'Joseph', 'Ethan', 'Liam', 'Owen', 'Callum'],
		family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Evans', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Green', 'Clarke', 'Hall', 'Wood', 'Murphy']
	},
	fa: {
		female: ['Maryam', 'Fatemeh', 'Zahra', 'Sara', 'Narges', 'Leila', 'Niloufar', 'Shirin', 'Parisa', 'Mahsa', 'Roya', 'Azadeh', 'Golnaz', 'Mina'],
		male: ['Reza', 'Ali', 'Mohammad', 'Amir', 'Hossein', 'Mehdi', 'Arash', 'Dariush', 'Kian', 'Babak', 'Saeed', 'Omid', 'Farhad', 'Navid'],
		family: ['Ahmadi', 'Hosseini', 'Rezaei', 'Mohammadi', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Hashemi', 'Ebrahimi', 'Sadeghi', 'Tehrani', 'Farahani', 'Kazemi', 'Najafi', 'Ghorbani', 'Nouri', 'Bahrami']
	},
	ar: {
		female: ['Fatima', 'Aisha', 'Mariam', 'Noor', 'Layla', 'Huda', 'Salma', 'Rania', 'Amira', 'Hana', 'Yasmin', 'Reem', 'Dana', 'Lina'],
		male: ['Omar', 'Ahmed', 'Khalid', 'Yousef', 'Hassan', 'Ibrahim', 'Tariq', 'Faisal', 'Karim', 'Hamza', 'Zaid', 'Saif', 'Majid', 'Nabil'],
		family: ['Al Mansouri', 'Al Hashimi', 'Haddad', 'Khoury', 'Nasser', 'Saleh', 'Abdullah', 'Al Farsi', 'Mahmoud', 'Aziz', 'Rahman', 'Hamdan', 'Al Amiri', 'Qasim', 'Darwish', 'Barakat', 'Al Suwaidi', 'Mansour']
	},
	zh: {
		female: ['Fang', 'Jing', 'Min', 'Yan', 'Mei', 'Hui', 'Ying', 'Xin', 'Li', 'Xiaoyu', 'Ting', 'Lan'],
		male: ['Wei', 'Lei', 'Jun', 'Tao', 'Hao', 'Yu', 'Chen', 'Bo', 'Qiang', 'Xiaoming', 'Peng', 'Jian'],
		family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin', 'He']
	}
};

const cultures: readonly Culture[] = ['pl', 'en', 'fa', 'ar', 'zh'];

interface SiteSpec {
	name: string;
	timeZone: string;
	/** Culture mix of the people hired at the site, in `cultures` order. */
	cultureWeights: readonly number[];
	/** Allowed local shift starts for an 8-hour shift, minutes after midnight, inclusive. */
	startWindow: readonly [number, number];
	/** Shifts at this site lean late: the queues close at 22:00 Warsaw, 00:00-01:00 here. */
	lateBias: number;
}

const siteSpecs: readonly SiteSpec[] = [
	{ name: 'Warsaw', timeZone: 'Europe/Warsaw', cultureWeights: [0.58, 0.14, 0.1, 0.08, 0.1], startWindow: [7 * 60, 14 * 60], lateBias: 0 },
	{ name: 'Dubai', timeZone: 'Asia/Dubai', cultureWeights: [0.08, 0.22, 0.25, 0.35, 0.1], startWindow: [9 * 60, 17 * 60], lateBias: 0.5 }
];

interface TeamSpec {
	name: string;
	site: number;
	/** Index into queueSpecs of the queue the team mainly serves. */
	queue: number;
	/** Planned agent headcount. */
	headcount: number;
	/** Extra skills: [queue index, share of the team's agents who have it]. */
	extraSkills: readonly (readonly [number, number])[];
}

const fullTeams: readonly TeamSpec[] = [
	{ name: 'Amber', site: 0, queue: 0, headcount: 16, extraSkills: [[1, 0.3]] },
	{ name: 'Baltic', site: 0, queue: 0, headcount: 15, extraSkills: [[1, 0.25]] },
	{ name: 'Copernicus', site: 0, queue: 1, headcount: 16, extraSkills: [[2, 0.4], [0, 0.2]] },
	{ name: 'Vistula', site: 0, queue: 2, headcount: 15, extraSkills: [[1, 0.4]] },
	{ name: 'Falcon', site: 1, queue: 0, headcount: 16, extraSkills: [[1, 0.3]] },
	{ name: 'Oasis', site: 1, queue: 0, headcount: 15, extraSkills: [[1, 0.2]] },
	{ name: 'Pearl', site: 1, queue: 0, headcount: 15, extraSkills: [[1, 0.2]] },
	{ name: 'Saffron', site: 1, queue: 1, headcount: 16, extraSkills: [[0, 0.3], [2, 0.2]] }
];

const smallTeams: readonly TeamSpec[] = [
	{ name: 'Amber', site: 0, queue: 0, headcount: 5, extraSkills: [[1, 0.4]] },
	{ name: 'Falcon', site: 1, queue: 1, headcount: 5, extraSkills: [[2, 0.4]] }
];

// ---------------------------------------------------------------------------------------------
// Workforce model constants (documented in seeds/README.md).

const fullTimeShare = 0.75;
const shiftMinutes = { fullTime: 480, partTime: 360 } as const;
const shiftsPerWeek = { fullTime: 5, partTime: 4 } as const;
const contractHours = { fullTime: [32, 40], partTime: [20, 30] } as const;
/** Share of paid time not available for contacts (breaks, meetings, training). */
const shrinkage = 0.3;
/** Occupancy the staffing plan aims at; capacity is counted at this occupancy. */
const plannedOccupancy = 0.85;
/** Share of agents who work on an average day (shifts per week / 7, less absence and leave). */
const workingShare = 0.63;
/** Mean proficiency of a team at steady state (a few new hires are always learning). */
const meanProficiency = 0.95;
const warmupDays = 56;
const strainWindowDays = 28;
/** Reference strain index and its spread across agents, to standardise it (measured on the full model). */
const strainReference = 1.22;
const strainSpread = 0.56;
const workloadSmoothing = 2 / (28 + 1);
/** Smoothed workload above this adds no more exit hazard or overtime: past it, work goes undone. */
const workloadCap = 1.3;
const daysPerMonth = 30.44;

/** Monthly voluntary-exit hazard: logistic in these terms. */
export const voluntaryHazard = {
	intercept: -4.3,
	/** Per 0.1 of smoothed team workload above 1. */
	workload: 0.3,
	/** Per standard deviation of the 28-day schedule-strain index. */
	strain: 0.5,
	/** Per unit of engagement below 0 (engagement is about N(0, 0.6)). */
	disengagement: 0.55,
	/** Tenure under 90 days. */
	earlyTenure: 1.4,
	/** Tenure over 3 years. */
	longTenure: -0.5,
	partTime: 0.25
} as const;

/** Monthly involuntary-exit hazard: logistic in these terms. */
export const involuntaryHazard = {
	intercept: -6.25,
	/** Per unit of latent skill below 0 (skill is N(0, 1)). */
	lowSkill: 0.8,
	disengagement: 0.6,
	/** Tenure under 180 days (probation). */
	probation: 0.9
} as const;

const voluntaryReasons = ['better pay elsewhere', 'schedule conflicts', 'burnout', 'career change', 'relocation', 'studies'] as const;
const involuntaryReasons = ['performance', 'attendance', 'policy violation'] as const;

function logistic(x: number): number {
	return 1 / (1 + Math.exp(-x));
}

function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}

function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Share of full proficiency after `tenureDays`: 55% on day 0, 90% after about 3 months. */
function proficiency(tenureDays: number): number {
	return 1 - 0.45 * Math.exp(-Math.max(0, tenureDays) / 60);
}

interface WorkedDay {
	day: number;
	start: number;
	late: boolean;
	weekend: boolean;
	overtime: number;
}

interface Agent {
	personId: number;
	name: string;
	email: string;
	locale: Culture;
	team: number;
	site: number;
	queue: number;
	skills: number[];
	fullTime: boolean;
	hireDay: number;
	exitDay: number | null;
	exitType: ExitType | null;
	exitReason: string | null;
	leaveFrom: number | null;
	/** Demo accounts never leave, take leave or get scripted out. */
	protectedAccount: boolean;
	skill: number;
	strainPropensity: number;
	engagementMean: number;
	engagement: number;
	earlyStart: number;
	lateStart: number;
	weekStart: number;
	plannedDays: boolean[];
	worked: WorkedDay[];
}

interface StaffPerson {
	personId: number;
	name: string;
	email: string;
	locale: Culture;
	role: 'supervisor' | 'hr' | 'admin';
	team: number | null;
	site: number | null;
	hireDay: number;
}

/** Schedule-strain index over the agent's last 28 days, or null with too few shifts to judge. */
function strainIndex(worked: readonly WorkedDay[], day: number): number | null {
	let n = 0;
	let late = 0;
	let weekend = 0;
	let overtime = 0;
	let sum = 0;
	let sumSq = 0;
	for (const w of worked) {
		if (w.day <= day - strainWindowDays) continue;
		n++;
		if (w.late) late++;
		if (w.weekend) weekend++;
		overtime += w.overtime;
		sum += w.start;
		sumSq += w.start * w.start;
	}
	if (n < 6) return null;
	const startSd = Math.sqrt(Math.max(0, sumSq / n - (sum / n) ** 2));
	return (late / n) * 1.0 + Math.min(startSd / 90, 2) * 0.6 + (weekend / n) * 1.2 + (overtime / 60 / (strainWindowDays / 7)) * 0.15;
}

function asciiSlug(text: string): string {
	return text
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

class NameFactory {
	private readonly emails = new Set<string>(Object.values(demoAccounts));
	private readonly names = new Set<string>();
	constructor(private readonly random: Random) {}

	person(cultureWeights: readonly number[]): { name: string; email: string; locale: Culture } {
		const culture = this.random.pickWeighted(cultures, cultureWeights);
		const pool = namePools[culture];
		for (let attempt = 0; ; attempt++) {
			const gender: Gender = this.random.chance(0.5) ? 'f' : 'm';
			const given = this.random.pick(gender === 'f' ? pool.female : pool.male);
			const familyEntry = this.random.pick(pool.family);
			const family = typeof familyEntry === 'string' ? familyEntry : gender === 'f' ? familyEntry[1] : familyEntry[0];
			const name = `${given} ${family}`;
			const base = `${asciiSlug(given)}.${asciiSlug(family)}`;
			// After many collisions a numbered address keeps the generator finite.
			const email = attempt < 40 ? `${base}@tend.test` : `${base}${attempt - 38}@tend.test`;
			if (this.emails.has(email) || (attempt < 40 && this.names.has(name))) continue;
			this.emails.add(email);
			this.names.add(name);
			// Most people use the app in their own language; some prefer English.
			const locale: Culture = culture !== 'en' && this.random.chance(0.15) ? 'en' : culture;
			return { name, email, locale };
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Time zones: interval starts are UTC instants of local wall-clock times in the market zone.

function localMidnightUtc(day: number, zone: string): number {
	const wall = day * msPerDay;
	const guess = wall - tzOffset(zone, new Date(wall)) * msPerMinute;
	return wall - tzOffset(zone, new Date(guess)) * msPerMinute;
}

interface DayIntervals {
	/** UTC start of each interval, ms. */
	starts: number[];
	/** Local wall-clock minute of each interval's start. */
	localMinutes: number[];
}

function dayIntervals(day: number, zone: string, open: readonly [number, number] | null, minutes: number): DayIntervals {
	const starts: number[] = [];
	const localMinutes: number[] = [];
	const wall = day * msPerDay;
	const step = minutes * msPerMinute;
	if (open) {
		// Opening hours lie well away from the 01:00 UTC DST switch, so noon's offset holds all day.
		const offset = tzOffset(zone, new Date(wall + 12 * 3_600_000));
		for (let m = open[0]; m < open[1]; m += minutes) {
			starts.push(wall + (m - offset) * msPerMinute);
			localMinutes.push(m);
		}
		return { starts, localMinutes };
	}
	const from = localMidnightUtc(day, zone);
	const to = localMidnightUtc(day + 1, zone);
	const offsetFrom = tzOffset(zone, new Date(from));
	const offsetTo = tzOffset(zone, new Date(to));
	// A DST day has 92 or 100 intervals; only then does each interval need its own offset.
	for (let t = from; t < to; t += step) {
		const offset = offsetFrom === offsetTo ? offsetFrom : tzOffset(zone, new Date(t));
		starts.push(t);
		localMinutes.push(Math.round((t + offset * msPerMinute - wall) / msPerMinute));
	}
	return { starts, localMinutes };
}

// ---------------------------------------------------------------------------------------------

export function generateDemoCenter(options: DemoOptions): DemoCenter {
	const scale: DemoScale = options.scale ?? 'full';
	const seed = options.seed ?? defaultDemoSeed;
	const today = parseDay(options.today);
	const historyDays = scale === 'full' ? 548 : 14;
	const firstDay = today - historyDays;
	const lastDay = today - 1;
	const midDay = (firstDay + lastDay) / 2;
	const simStart = firstDay - warmupDays;
	const createdAt = today * msPerDay;
	const teamSpecs = scale === 'full' ? fullTeams : smallTeams;
	const intervalMinutes = 15;

	const rng = {
		names: createRandom(deriveSeed(seed, 'names')),
		people: createRandom(deriveSeed(seed, 'people')),
		demand: createRandom(deriveSeed(seed, 'demand')),
		work: createRandom(deriveSeed(seed, 'workforce')),
		outcomes: createRandom(deriveSeed(seed, 'outcomes')),
		// One stream per queue, so a change to one queue's model leaves the others' rows alone.
		intervals: queueSpecs.map((_, q) => createRandom(deriveSeed(seed, `intervals:${q}`)))
	};
	const names = new NameFactory(rng.names);

	// --- organisation rows -------------------------------------------------------------------
	const organizationRows: OrganizationRow[] = [{ id: 1, name: 'Tend Demo Center', createdAt }];
	const siteRows: SiteRow[] = siteSpecs.map((s, i) => ({ id: i + 1, organizationId: 1, name: s.name, timeZone: s.timeZone }));
	const teamRows: TeamRow[] = teamSpecs.map((t, i) => ({ id: i + 1, organizationId: 1, siteId: t.site + 1, name: t.name }));
	const queueRows: QueueRow[] = queueSpecs.map((q, i) => ({
		id: i + 1,
		organizationId: 1,
		name: q.name,
		channel: q.channel,
		// Every queue serves one market, on Warsaw time (see README).
		timeZone: marketTimeZone,
		serviceLevelTarget: q.serviceLevelTarget,
		serviceLevelSeconds: q.serviceLevelSeconds,
		concurrency: q.concurrency
	}));

	// --- demand: planned and actual daily volume per queue -------------------------------------
	const outages: Outage[] = [];
	{
		const count = Math.round(historyDays / 150);
		const taken = new Set<number>();
		while (outages.length < count) {
			const day = rng.demand.int(firstDay, lastDay);
			if (isWeekend(day) || isHoliday(day) || taken.has(day)) continue;
			taken.add(day);
			const start = rng.demand.int(18, 30) * 30;
			outages.push({ day, start, end: start + rng.demand.int(6, 10) * 30 });
		}
		outages.sort((a, b) => a.day - b.day);
	}
	const outageByDay = new Map(outages.map((o) => [o.day, o]));

	/** Per queue, per history day: planned volume, and the day's random level (noise). */
	const planned: number[][] = queueSpecs.map(() => []);
	const dayLevel: number[][] = queueSpecs.map(() => []);
	for (let d = simStart; d <= lastDay; d++) {
		// A shared market shock plus a queue-specific one; log-normal so levels stay positive.
		const shared = rng.demand.normal(0, 0.03);
		queueSpecs.forEach((spec, q) => {
			planned[q]!.push(plannedDaily(spec, d, midDay));
			dayLevel[q]!.push(Math.exp(shared + rng.demand.normal(0, 0.045)));
		});
	}

	// Intraday shares of the day's volume; weekends and holidays start an hour later.
	const intradayShares = (spec: QueueSpec, localMinutes: readonly number[], day: number) => {
		const weekendShift = isWeekend(day) || isHoliday(day) ? 1 : 0;
		const raw = localMinutes.map((m) => spec.intraday((m + intervalMinutes / 2) / 60 - weekendShift));
		const total = raw.reduce((a, b) => a + b, 0);
		return raw.map((r) => r / total);
	};
	const outageMultiplier = (spec: QueueSpec, outage: Outage | undefined, localMinute: number): number => {
		if (!outage) return 1;
		const end = spec.channel === 'email' ? outage.start + 12 * 60 : outage.end;
		return localMinute >= outage.start && localMinute < end ? spec.outageFactor : 1;
	};
	/** Actual expected daily volume including the outage spike, for the workload the staff feel. */
	const actualDaily = (q: number, d: number): number => {
		const spec = queueSpecs[q]!;
		const base = planned[q]![d - simStart]! * dayLevel[q]![d - simStart]!;
		const outage = outageByDay.get(d);
		if (!outage) return base;
		// Integrate the spike over the opening hours with the day's intraday shape.
		const { localMinutes } = dayIntervals(d, marketTimeZone, spec.open, intervalMinutes);
		const shares = intradayShares(spec, localMinutes, d);
		let factor = 0;
		shares.forEach((s, i) => (factor += s * outageMultiplier(spec, outage, localMinutes[i]!)));
		return base * factor;
	};

	// Capacity scale per queue: converts agents' contact capacity into the planned volume so that
	// a fully staffed team on an average day has workload 1.
	const agentCapacity = (q: number, workedMinutes: number): number => {
		const spec = queueSpecs[q]!;
		return (workedMinutes * 60 * (1 - shrinkage) * plannedOccupancy * spec.effectiveConcurrency) / spec.ahtSeconds;
	};
	const queueHeadcount = queueSpecs.map((_, q) => teamSpecs.filter((t) => t.queue === q).reduce((a, t) => a + t.headcount, 0));
	const meanAgentCapacity = queueSpecs.map(
		(_, q) => fullTimeShare * agentCapacity(q, shiftMinutes.fullTime) + (1 - fullTimeShare) * agentCapacity(q, shiftMinutes.partTime)
	);
	const capacityScale = queueSpecs.map((_, q) => {
		if (queueHeadcount[q] === 0) return 1;
		const meanPlanned = planned[q]!.slice(warmupDays).reduce((a, b) => a + b, 0) / historyDays;
		return meanPlanned / (queueHeadcount[q]! * workingShare * meanProficiency * meanAgentCapacity[q]!);
	});

	// --- people ---------------------------------------------------------------------------------
	let nextPersonId = 1;
	const staff: StaffPerson[] = [];
	const addStaff = (p: Omit<StaffPerson, 'personId'>) => staff.push({ ...p, personId: nextPersonId++ });
	addStaff({ name: 'Ada Admin', email: demoAccounts.admin, locale: 'en', role: 'admin', team: null, site: null, hireDay: nextMonday(today - 6 * 365) });
	addStaff({ name: 'Harper HR', email: demoAccounts.hr, locale: 'en', role: 'hr', team: null, site: null, hireDay: nextMonday(today - 4 * 365) });
	teamSpecs.forEach((team, t) => {
		if (t === 0) {
			addStaff({ name: 'Sam Supervisor', email: demoAccounts.supervisor, locale: 'en', role: 'supervisor', team: 0, site: team.site, hireDay: nextMonday(today - 2000) });
			return;
		}
		const who = names.person(siteSpecs[team.site]!.cultureWeights);
		addStaff({ ...who, role: 'supervisor', team: t, site: team.site, hireDay: nextMonday(today - rng.people.int(700, 2900)) });
	});

	const agents: Agent[] = [];
	const makeAgent = (team: number, hireDay: number, identity: { name: string; email: string; locale: Culture }, isProtected: boolean): Agent => {
		const spec = teamSpecs[team]!;
		const r = rng.people;
		const site = siteSpecs[spec.site]!;
		const skills = [spec.queue + 1];
		for (const [queue, share] of spec.extraSkills) if (r.chance(share)) skills.push(queue + 1);
		const [w0, w1] = site.startWindow;
		const slots = (w1 - w0) / 30;
		const earlyStart = w0 + 30 * r.int(0, Math.floor(slots / 3));
		const lateStart = w0 + 30 * r.int(Math.ceil((2 * slots) / 3), slots);
		const engagementMean = r.normal(0, 0.6);
		const agent: Agent = {
			personId: nextPersonId++,
			...identity,
			team,
			site: spec.site,
			queue: spec.queue,
			skills: skills.sort((a, b) => a - b),
			fullTime: r.chance(fullTimeShare),
			hireDay,
			exitDay: null,
			exitType: null,
			exitReason: null,
			leaveFrom: null,
			protectedAccount: isProtected,
			skill: r.normal(0, 1),
			strainPropensity: r.normal(0, 1),
			engagementMean,
			engagement: engagementMean + r.normal(0, 0.25),
			earlyStart,
			lateStart,
			weekStart: earlyStart,
			plannedDays: new Array<boolean>(7).fill(false),
			worked: []
		};
		agents.push(agent);
		return agent;
	};

	// The demo agent: two-and-a-half years in, full time, voice and chat, a little above average.
	{
		const demo = makeAgent(0, nextMonday(today - 900), { name: 'Alex Agent', email: demoAccounts.agent, locale: 'en' }, true);
		demo.fullTime = true;
		demo.skills = [1, 2];
		demo.skill = 0.4;
		demo.strainPropensity = 0;
		demo.engagementMean = 0.3;
		demo.engagement = 0.3;
	}
	// Staff at the start of the warm-up: tenure mostly exponential (mean 2 years, at most 8),
	// with a slice of recent hires still learning.
	teamSpecs.forEach((team, t) => {
		const have = agents.filter((a) => a.team === t).length;
		for (let i = have; i < team.headcount; i++) {
			const r = rng.people;
			const tenure = r.chance(0.12) ? r.int(7, 90) : Math.min(8 * 365, 90 + Math.round(-Math.log(1 - r.next()) * 640));
			makeAgent(t, nextMonday(simStart - tenure) - 7, names.person(siteSpecs[team.site]!.cultureWeights), false);
		}
	});

	// Two long absences (parental or sick leave) in the last months, full scale only.
	const leaveStarts = scale === 'full' ? [lastDay - 60, lastDay - 25] : [];
	// The small model is too short for the hazard to fire; one scripted exit keeps `exits` non-empty.
	const scriptedExitDay = scale === 'small' ? firstDay + 6 : null;

	// --- workforce simulation ------------------------------------------------------------------
	const teamWorkloadEma = teamSpecs.map(() => 1);
	/** Per queue, per history day: staffed capacity (contacts at planned occupancy) and AHT mix factor. */
	const queueSupply: number[][] = queueSpecs.map(() => new Array<number>(historyDays).fill(0));
	const queueAhtMix: number[][] = queueSpecs.map(() => new Array<number>(historyDays).fill(1));
	const pendingHires: { day: number; team: number }[] = [];
	const outcomeRows: AgentDayRow[] = [];
	let workloadSum = 0;
	let workloadCount = 0;

	const employed = (a: Agent, d: number) => a.hireDay <= d && (a.exitDay === null || d <= a.exitDay);
	const available = (a: Agent, d: number) => employed(a, d) && (a.leaveFrom === null || d < a.leaveFrom);
	/** Newcomers get the leftover late and weekend shifts: strain propensity decays over ~6 months. */
	const effectivePropensity = (a: Agent, d: number) => a.strainPropensity + 0.5 * Math.exp(-(d - a.hireDay) / 180);

	/** Starts the agent's week: annual leave or not, and the week's usual start. Returns the shifts to place. */
	const startWeek = (a: Agent, monday: number): number => {
		const r = rng.work;
		a.plannedDays.fill(false);
		const date = new Date(monday * msPerDay);
		const month = date.getUTCMonth();
		// Annual leave: about two weeks a year, more in July-August and at Christmas.
		const vacation = 0.028 * (month === 6 || month === 7 ? 2.2 : 1) * (month === 11 && date.getUTCDate() > 15 ? 2 : 1);
		if (!a.protectedAccount && r.chance(vacation)) return 0;
		const p = effectivePropensity(a, monday);
		a.weekStart = r.chance(logistic(-1.5 + 1.3 * p + siteSpecs[a.site]!.lateBias)) ? a.lateStart : a.earlyStart;
		return a.fullTime ? shiftsPerWeek.fullTime : shiftsPerWeek.partTime;
	};
	/** Monday-first day index -> weekday (0 = Sunday). */
	const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;
	const mondayFirst = [0, 1, 2, 3, 4, 5, 6] as const;
	/**
	 * Places the agent's shifts in the week. Weekend days weigh more for agents with a high strain
	 * propensity; `slots` (the team's open shifts per day, following demand) keeps coverage even.
	 */
	const chooseDays = (a: Agent, monday: number, shifts: number, slots: number[] | null) => {
		const r = rng.work;
		const p = effectivePropensity(a, monday);
		const weekendWeight = 0.25 + 0.6 * logistic(1.3 * p);
		const weights = weekOrder.map((w, i) => (w === 0 || w === 6 ? weekendWeight / 0.55 : 1) * (slots ? Math.max(slots[i]!, 0.15) : 1));
		for (let k = 0; k < shifts; k++) {
			const chosen = r.pickWeighted(mondayFirst, weights);
			a.plannedDays[chosen] = true;
			weights[chosen] = 0;
			if (slots) slots[chosen]! -= 1;
		}
	};
	const planTeamWeek = (team: number, monday: number) => {
		const members = agents.filter((a) => a.team === team && available(a, monday));
		const shifts = members.map((a) => startWeek(a, monday));
		const total = shifts.reduce((x, y) => x + y, 0);
		const weekly = queueSpecs[teamSpecs[team]!.queue]!.weekly;
		const weeklyTotal = weekly.reduce((x, y) => x + y, 0);
		const slots = weekOrder.map((w) => (total * weekly[w]!) / weeklyTotal);
		for (const i of rng.work.shuffle(members.map((_, k) => k))) chooseDays(members[i]!, monday, shifts[i]!, slots);
	};

	for (let d = simStart; d <= lastDay; d++) {
		const inHistory = d >= firstDay;
		const h = d - firstDay;
		const dow = weekday(d);
		const mondayIndex = (dow + 6) % 7;

		for (let i = pendingHires.length - 1; i >= 0; i--) {
			const hire = pendingHires[i]!;
			if (hire.day !== d) continue;
			pendingHires.splice(i, 1);
			const a = makeAgent(hire.team, d, names.person(siteSpecs[teamSpecs[hire.team]!.site]!.cultureWeights), false);
			chooseDays(a, d - mondayIndex, startWeek(a, d - mondayIndex), null);
		}
		for (const start of leaveStarts) {
			if (start !== d) continue;
			const candidates = agents.filter((a) => !a.protectedAccount && available(a, d) && d - a.hireDay > 365);
			if (candidates.length > 0) rng.work.pick(candidates).leaveFrom = d;
		}
		if (dow === 1 || d === simStart) teamSpecs.forEach((_, t) => planTeamWeek(t, d - mondayIndex));

		// Who works today, and the team's capacity.
		const holiday = isHoliday(d);
		const working: { agent: Agent; start: number; minutes: number; overtime: number; capacity: number }[] = [];
		const teamCapacity = teamSpecs.map(() => 0);
		for (const a of agents) {
			if (!available(a, d) || !a.plannedDays[mondayIndex]) continue;
			const r = rng.work;
			const p = effectivePropensity(a, d);
			const strain = strainIndex(a.worked, d);
			const sick = 0.03 + 0.025 * Math.max(0, -a.engagement) + (strain !== null && strain > strainReference + strainSpread ? 0.01 : 0);
			if (r.chance(sick) || (holiday && !r.chance(0.35))) continue;
			const [w0, w1] = siteSpecs[a.site]!.startWindow;
			let start = r.chance(logistic(-1.6 + 1.0 * p)) ? w0 + 30 * r.int(0, (w1 - w0) / 30) : a.weekStart;
			const nightDesk = queueSpecs[a.queue]!.channel === 'email' && r.chance(0.2 * logistic(2 * p - 1));
			if (nightDesk) start = 22 * 60;
			const length = a.fullTime ? shiftMinutes.fullTime : shiftMinutes.partTime;
			const ema = teamWorkloadEma[a.team]!;
			const overtimeChance = 0.02 + 0.07 * logistic(1.2 * p) + 0.8 * clamp(ema - 1, 0, workloadCap - 1);
			const overtime = r.chance(overtimeChance) ? r.pick([30, 45, 60, 60, 90, 120]) : 0;
			const minutes = length + overtime;
			const capacity = agentCapacity(a.queue, minutes) * proficiency(d - a.hireDay);
			teamCapacity[a.team]! += capacity;
			working.push({ agent: a, start, minutes, overtime, capacity });
			const late = start + length > 21 * 60 || start < 6 * 60 || start >= 20 * 60;
			a.worked.push({ day: d, start, late, weekend: dow === 0 || dow === 6, overtime });
			if (a.worked.length > 40) a.worked.splice(0, a.worked.length - 40);
		}

		// Workload: demand over staffed capacity. The ACD routes a queue's contacts to every team
		// on it, so a short-staffed team feels half its own gap and half the queue's.
		const queueDemand = queueSpecs.map((_, q) => actualDaily(q, d));
		const queueCapacity = queueSpecs.map(() => 0);
		teamSpecs.forEach((spec, t) => (queueCapacity[spec.queue]! += teamCapacity[t]!));
		const ratio = (demand: number, capacity: number, q: number) => {
			const supply = capacityScale[q]! * capacity;
			return supply > 0 ? clamp(demand / supply, 0.3, 2.5) : 2.5;
		};
		const teamWorkload = teamSpecs.map((spec, t) => {
			const own = ratio((queueDemand[spec.queue]! * spec.headcount) / queueHeadcount[spec.queue]!, teamCapacity[t]!, spec.queue);
			return 0.5 * own + 0.5 * ratio(queueDemand[spec.queue]!, queueCapacity[spec.queue]!, spec.queue);
		});
		teamSpecs.forEach((_, t) => {
			teamWorkloadEma[t] = teamWorkloadEma[t]! + workloadSmoothing * (teamWorkload[t]! - teamWorkloadEma[t]!);
			if (inHistory) {
				workloadSum += teamWorkload[t]!;
				workloadCount++;
			}
		});
		if (inHistory) {
			const mixWeight = queueSpecs.map(() => 0);
			for (const w of working) {
				queueSupply[w.agent.queue]![h]! += capacityScale[w.agent.queue]! * w.capacity;
				mixWeight[w.agent.queue]! += w.capacity;
			}
			queueSpecs.forEach((_, q) => {
				if (mixWeight[q]! === 0) return;
				let mix = 0;
				for (const w of working) if (w.agent.queue === q) mix += w.capacity * (1 + 0.8 * (1 - proficiency(d - w.agent.hireDay)));
				queueAhtMix[q]![h] = mix / mixWeight[q]!;
			});
		}

		// Outcomes of each worked day.
		if (inHistory) {
			for (const w of working) {
				const a = w.agent;
				const r = rng.outcomes;
				const spec = queueSpecs[a.queue]!;
				const p = proficiency(d - a.hireDay);
				const load = teamWorkload[a.team]!;
				const e = a.engagement;
				const handle = spec.ahtSeconds * (1 + 0.8 * (1 - p)) * Math.exp(-0.07 * a.skill - 0.03 * e + r.normal(0, 0.07));
				const occupancy = clamp(0.78 * load, 0.5, 0.93);
				const contacts = r.poisson((w.minutes * 60 * (1 - shrinkage + r.normal(0, 0.04)) * occupancy * spec.effectiveConcurrency) / handle);
				const responses = r.binomial(contacts, spec.surveyRate);
				const pSatisfied = logistic(1.25 + spec.csatShift + 0.3 * a.skill + 1.0 * (p - 1) + 0.3 * e - 1.2 * Math.max(0, load - 1));
				const satisfied = r.binomial(responses, pSatisfied);
				const pResolved = logistic(0.75 + spec.fcrShift + 0.35 * a.skill + 2.0 * (p - 1) + 0.1 * e);
				const fcr = contacts > 0 ? r.binomial(contacts, pResolved) / contacts : null;
				const pressure = Math.max(0, load - 0.9);
				let firstReply: number | null = null;
				if (contacts > 0) {
					if (spec.channel === 'voice') firstReply = 12 * Math.exp(1.8 * pressure + r.normal(0, 0.3));
					else if (spec.channel === 'chat') firstReply = 25 * (1 + 0.6 * (1 - p)) * Math.exp(-0.1 * e + 1.2 * pressure + r.normal(0, 0.2));
					else firstReply = 7200 * Math.exp(2.0 * pressure + r.normal(0, 0.3));
				}
				const resolution =
					fcr === null || firstReply === null
						? null
						: firstReply + handle + (1 - fcr) * spec.followUpHours * 3600 * Math.exp(r.normal(0, 0.25));
				const effort =
					responses > 0 && fcr !== null
						? clamp(4.4 + 1.2 * fcr + 0.2 * a.skill + 0.15 * e + r.normal(0, 1.2 / Math.sqrt(responses)), 1, 7)
						: null;
				// A QA evaluation covers about three worked days in ten.
				const qa = r.chance(0.3) ? clamp(78 + 5 * a.skill + 25 * (p - 1) + 5 * e + r.normal(0, 6), 0, 100) : null;
				outcomeRows.push({
					personId: a.personId,
					day: dayString(d),
					contacts,
					workedMinutes: w.minutes,
					overtimeMinutes: w.overtime,
					shiftStartMinute: w.start,
					csat: responses > 0 ? round(satisfied / responses, 3) : null,
					csatResponses: responses,
					fcr: fcr === null ? null : round(fcr, 3),
					firstReplySeconds: firstReply === null ? null : round(firstReply, 1),
					resolutionSeconds: resolution === null ? null : round(resolution, 0),
					customerEffort: effort === null ? null : round(effort, 2),
					handleSeconds: contacts > 0 ? round(handle, 1) : null,
					qaScore: qa === null ? null : round(qa, 1)
				});
			}
		}

		// Engagement drift, then exits.
		for (const a of agents) {
			if (!available(a, d)) continue;
			const r = rng.work;
			const strain = strainIndex(a.worked, d);
			const strainZ = strain === null ? 0 : (strain - strainReference) / strainSpread;
			const ema = teamWorkloadEma[a.team]!;
			a.engagement += 0.02 * (a.engagementMean - a.engagement) - 0.006 * strainZ - 0.05 * Math.max(0, ema - 1) + r.normal(0, 0.05);
			if (!inHistory || a.protectedAccount) continue;
			const tenure = d - a.hireDay;
			if (scriptedExitDay === d && a.team === 1 && !agents.some((b) => b.exitDay !== null)) {
				a.exitDay = d;
				a.exitType = 'voluntary';
				a.exitReason = 'relocation';
				continue;
			}
			const hv = voluntaryHazard;
			const contribution = {
				workload: (hv.workload * (Math.min(ema, workloadCap) - 1)) / 0.1,
				strain: hv.strain * strainZ,
				engagement: hv.disengagement * -a.engagement
			};
			const voluntaryLogit =
				hv.intercept +
				contribution.workload +
				contribution.strain +
				contribution.engagement +
				(tenure < 90 ? hv.earlyTenure : 0) +
				(tenure > 3 * 365 ? hv.longTenure : 0) +
				(a.fullTime ? 0 : hv.partTime);
			const hi = involuntaryHazard;
			const involuntaryLogit = hi.intercept + hi.lowSkill * -a.skill + hi.disengagement * -a.engagement + (tenure < 180 ? hi.probation : 0);
			const daily = (monthly: number) => 1 - (1 - monthly) ** (1 / daysPerMonth);
			const pVoluntary = daily(logistic(voluntaryLogit));
			const pInvoluntary = daily(logistic(involuntaryLogit));
			const u = r.next();
			if (u >= pVoluntary + pInvoluntary) continue;
			a.exitDay = d;
			if (u < pVoluntary) {
				a.exitType = 'voluntary';
				const early = tenure < 90 ? 1 : 0;
				const pos = (x: number) => Math.max(0, x);
				a.exitReason = r.pickWeighted(voluntaryReasons, [
					1.0 + 0.3 * pos(contribution.engagement),
					0.35 + 1.6 * pos(contribution.strain),
					0.25 + 1.2 * pos(contribution.workload) + 0.8 * pos(contribution.strain) + 0.5 * pos(contribution.engagement),
					0.55 + 0.6 * pos(contribution.engagement) + 0.4 * early,
					0.35,
					0.2 + (a.fullTime ? 0 : 0.6) + 0.2 * early
				]);
			} else {
				a.exitType = 'involuntary';
				a.exitReason = r.pickWeighted(involuntaryReasons, [
					0.6 + Math.max(0, -a.skill) + (tenure < 180 ? 0.5 : 0),
					0.4 + Math.max(0, -a.engagement),
					0.2
				]);
			}
			// The vacancy is refilled: recruiting takes 3-7 weeks and new hires start on a Monday.
			const hireDay = nextMonday(d + r.int(21, 49));
			if (hireDay <= lastDay) pendingHires.push({ day: hireDay, team: a.team });
		}
	}

	// --- intervals -------------------------------------------------------------------------------
	const intervalRows: IntervalRow[] = [];
	queueSpecs.forEach((spec, q) => {
		const r = rng.intervals[q]!;
		for (let d = firstDay; d <= lastDay; d++) {
			const h = d - firstDay;
			const { starts, localMinutes } = dayIntervals(d, marketTimeZone, spec.open, intervalMinutes);
			const shares = intradayShares(spec, localMinutes, d);
			// Staffing follows demand, but flatter than the peaks.
			const staffRaw = shares.map((s) => s ** 0.9);
			const staffTotal = staffRaw.reduce((a, b) => a + b, 0);
			const level = planned[q]![d - simStart]! * dayLevel[q]![d - simStart]!;
			const supply = queueHeadcount[q]! > 0 ? queueSupply[q]![h]! : planned[q]![d - simStart]! / 0.97;
			const outage = outageByDay.get(d);
			for (let i = 0; i < starts.length; i++) {
				const minute = localMinutes[i]!;
				const expected = level * shares[i]! * outageMultiplier(spec, outage, minute);
				const offered = r.poisson(expected);
				const staffed = (supply * staffRaw[i]!) / staffTotal;
				const loadRatio = staffed > 0 ? offered / staffed : 10;
				const abandonRate = clamp((spec.abandonBase + spec.abandonSlope * Math.max(0, loadRatio - 1)) * Math.exp(r.normal(0, 0.2)), 0, 0.5);
				const abandoned = r.binomial(offered, abandonRate);
				const handled = offered - abandoned;
				const hour = (minute + intervalMinutes / 2) / 60;
				const ahtMean = spec.ahtSeconds * (1 + 0.08 * ((hour - 14) / 8) ** 2) * queueAhtMix[q]![h]! * Math.exp(r.normal(0, 0.04));
				// The mean of n handle times (each roughly exponential-ish, CV 0.9) has sd 0.9/sqrt(n).
				const aht = handled > 0 ? Math.max(0.3 * spec.ahtSeconds, ahtMean * (1 + r.normal(0, 0.9 / Math.sqrt(handled)))) : null;
				intervalRows.push({
					queueId: q + 1,
					intervalStart: starts[i]!,
					intervalMinutes,
					offered,
					handled,
					abandoned,
					ahtSeconds: aht === null ? null : round(aht, 1)
				});
			}
		}
	});

	// --- rows ------------------------------------------------------------------------------------
	const personRows: PersonRow[] = [];
	for (const s of staff) {
		personRows.push({
			id: s.personId,
			organizationId: 1,
			name: s.name,
			email: s.email,
			role: s.role,
			teamId: null,
			siteId: s.site === null ? null : s.site + 1,
			hireDate: dayString(s.hireDay),
			employmentStatus: 'active',
			contractHoursMin: s.role === 'supervisor' ? 38 : 32,
			contractHoursMax: 40,
			skills: [],
			locale: s.locale,
			passwordHash: options.passwordHash,
			disabledAt: null,
			createdAt
		});
	}
	const exitRows: ExitRow[] = [];
	for (const a of agents) {
		const hours = a.fullTime ? contractHours.fullTime : contractHours.partTime;
		const exited = a.exitDay !== null;
		personRows.push({
			id: a.personId,
			organizationId: 1,
			name: a.name,
			email: a.email,
			role: 'agent',
			teamId: a.team + 1,
			siteId: a.site + 1,
			hireDate: dayString(a.hireDay),
			employmentStatus: exited ? 'exited' : a.leaveFrom !== null ? 'leave' : 'active',
			contractHoursMin: hours[0],
			contractHoursMax: hours[1],
			skills: a.skills,
			locale: a.locale,
			passwordHash: options.passwordHash,
			// Accounts close at the end of the last employed day, local to the site.
			disabledAt: exited ? localMidnightUtc(a.exitDay! + 1, siteSpecs[a.site]!.timeZone) : null,
			createdAt
		});
		if (exited) exitRows.push({ id: exitRows.length + 1, personId: a.personId, exitDate: dayString(a.exitDay!), type: a.exitType!, reason: a.exitReason! });
	}
	personRows.sort((x, y) => x.id - y.id);
	exitRows.sort((x, y) => x.personId - y.personId);
	outcomeRows.sort((x, y) => x.personId - y.personId || (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
	const supervisorRows: TeamSupervisorRow[] = staff.filter((s) => s.team !== null).map((s) => ({ teamId: s.team! + 1, personId: s.personId }));

	// --- summary ---------------------------------------------------------------------------------
	const turnoverFrom = Math.max(firstDay, lastDay - 364);
	const windowDays = lastDay - turnoverFrom + 1;
	let headcountDays = 0;
	let windowExits = 0;
	for (const a of agents) {
		const from = Math.max(a.hireDay, turnoverFrom);
		const to = Math.min(a.exitDay ?? lastDay, lastDay);
		if (to >= from) headcountDays += to - from + 1;
		if (a.exitDay !== null && a.exitDay >= turnoverFrom) windowExits++;
	}
	const averageHeadcount = headcountDays / windowDays;
	const exited = agents.filter((a) => a.exitDay !== null);
	const summary: DemoSummary = {
		scale,
		seed,
		firstDay: dayString(firstDay),
		lastDay: dayString(lastDay),
		historyDays,
		organizations: organizationRows.length,
		sites: siteRows.length,
		teams: teamRows.length,
		queues: queueRows.length,
		people: personRows.length,
		supervisors: staff.filter((s) => s.role === 'supervisor').length,
		activeAgents: agents.filter((a) => a.exitDay === null && a.leaveFrom === null).length,
		agentsOnLeave: agents.filter((a) => a.exitDay === null && a.leaveFrom !== null).length,
		exitedAgents: exited.length,
		hiresInHistory: agents.filter((a) => a.hireDay >= firstDay).length,
		voluntaryExits: exited.filter((a) => a.exitType === 'voluntary').length,
		involuntaryExits: exited.filter((a) => a.exitType === 'involuntary').length,
		earlyTenureExitShare: exited.length === 0 ? 0 : round(exited.filter((a) => a.exitDay! - a.hireDay < 90).length / exited.length, 3),
		intervalRows: intervalRows.length,
		agentDayRows: outcomeRows.length,
		annualTurnover: averageHeadcount > 0 ? round(((windowExits / averageHeadcount) * 365) / windowDays, 4) : 0,
		meanWorkload: workloadCount > 0 ? round(workloadSum / workloadCount, 3) : 1,
		outageDays: outages.map((o) => dayString(o.day))
	};

	return {
		organizations: organizationRows,
		sites: siteRows,
		teams: teamRows,
		people: personRows,
		teamSupervisors: supervisorRows,
		queues: queueRows,
		intervalHistory: intervalRows,
		agentDayOutcomes: outcomeRows,
		exits: exitRows,
		summary
	};
}
