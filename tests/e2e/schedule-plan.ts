// A team's published plan as its supervisor's pages show it (roster, contract rules and skills),
// and the sign-in and form helpers the offer and swap tests share.
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { baseURL, demoEmail, demoPassword, directory, open, person, setLocaleCookie, signInAs, teams, waitForHydration } from './helpers';
import { day, en, literal, minuteOf } from './schedule-text';

/** A shift in minutes from midnight of its own day (the end past 1440 when it runs overnight). */
export interface Shift {
	start: number;
	end: number;
}
export interface Rules {
	minMinutes: number;
	maxMinutes: number;
	restMinutes: number;
	maxRun: number;
	/** The queues named on the agent's line, as printed ('' for none). */
	skills: string;
}
export interface Plan {
	scheduleId: number;
	days: string[];
	/** By agent name: their shift on each day of the schedule, or null. */
	roster: Map<string, (Shift | null)[]>;
	rules: Map<string, Rules>;
}

/** Submits a (non-enhanced) form with `button` and waits for the page it answers with to load and hydrate. */
export async function submit(page: Page, button: Locator, tap = false) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), tap ? button.tap() : button.click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

/** A fresh context signed in as `who` (a demo email, or an added account) in English, on a phone-sized touch screen or a desktop one. */
export async function signInWith(browser: Browser, who: string | { email: string; password: string }, device: 'phone' | 'desktop'): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(device === 'phone' ? { baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { baseURL });
	await setLocaleCookie(context, 'en');
	const page = await context.newPage();
	await signInAs(page, typeof who === 'string' ? who : who.email, typeof who === 'string' ? demoPassword : who.password);
	return { context, page };
}

/** The demo's second team: its supervisor (the small demo's other one) and at least `agentsNeeded` active agents, and the demo agent. */
export async function otherTeam(browser: Browser, agentsNeeded: number) {
	const people = await directory(browser);
	const team = teams(people).other;
	const supervisor = people.find((p) => p.role === 'Supervisor' && p.email !== demoEmail.supervisor);
	const agents = people.filter((p) => p.role === 'Agent' && p.team === team && !p.disabled);
	if (!supervisor || agents.length < agentsNeeded) throw new Error(`the demo center needs a second team with its supervisor and ${agentsNeeded} agents`);
	return { team, supervisor, agents, alex: person(people, demoEmail.agent) };
}

/**
 * A published schedule of the supervisor's team (by default the demo's, the team's first), its
 * roster, and each agent's contract hours, rules and skills from the rules page.
 */
export async function readPlan(page: Page, id?: number): Promise<Plan> {
	await open(page, '/schedules');
	const runs = await page.locator('.runs a').evaluateAll((links) => links.map((a) => Number(new URL((a as HTMLAnchorElement).href).searchParams.get('schedule'))));
	const scheduleId = id ?? Math.min(...runs);
	await open(page, `/schedules?schedule=${scheduleId}`);
	await expect(page.locator('main .badge').first()).toHaveText(en('schedule_published'));
	// The day picker of the coverage chart (its name also holds the chosen day).
	const days = await page.getByRole('combobox', { name: new RegExp(`^${literal(en('requirement_day'))}\\b`) }).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	const rows = await page.locator('table.roster tbody tr').evaluateAll((trs) => trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!.trim(), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) })));
	const roster = new Map<string, (Shift | null)[]>();
	for (const row of rows) {
		roster.set(
			row.name,
			row.cells.map((cell) => {
				const times = cell.split('–');
				if (times.length !== 2) return null;
				const start = minuteOf(times[0]!);
				const end = minuteOf(times[1]!);
				return { start, end: end <= start ? end + day : end };
			})
		);
	}
	await open(page, '/schedules/rules');
	const contract = new RegExp(`^(.+?) · ${literal(en('rules_contract')).replace('\\{min\\}', '([\\d.]+)').replace('\\{max\\}', '([\\d.]+)')}`);
	const skillsOf = new RegExp(`${literal(en('rules_skills_list')).replace('\\{queues\\}', '(.+)')}$`);
	const rules = new Map<string, Rules>();
	for (const details of await page.locator('details.agent').all()) {
		const summary = (await details.locator('summary').innerText()).trim();
		const match = summary.match(contract);
		if (!match) continue;
		rules.set(match[1]!, {
			minMinutes: Number(match[2]) * 60,
			maxMinutes: Number(match[3]) * 60,
			restMinutes: Number(await details.locator('input[name="min_rest_hours"]').inputValue()) * 60,
			maxRun: Number(await details.locator('input[name="max_consecutive_days"]').inputValue()),
			skills: summary.match(skillsOf)?.[1] ?? ''
		});
	}
	return { scheduleId, days, roster, rules };
}

/** Scheduled minutes of `name` in the ISO week holding day `i` (schedules start on a Monday). */
export function weekMinutes(plan: Plan, name: string, i: number): number {
	const first = i - (i % 7);
	return (plan.roster.get(name) ?? []).slice(first, first + 7).reduce((sum, s) => sum + (s ? s.end - s.start : 0), 0);
}
