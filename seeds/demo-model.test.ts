import { createHash } from 'node:crypto';
import { tzOffset } from '@date-fns/tz';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoHolidays, generateDemoCenter, marketTimeZone, type DemoCenter } from './demo-model';

const today = '2026-11-23';
const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$test$test';
const msPerDay = 86_400_000;

function hashOf(center: DemoCenter): string {
	return createHash('sha256').update(JSON.stringify(center)).digest('hex');
}

function dayNumber(date: string): number {
	return Date.parse(`${date}T00:00:00Z`) / msPerDay;
}

// Offsets change on the hour at most, so one lookup per UTC hour serves every interval in it.
const offsetCache = new Map<string, number>();
function localDate(utcMs: number, zone: string): string {
	const hour = Math.floor(utcMs / 3_600_000);
	const key = `${zone} ${hour}`;
	let offset = offsetCache.get(key);
	if (offset === undefined) {
		offset = tzOffset(zone, new Date(hour * 3_600_000));
		offsetCache.set(key, offset);
	}
	return new Date(utcMs + offset * 60_000).toISOString().slice(0, 10);
}

let full: DemoCenter;
let small: DemoCenter;

beforeAll(() => {
	full = generateDemoCenter({ today, passwordHash });
	small = generateDemoCenter({ today, passwordHash, scale: 'small' });
});

describe('generateDemoCenter, full scale', () => {
	it('is deterministic: the same input gives identical rows, another seed different ones', () => {
		expect(hashOf(generateDemoCenter({ today, passwordHash }))).toBe(hashOf(full));
		expect(hashOf(generateDemoCenter({ today, passwordHash, scale: 'small', seed: 7 }))).not.toBe(hashOf(small));
	});

	it('rejects a malformed today', () => {
		expect(() => generateDemoCenter({ today: '2026-02-30', passwordHash })).toThrow(RangeError);
		expect(() => generateDemoCenter({ today: '23.11.2026', passwordHash })).toThrow(RangeError);
	});

	it('has the four demo accounts with the right roles, and they never exit', () => {
		const byEmail = new Map(full.people.map((p) => [p.email, p]));
		const admin = byEmail.get(demoAccounts.admin);
		const hr = byEmail.get(demoAccounts.hr);
		const supervisor = byEmail.get(demoAccounts.supervisor);
		const agent = byEmail.get(demoAccounts.agent);
		expect(admin?.role).toBe('admin');
		expect(hr?.role).toBe('hr');
		expect(supervisor?.role).toBe('supervisor');
		expect(agent?.role).toBe('agent');
		expect(admin?.teamId ?? null).toBeNull();
		expect(hr?.teamId ?? null).toBeNull();
		for (const p of [admin, hr, supervisor, agent]) {
			expect(p?.employmentStatus).toBe('active');
			expect(full.exits.some((e) => e.personId === p?.id)).toBe(false);
		}
		// The demo agent sits in the demo supervisor's team, with more than a year of tenure.
		const led = full.teamSupervisors.filter((s) => s.personId === supervisor?.id).map((s) => s.teamId);
		expect(led).toContain(agent?.teamId);
		expect(dayNumber(today) - dayNumber(agent!.hireDate)).toBeGreaterThan(365);
		expect(full.agentDayOutcomes.filter((o) => o.personId === agent?.id).length).toBeGreaterThan(250);
	});

	it('gives every person a unique lower-case ASCII email, the password hash and a plausible contract', () => {
		const emails = full.people.map((p) => p.email);
		expect(new Set(emails).size).toBe(emails.length);
		for (const p of full.people) {
			expect(p.email).toMatch(/^[a-z0-9.]+@tend\.test$/);
			expect(p.passwordHash).toBe(passwordHash);
			expect(['en', 'fa', 'ar', 'pl', 'zh']).toContain(p.locale);
			expect(p.contractHoursMin!).toBeLessThanOrEqual(p.contractHoursMax!);
			expect(p.hireDate <= today).toBe(true);
		}
		const ids = full.people.map((p) => p.id);
		expect(ids).toEqual(ids.map((_, i) => i + 1));
	});

	it('has two sites in different time zones, one of them with DST', () => {
		expect(full.sites).toHaveLength(2);
		const zones = full.sites.map((s) => s.timeZone);
		const winter = new Date('2026-01-15T12:00:00Z');
		const summer = new Date('2026-07-15T12:00:00Z');
		expect(tzOffset(zones[0], winter)).not.toBe(tzOffset(zones[1], winter));
		expect(zones.some((z) => tzOffset(z, winter) !== tzOffset(z, summer))).toBe(true);
	});

	it('has 8 teams, 4 per site, each led by a supervisor', () => {
		expect(full.teams).toHaveLength(8);
		for (const site of full.sites) expect(full.teams.filter((t) => t.siteId === site.id)).toHaveLength(4);
		const roles = new Map(full.people.map((p) => [p.id, p.role]));
		for (const team of full.teams) {
			const leads = full.teamSupervisors.filter((s) => s.teamId === team.id);
			expect(leads.length).toBeGreaterThanOrEqual(1);
			for (const lead of leads) expect(roles.get(lead.personId)).toBe('supervisor');
		}
	});

	it('has about 120 active agents, about 15 per team, and people who exited', () => {
		const agents = full.people.filter((p) => p.role === 'agent');
		const active = agents.filter((p) => p.employmentStatus === 'active');
		expect(active.length).toBeGreaterThanOrEqual(110);
		expect(active.length).toBeLessThanOrEqual(130);
		for (const team of full.teams) {
			const n = active.filter((p) => p.teamId === team.id).length;
			expect(n).toBeGreaterThanOrEqual(11);
			expect(n).toBeLessThanOrEqual(17);
		}
		const exited = agents.filter((p) => p.employmentStatus === 'exited');
		expect(exited.length).toBe(full.exits.length);
		expect(new Set(full.exits.map((e) => e.personId))).toEqual(new Set(exited.map((p) => p.id)));
		// Hires spread over the history, and some staff date from years before it.
		const first = dayNumber(full.summary.firstDay);
		expect(agents.filter((p) => dayNumber(p.hireDate) >= first).length).toBeGreaterThan(15);
		expect(Math.max(...agents.map((p) => first - dayNumber(p.hireDate)))).toBeGreaterThan(4 * 365);
		expect(Math.max(...agents.map((p) => first - dayNumber(p.hireDate)))).toBeLessThanOrEqual(8 * 365 + 70);
	});

	it('records exits with a type and a reason from the lists, after hire, mostly voluntary', () => {
		const hired = new Map(full.people.map((p) => [p.id, p.hireDate]));
		const voluntary = ['better pay elsewhere', 'schedule conflicts', 'burnout', 'career change', 'relocation', 'studies'];
		const involuntary = ['performance', 'attendance', 'policy violation'];
		for (const e of full.exits) {
			expect(e.exitDate >= hired.get(e.personId)!).toBe(true);
			expect(e.exitDate >= full.summary.firstDay && e.exitDate <= full.summary.lastDay).toBe(true);
			expect((e.type === 'voluntary' ? voluntary : involuntary).includes(e.reason)).toBe(true);
		}
		const share = full.exits.filter((e) => e.type === 'involuntary').length / full.exits.length;
		expect(share).toBeGreaterThan(0.08);
		expect(share).toBeLessThan(0.3);
	});

	it('has the three queues with their channels and targets', () => {
		expect(full.queues.map((q) => [q.name, q.channel, q.serviceLevelTarget, q.serviceLevelSeconds, q.concurrency])).toEqual([
			['Voice support', 'voice', 0.8, 20, 1],
			['Chat support', 'chat', 0.8, 60, 3],
			['Email support', 'email', 0.9, 14_400, 1]
		]);
	});

	it('has 548 days of 15-minute history for each queue, ending the day before today', () => {
		for (const queue of full.queues) {
			const rows = full.intervalHistory.filter((r) => r.queueId === queue.id);
			const days = new Set(rows.map((r) => localDate(r.intervalStart, marketTimeZone)));
			expect(days.size).toBe(548);
			expect([...days].sort()[0]).toBe('2025-05-24');
			expect([...days].sort().at(-1)).toBe('2026-11-22');
			expect(rows.filter((r) => r.intervalMinutes !== 15 || r.intervalStart % (15 * 60_000) !== 0)).toEqual([]);
			expect(new Set(rows.map((r) => r.intervalStart)).size).toBe(rows.length);
		}
	});

	it('keeps handled + abandoned <= offered and AHT sensible in every interval', () => {
		let bad = 0;
		for (const r of full.intervalHistory) {
			if (r.offered < 0 || r.handled < 0 || r.abandoned < 0 || r.handled + r.abandoned > r.offered) bad++;
			if (r.handled > 0 && !((r.ahtSeconds ?? 0) > 0)) bad++;
			if (r.handled === 0 && r.ahtSeconds !== null) bad++;
		}
		expect(bad).toBe(0);
	});

	it('has realistic daily volumes and weekly seasonality (Monday above Sunday)', () => {
		const totals = new Map<string, number>();
		for (const r of full.intervalHistory) {
			const key = `${r.queueId} ${localDate(r.intervalStart, marketTimeZone)}`;
			totals.set(key, (totals.get(key) ?? 0) + r.offered);
		}
		const meanBy = (queueId: number, weekday: number) => {
			const xs = [...totals].filter(([k]) => k.startsWith(`${queueId} `) && new Date(`${k.slice(2)}T00:00:00Z`).getUTCDay() === weekday).map(([, v]) => v);
			return xs.reduce((a, b) => a + b, 0) / xs.length;
		};
		for (const queue of full.queues) expect(meanBy(queue.id, 1)).toBeGreaterThan(1.5 * meanBy(queue.id, 0));
		const voiceTuesday = meanBy(1, 2);
		expect(voiceTuesday).toBeGreaterThan(3000);
		expect(voiceTuesday).toBeLessThan(4000);
		// Holidays fall to about a quarter of the volume.
		const christmas = totals.get('1 2025-12-25')!;
		expect(christmas / meanBy(1, 4)).toBeLessThan(0.4);
		expect(demoHolidays.length).toBeGreaterThanOrEqual(5);
	});

	it('has annual turnover in [0.20, 0.35], measured from the rows', () => {
		const last = dayNumber(full.summary.lastDay);
		const from = last - 364;
		const exitDay = new Map(full.exits.map((e) => [e.personId, dayNumber(e.exitDate)]));
		let headcountDays = 0;
		let windowExits = 0;
		for (const p of full.people) {
			if (p.role !== 'agent') continue;
			const end = exitDay.get(p.id) ?? last;
			const start = Math.max(dayNumber(p.hireDate), from);
			if (end >= start) headcountDays += end - start + 1;
			if (exitDay.has(p.id) && end >= from) windowExits++;
		}
		const turnover = windowExits / (headcountDays / 365);
		expect(turnover).toBeCloseTo(full.summary.annualTurnover, 3);
		expect(turnover).toBeGreaterThanOrEqual(0.2);
		expect(turnover).toBeLessThanOrEqual(0.35);
	});

	it('makes voluntary exits more frequent among agents whose visible schedules are more straining', () => {
		interface Tally { n: number; late: number; weekend: number; overtime: number; sum: number; sumSq: number }
		const tallies = new Map<number, Tally>();
		for (const o of full.agentDayOutcomes) {
			const t = tallies.get(o.personId) ?? { n: 0, late: 0, weekend: 0, overtime: 0, sum: 0, sumSq: 0 };
			const weekday = new Date(`${o.day}T00:00:00Z`).getUTCDay();
			t.n++;
			if (o.shiftStartMinute >= 13 * 60 || o.shiftStartMinute < 6 * 60) t.late++;
			if (weekday === 0 || weekday === 6) t.weekend++;
			t.overtime += o.overtimeMinutes ?? 0;
			t.sum += o.shiftStartMinute;
			t.sumSq += o.shiftStartMinute ** 2;
			tallies.set(o.personId, t);
		}
		const first = dayNumber(full.summary.firstDay);
		const last = dayNumber(full.summary.lastDay);
		const exits = new Map(full.exits.map((e) => [e.personId, e]));
		const scored = full.people
			.filter((p) => p.role === 'agent' && (tallies.get(p.id)?.n ?? 0) >= 20)
			.map((p) => {
				const t = tallies.get(p.id)!;
				const startSd = Math.sqrt(Math.max(0, t.sumSq / t.n - (t.sum / t.n) ** 2));
				const exit = exits.get(p.id);
				const years = ((exit ? dayNumber(exit.exitDate) : last) - Math.max(first, dayNumber(p.hireDate)) + 1) / 365;
				return { strain: t.late / t.n + t.weekend / t.n + startSd / 120 + t.overtime / t.n / 60, voluntary: exit?.type === 'voluntary', years };
			})
			.sort((a, b) => a.strain - b.strain);
		const half = Math.floor(scored.length / 2);
		const rate = (group: typeof scored) => group.filter((g) => g.voluntary).length / group.reduce((a, g) => a + g.years, 0);
		const low = rate(scored.slice(0, half));
		const high = rate(scored.slice(half));
		expect(high).toBeGreaterThan(1.5 * low);
	});

	it('records agent days only within employment, about five a week, with outcomes in range', () => {
		const people = new Map(full.people.map((p) => [p.id, p]));
		const exitDate = new Map(full.exits.map((e) => [e.personId, e.exitDate]));
		const perPerson = new Map<number, number>();
		let bad = 0;
		for (const o of full.agentDayOutcomes) {
			const p = people.get(o.personId)!;
			if (p.role !== 'agent' || o.day < p.hireDate || o.day > (exitDate.get(o.personId) ?? today) || o.day >= today) bad++;
			if (o.csat != null && (o.csat < 0 || o.csat > 1)) bad++;
			if (o.csat == null && (o.csatResponses ?? 0) > 0) bad++;
			if (o.fcr != null && (o.fcr < 0 || o.fcr > 1)) bad++;
			if (o.customerEffort != null && (o.customerEffort < 1 || o.customerEffort > 7)) bad++;
			if (o.qaScore != null && (o.qaScore < 0 || o.qaScore > 100)) bad++;
			if (o.shiftStartMinute < 0 || o.shiftStartMinute >= 1440 || (o.overtimeMinutes ?? 0) > o.workedMinutes) bad++;
			perPerson.set(o.personId, (perPerson.get(o.personId) ?? 0) + 1);
		}
		expect(bad).toBe(0);
		const agent = full.people.find((p) => p.email === demoAccounts.agent)!;
		const perWeek = (perPerson.get(agent.id)! / 548) * 7;
		expect(perWeek).toBeGreaterThan(4);
		expect(perWeek).toBeLessThan(5.5);
	});
});

describe('generateDemoCenter, small scale', () => {
	it('is a tiny org with 2 sites, 2 teams, about 10 agents, 14 days and the 4 demo accounts', () => {
		expect(small.sites).toHaveLength(2);
		expect(small.teams).toHaveLength(2);
		expect(small.queues).toHaveLength(3);
		const agents = small.people.filter((p) => p.role === 'agent');
		expect(agents.length).toBeGreaterThanOrEqual(8);
		expect(agents.length).toBeLessThanOrEqual(12);
		for (const email of Object.values(demoAccounts)) expect(small.people.some((p) => p.email === email)).toBe(true);
		const days = new Set(small.intervalHistory.map((r) => localDate(r.intervalStart, marketTimeZone)));
		expect(days.size).toBe(14);
		expect(small.exits.length).toBeGreaterThanOrEqual(1);
		expect(small.summary.historyDays).toBe(14);
	});
});
