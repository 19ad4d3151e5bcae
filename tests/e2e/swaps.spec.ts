// Shift swaps end to end: an agent offers a future published shift on their schedule, a teammate
// sees it and takes it on a phone, and the shift moves at once or once the supervisor approves, as
// the team's policy says; it then shows for the taker and in the supervisor's roster. The swap back,
// under the other policy, restores the plan and the policy. Agents of another team neither see nor
// take the offer, and only agents take swaps.
// The demo's second team is used: schedules.spec republishes the first team's schedule, which would
// take an offered shift out of the plan. The swap is on a weekday late in the demo schedule's second
// week, away from the first days offers.spec changes, with an hour to spare on every rule it checks.
// The demo's agents work close to their contracts' limits, so when no two of them can swap within
// the rules, the taker is an agent the admin adds to the team with no shifts (disabled at the end).
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { baseURL, demoPassword, newSignedInPage, open, roles, sameOrigin, setLocaleCookie, testEmail, unique, type DirectoryEntry } from './helpers';
import { addDays, day, en, literal, mediumDay, printed, say } from './schedule-text';
import { otherTeam, readPlan, signInWith, submit, weekMinutes, type Plan, type Rules, type Shift } from './schedule-plan';

test.describe.configure({ mode: 'default' });

const span = (s: Shift) => `${printed(s.start)}–${printed(s.end)}`;

/** An agent the test signs in as: one of the demo's, or one it adds. */
interface Agent {
	name: string;
	email: string;
	password: string;
}
interface Swap {
	d: string;
	i: number;
	shift: Shift;
	giver: Agent;
	taker: Agent;
	/** Both have the same queues: the taker leaves no queue short, nor does the giver on the way back. */
	sameSkills: boolean;
}

/**
 * Weekday shifts from `firstDay` on, latest first, that their agent can give away: the giver stays
 * at or above their weekly minimum, and the shift lies inside 06:00–22:00 (nobody in the team has
 * entered availability, so that is everyone's).
 */
function* givable(plan: Plan, givers: Agent[], firstDay: string): Generator<{ d: string; i: number; shift: Shift; giver: Agent }> {
	for (let i = plan.days.length - 1; i >= 0 && plan.days[i]! >= firstDay; i--) {
		const d = plan.days[i]!;
		if ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) continue;
		for (const giver of givers) {
			const shift = plan.roster.get(giver.name)?.[i];
			const rules = plan.rules.get(giver.name);
			if (shift && rules && shift.start >= 6 * 60 && shift.end <= 22 * 60 && weekMinutes(plan, giver.name, i) - (shift.end - shift.start) >= rules.minMinutes) yield { d, i, shift, giver };
		}
	}
}

/**
 * Whether `taker` can take `shift` on day `i` with an hour to spare on every rule the swap checks
 * (another spec may add an extra hour next to a shift): free that day, within their weekly
 * maximum, their rest and their days in a row. A taker missing from the roster has no shifts.
 */
function canTake(plan: Plan, taker: Agent, i: number, shift: Shift): boolean {
	const shifts = plan.roster.get(taker.name) ?? plan.days.map(() => null);
	const rules = plan.rules.get(taker.name);
	if (!rules || shifts[i] || weekMinutes(plan, taker.name, i) + shift.end - shift.start + 60 > rules.maxMinutes) return false;
	const previous = shifts[i - 1];
	const next = shifts[i + 1];
	if (previous && shift.start + day - previous.end < rules.restMinutes + 60) return false;
	if (next && next.start + day - shift.end < rules.restMinutes + 60) return false;
	let run = 1;
	for (let j = i - 1; j >= 0 && shifts[j]; j--) run++;
	for (let j = i + 1; j < shifts.length && shifts[j]; j++) run++;
	return run <= rules.maxRun;
}

/** A shift one agent can hand to another within every rule; agents with the same skills first, so the swap leaves no queue short either way. */
function pickSwap(plan: Plan, givers: Agent[], takers: Agent[], firstDay: string): Swap | null {
	for (const sameSkills of [true, false])
		for (const option of givable(plan, givers, firstDay))
			for (const taker of takers) {
				if (taker.name === option.giver.name || (plan.rules.get(taker.name)?.skills === plan.rules.get(option.giver.name)!.skills) !== sameSkills) continue;
				if (canTake(plan, taker, option.i, option.shift)) return { ...option, taker, sameSkills };
			}
	return null;
}

/**
 * Adds an agent to `team` with no shifts, a 0–40 h contract and the queues named in `skills` (as
 * the rules page lists them), and has them set a password through their invitation.
 */
async function addAgent(browser: Browser, team: string, skills: string): Promise<Agent & { id: number }> {
	const tag = unique();
	const agent = { name: `Sasha Swap ${tag}`, email: testEmail('swap', tag), password: `swap password ${tag}` };
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	let url: string;
	let id: number;
	try {
		await open(page, '/admin/people');
		await page.locator('main details > summary', { hasText: en('admin_people_add') }).click();
		const form = page.locator('main form[action="?/create"]');
		await form.locator('input[name="name"]').fill(agent.name);
		await form.locator('input[name="email"]').fill(agent.email);
		await form.locator('select[name="role"]').selectOption('agent');
		await form.locator('select[name="team"]').selectOption({ label: team });
		await form.locator('input[name="hire_date"]').fill('2026-01-05');
		await form.locator('input[name="contract_hours_min"]').fill('0');
		await form.locator('input[name="contract_hours_max"]').fill('40');
		for (const queue of skills.split(', ').filter(Boolean)) await form.getByLabel(queue, { exact: true }).check();
		await form.getByRole('button', { name: en('form_add') }).click();
		await expect(page).toHaveURL(/\/admin\/people\/\d+\?created$/);
		id = Number(new URL(page.url()).pathname.split('/').pop());
		await page.getByRole('button', { name: en('admin_person_invite') }).click();
		url = (await page.getByTestId('invite-url').innerText()).trim();
	} finally {
		await context.close();
	}
	const invited = await browser.newContext({ baseURL });
	try {
		await setLocaleCookie(invited, 'en');
		const page = await invited.newPage();
		await open(page, url);
		await page.getByLabel(en('invite_password')).fill(agent.password);
		await page.getByLabel(en('invite_confirm')).fill(agent.password);
		await page.getByRole('button', { name: en('invite_submit') }).click();
		await expect(page).toHaveURL(`${baseURL}/`);
	} finally {
		await invited.close();
	}
	return { ...agent, id };
}

/** Disables the account of a person the test added. */
async function disable(browser: Browser, id: number) {
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		await open(page, `/admin/people/${id}`);
		await submit(page, page.getByRole('button', { name: en('admin_person_disable') }));
		await expect(page.getByRole('status')).toBeVisible();
	} finally {
		await context.close();
	}
}

/** The day after tomorrow: a shift from then on is ahead in any time zone. */
const firstSwapDay = () => addDays(new Date().toISOString().slice(0, 10), 2);

/** The "swaps need my approval" box of the team on the supervisor's requests page. */
async function policyBox(page: Page, team: string): Promise<Locator> {
	await open(page, '/schedules/requests');
	return page.getByLabel(say('swap_policy_label', { team }), { exact: true });
}

async function setPolicy(page: Page, team: string, needsApproval: boolean) {
	const box = await policyBox(page, team);
	await box.setChecked(needsApproval);
	await submit(page, page.locator('form').filter({ has: box }).getByRole('button', { name: en('form_save') }));
	await expect(page.getByRole('status')).toHaveText(en('form_saved'));
	await expect(await policyBox(page, team)).toBeChecked({ checked: needsApproval });
}

/** The agent's own shift on day `d` in their week view. */
function myShift(page: Page, d: string): Locator {
	const weeks = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${literal(en('my_schedule_week')).replace('\\{monday\\}', '.+')}$`) }) });
	return weeks.getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${literal(mediumDay(d))}$`) }) });
}

/** A teammate's offered shift as an agent's page lists it under "Shifts my teammates offer". */
function teammateOffer(page: Page, d: string, shift: Shift, giver: string): Locator {
	const section = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: en('swap_open_title') }) });
	return section.getByRole('listitem').filter({ hasText: new RegExp(`^${literal(mediumDay(d))} ${span(shift)} · ${literal(giver)}`) });
}

/** A roster cell of the supervisor's schedule page. */
function cell(page: Page, name: string, i: number): Locator {
	return page.locator('table.roster tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').nth(i);
}

/**
 * `from` offers the shift of `swap.d` on their schedule and `to` takes it on a phone; the outcome
 * follows the policy (and, when their skills differ, may wait for the supervisor for a queue left
 * short); a waiting swap is approved by `planner`. The shift is then `to`'s.
 */
async function swapOnce(browser: Browser, planner: Page, plan: Plan, swap: Swap, from: Agent, to: Agent, needsApproval: boolean): Promise<void> {
	const giver = await signInWith(browser, from, 'desktop');
	const taker = await signInWith(browser, to, 'phone');
	try {
		await open(giver.page, '/my-schedule');
		const mine = myShift(giver.page, swap.d);
		await expect(mine.locator('span.ltr')).toHaveText(new RegExp(`^${span(swap.shift)}$`));
		await submit(giver.page, mine.getByRole('button', { name: en('swap_offer') }));
		await expect(giver.page.getByRole('status')).toHaveText(en('swap_offer_done'));
		await expect(myShift(giver.page, swap.d).locator('.badge')).toHaveText(en('swap_offered'));

		await open(taker.page, '/my-schedule');
		const offered = teammateOffer(taker.page, swap.d, swap.shift, from.name);
		await expect(offered).toHaveCount(1);
		const swapId = await offered.locator('form[action="?/take"] input[name="swap"]').inputValue();
		// Nothing on the page scrolls sideways on a phone.
		expect(await taker.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// The giver cannot take their own shift.
		const own = await giver.page.request.post('/my-schedule?/take', { headers: sameOrigin, form: { swap: swapId }, maxRedirects: 0 });
		expect(own.status()).toBe(400);
		expect(await own.text()).toContain(en('swap_own'));
		// The demo agent, of the other team, does not see it, and asking for it by hand is refused as unknown.
		const outsider = await newSignedInPage(browser, 'agent', 'en');
		try {
			await open(outsider.page, '/my-schedule');
			await expect(outsider.page.getByRole('heading', { level: 2, name: en('swap_open_title') })).toBeVisible();
			await expect(teammateOffer(outsider.page, swap.d, swap.shift, from.name)).toHaveCount(0);
			const take = await outsider.page.request.post('/my-schedule?/take', { headers: sameOrigin, form: { swap: swapId }, maxRedirects: 0 });
			expect(take.status()).toBe(400);
			expect(await take.text()).toContain(en('swap_gone'));
		} finally {
			await outsider.context.close();
		}

		await submit(taker.page, teammateOffer(taker.page, swap.d, swap.shift, from.name).getByRole('button', { name: en('swap_take') }), true);
		const outcome = taker.page.getByRole('status');
		const sentForSkills = literal(en('swap_sent_skills')).replace('\\{minutes\\}', '[\\d,]+');
		const expected = needsApproval ? (swap.sameSkills ? literal(en('swap_sent')) : `${literal(en('swap_sent'))}|${sentForSkills}`) : swap.sameSkills ? literal(en('swap_taken')) : `${literal(en('swap_taken'))}|${sentForSkills}`;
		await expect(outcome).toHaveText(new RegExp(`^(${expected})$`));
		const pending = (await outcome.innerText()).trim() !== en('swap_taken');
		await expect(teammateOffer(taker.page, swap.d, swap.shift, from.name)).toHaveCount(0);
		// Taken once, it is not taken again.
		const again = await taker.page.request.post('/my-schedule?/take', { headers: sameOrigin, form: { swap: swapId }, maxRedirects: 0 });
		expect(again.status()).toBe(400);
		expect(await again.text()).toContain(en('swap_gone'));

		if (pending) {
			// Until a supervisor decides, the shift stays the giver's, marked as waiting.
			await open(giver.page, '/my-schedule');
			await expect(myShift(giver.page, swap.d).locator('.badge')).toHaveText(en('swap_waiting'));
			await expect(myShift(taker.page, swap.d)).toHaveCount(0);
			// The first team's supervisor neither sees nor decides it.
			const stranger = await newSignedInPage(browser, 'supervisor', 'en');
			try {
				const decide = await stranger.page.request.post('/schedules/requests?/decideSwap', { headers: sameOrigin, form: { id: swapId, decision: 'approve' }, maxRedirects: 0 });
				expect(decide.status()).toBe(404);
			} finally {
				await stranger.context.close();
			}
			await open(planner, '/schedules/requests');
			// The line up to the shift's start, which it prints in UTC.
			const line = say('swap_pending_line', { taker: to.name, giver: from.name }).split('{when}')[0]!.trimEnd();
			const card = planner.locator('section.card').filter({ has: planner.locator(`input[name="id"][value="${swapId}"]`) });
			await expect(card).toContainText(line);
			await submit(planner, card.getByRole('button', { name: en('requests_approve') }));
			await expect(planner.getByRole('status')).toHaveText(en('swap_approved'));
			await expect(planner.locator(`input[name="id"][value="${swapId}"]`)).toHaveCount(0);
		}

		// The shift is the taker's now: on their schedule, off the giver's, and so in the roster.
		await open(taker.page, '/my-schedule');
		await expect(myShift(taker.page, swap.d).locator('span.ltr')).toHaveText(new RegExp(`^${span(swap.shift)}$`));
		await open(giver.page, '/my-schedule');
		await expect(myShift(giver.page, swap.d)).toHaveCount(0);
		await open(planner, `/schedules?schedule=${plan.scheduleId}&day=${swap.d}`);
		await expect(cell(planner, to.name, swap.i)).toHaveText(new RegExp(`^${span(swap.shift)}$`));
		// (The roster lists only agents with shifts: a giver left with none has no row.)
		await expect(cell(planner, from.name, swap.i).filter({ hasText: new RegExp(span(swap.shift)) })).toHaveCount(0);
	} finally {
		await giver.context.close();
		await taker.context.close();
	}
}

test('a teammate takes an offered shift on a phone, at once or after the supervisor approves as the team’s policy says, and the swap back restores the plan', async ({ browser }) => {
	// Two swaps, each through four or five people's pages.
	test.setTimeout(180_000);
	const { team, supervisor, agents } = await otherTeam(browser, 2);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	const page = planner.page;
	let policy: boolean | null = null;
	let added: number | null = null;
	try {
		let plan = await readPlan(page);
		const members = agents.map((a) => ({ name: a.name, email: a.email, password: demoPassword }));
		// A teammate who can take a shift within every rule; the demo's agents work close to their
		// contracts' maximum, so when none can, a new agent with no shifts and the giver's queues joins the team.
		let swap = pickSwap(plan, members, members, firstSwapDay());
		if (!swap) {
			const giver = givable(plan, members, firstSwapDay()).next().value?.giver;
			expect(giver, 'an agent of the team who can give a shift away within their contract').toBeTruthy();
			const newcomer = await addAgent(browser, team, plan.rules.get(giver!.name)!.skills);
			added = newcomer.id;
			plan = await readPlan(page);
			swap = pickSwap(plan, [giver!], [newcomer], firstSwapDay());
		}
		expect(swap, 'a weekday shift one agent of the team can hand to another within every rule').not.toBeNull();
		policy = await (await policyBox(page, team)).isChecked();
		// There, under the team's policy as it is; and back under the other one.
		await swapOnce(browser, page, plan, swap!, swap!.giver, swap!.taker, policy);
		await setPolicy(page, team, !policy);
		await swapOnce(browser, page, plan, swap!, swap!.taker, swap!.giver, !policy);
	} finally {
		try {
			if (policy !== null) await setPolicy(page, team, policy);
		} finally {
			await planner.context.close();
			// The agent added for the swap signs in no more.
			if (added !== null) await disable(browser, added);
		}
	}
});

interface Exchange {
	giver: DirectoryEntry;
	taker: DirectoryEntry;
	/** The giver's shift on day `i`, and the taker's on day `j` of the same week, given back for it. */
	i: number;
	j: number;
	offered: Shift;
	returned: Shift;
	sameSkills: boolean;
}

/** Whether `shifts` (one agent's after an exchange) keep every rule on day `k`, with an hour to spare as canTake does. */
function keepsRules(rules: Rules, shifts: (Shift | null)[], k: number): boolean {
	const shift = shifts[k]!;
	const first = k - (k % 7);
	const week = shifts.slice(first, first + 7).reduce((sum, s) => sum + (s ? s.end - s.start : 0), 0);
	if (week < rules.minMinutes || week + 60 > rules.maxMinutes) return false;
	const previous = shifts[k - 1];
	const next = shifts[k + 1];
	if (previous && shift.start + day - previous.end < rules.restMinutes + 60) return false;
	if (next && next.start + day - shift.end < rules.restMinutes + 60) return false;
	let run = 1;
	for (let x = k - 1; x >= 0 && shifts[x]; x--) run++;
	for (let x = k + 1; x < shifts.length && shifts[x]; x++) run++;
	return run <= rules.maxRun;
}

/**
 * Two agents of the team with shifts on different weekdays of one week, from `firstDay` on and
 * inside 06:00–22:00, each free on the other's day, who can exchange them within every rule:
 * agents with the same skills first, so neither shift leaves a queue short.
 */
function pickExchange(plan: Plan, agents: DirectoryEntry[], firstDay: string): Exchange | null {
	const inside = (s: Shift | null | undefined): s is Shift => !!s && s.start >= 6 * 60 && s.end <= 22 * 60;
	const weekday = (k: number) => ![0, 6].includes(new Date(`${plan.days[k]}T00:00:00Z`).getUTCDay());
	for (const sameSkills of [true, false])
		for (let i = plan.days.length - 1; i >= 0 && plan.days[i]! >= firstDay; i--)
			for (const giver of agents)
				for (const taker of agents) {
					const g = plan.roster.get(giver.name);
					const t = plan.roster.get(taker.name);
					const gr = plan.rules.get(giver.name);
					const tr = plan.rules.get(taker.name);
					if (giver === taker || !g || !t || !gr || !tr || (gr.skills === tr.skills) !== sameSkills || !weekday(i) || !inside(g[i]) || t[i]) continue;
					for (let j = i - (i % 7); j < i - (i % 7) + 7 && j < plan.days.length; j++) {
						if (j === i || plan.days[j]! < firstDay || !weekday(j) || !inside(t[j]) || g[j]) continue;
						const gAfter = g.map((s, k) => (k === i ? null : k === j ? t[j]! : s));
						const tAfter = t.map((s, k) => (k === j ? null : k === i ? g[i]! : s));
						if (keepsRules(gr, gAfter, j) && keepsRules(tr, tAfter, i)) return { giver, taker, i, j, offered: g[i]!, returned: t[j]!, sameSkills };
					}
				}
	return null;
}

/** A pattern for a shift as an agent's page prints it on one line: its day and its hours. */
const shiftText = (d: string, shift: Shift) => `${literal(mediumDay(d))} ${span(shift)}`;

/** The "Shift exchanges" entry of an agent's page. */
function exchangeEntry(page: Page, name: string, toMe: boolean): Locator {
	const section = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: en('swap_exchange_title') }) });
	return section.getByRole('listitem').filter({ hasText: say(toMe ? 'swap_exchange_to_me' : 'swap_exchange_by_me', { name }) });
}

/**
 * `from` offers the shift of day `give`, `to` proposes theirs of day `back` in exchange on a phone,
 * and `from` accepts; under approval the team's supervisor (`planner`) approves. Then `to` has the
 * first shift and `from` the second, on their pages and in the roster.
 */
async function exchangeOnce(browser: Browser, planner: Page, plan: Plan, from: DirectoryEntry, to: DirectoryEntry, give: { i: number; shift: Shift }, back: { i: number; shift: Shift }, sameSkills: boolean, needsApproval: boolean, declineFirst: boolean) {
	const giver = await signInWith(browser, from.email, 'desktop');
	const taker = await signInWith(browser, to.email, 'phone');
	const [dGive, dBack] = [plan.days[give.i]!, plan.days[back.i]!];
	try {
		await open(giver.page, '/my-schedule');
		await submit(giver.page, myShift(giver.page, dGive).getByRole('button', { name: en('swap_offer') }));
		await expect(giver.page.getByRole('status')).toHaveText(en('swap_offer_done'));

		const propose = async () => {
			await open(taker.page, '/my-schedule');
			const offered = teammateOffer(taker.page, dGive, give.shift, from.name);
			const select = offered.getByLabel(en('swap_exchange_label'));
			await select.selectOption((await select.locator('option').filter({ hasText: new RegExp(`^${shiftText(dBack, back.shift)}$`) }).getAttribute('value'))!);
			await submit(taker.page, offered.getByRole('button', { name: en('swap_exchange_propose') }), true);
			await expect(taker.page.getByRole('status')).toHaveText(en('swap_exchange_proposed'));
			expect(await taker.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			// Held for the giver's answer: off the team's offers, waiting on the proposer's page.
			await expect(teammateOffer(taker.page, dGive, give.shift, from.name)).toHaveCount(0);
			await expect(exchangeEntry(taker.page, from.name, false)).toContainText(new RegExp(`${literal(en('swap_exchange_you_give'))}: ${shiftText(dBack, back.shift)}`));
			await expect(exchangeEntry(taker.page, from.name, false)).toContainText(new RegExp(`${literal(en('swap_exchange_you_get'))}: ${shiftText(dGive, give.shift)}`));
			// The shift promised in return is marked on the proposer's schedule and cannot be offered meanwhile.
			await expect(myShift(taker.page, dBack).locator('.badge')).toHaveText(en('swap_promised'));
			await expect(myShift(taker.page, dBack).getByRole('button', { name: en('swap_offer') })).toHaveCount(0);
		};
		await propose();
		// The giver's home page says an answer is waiting, and leads to it.
		await open(giver.page, '/');
		await submit(giver.page, giver.page.getByRole('link', { name: say('home_exchanges_waiting', { count: '1' }) }));
		await expect(giver.page).toHaveURL(/\/my-schedule$/);
		await expect(myShift(giver.page, dGive).locator('.badge')).toHaveText(en('swap_proposed'));
		const entry = exchangeEntry(giver.page, to.name, true);
		await expect(entry).toContainText(new RegExp(`${literal(en('swap_exchange_you_give'))}: ${shiftText(dGive, give.shift)}`));
		await expect(entry).toContainText(new RegExp(`${literal(en('swap_exchange_you_get'))}: ${shiftText(dBack, back.shift)}`));
		const swapId = await entry.locator('input[name="swap"]').inputValue();
		// Neither the proposer nor an agent of another team answers it.
		const outsider = await newSignedInPage(browser, 'agent', 'en');
		try {
			for (const other of [taker.page, outsider.page]) {
				const answer = await other.request.post('/my-schedule?/answer', { headers: sameOrigin, form: { swap: swapId, decision: 'accept' }, maxRedirects: 0 });
				expect(answer.status()).toBe(400);
			}
		} finally {
			await outsider.context.close();
		}
		if (declineFirst) {
			// Declined, the offer is back up for the team and the proposer's shift stays theirs; proposed again.
			await submit(giver.page, entry.getByRole('button', { name: en('swap_exchange_decline') }));
			await expect(giver.page.getByRole('status')).toHaveText(en('swap_exchange_declined'));
			await expect(myShift(giver.page, dGive).locator('.badge')).toHaveText(en('swap_offered'));
			await open(taker.page, '/my-schedule');
			await expect(myShift(taker.page, dBack).locator('span.ltr')).toHaveText(new RegExp(`^${span(back.shift)}$`));
			await propose();
			await open(giver.page, '/my-schedule');
		}
		await submit(giver.page, exchangeEntry(giver.page, to.name, true).getByRole('button', { name: en('swap_exchange_accept') }));
		const outcome = giver.page.getByRole('status');
		const sentForSkills = literal(en('swap_exchange_sent_skills')).replace('\\{minutes\\}', '[\\d,]+');
		const expected = needsApproval ? literal(en('swap_sent')) : literal(en('swap_exchange_done'));
		await expect(outcome).toHaveText(new RegExp(`^(${sameSkills ? expected : `${expected}|${sentForSkills}`})$`));
		if ((await outcome.innerText()).trim() !== en('swap_exchange_done')) {
			await open(planner, '/schedules/requests');
			const card = planner.locator('section.card').filter({ has: planner.locator(`input[name="id"][value="${swapId}"]`) });
			await expect(card).toContainText(say('swap_pending_exchange_line', { taker: to.name, giver: from.name }).split('{when}')[0]!.trimEnd());
			await submit(planner, card.getByRole('button', { name: en('requests_approve') }));
			await expect(planner.getByRole('status')).toHaveText(en('swap_approved'));
		}
		// Both shifts have changed hands.
		await open(taker.page, '/my-schedule');
		await expect(myShift(taker.page, dGive).locator('span.ltr')).toHaveText(new RegExp(`^${span(give.shift)}$`));
		await expect(myShift(taker.page, dBack)).toHaveCount(0);
		await open(giver.page, '/my-schedule');
		await expect(myShift(giver.page, dBack).locator('span.ltr')).toHaveText(new RegExp(`^${span(back.shift)}$`));
		await expect(myShift(giver.page, dGive)).toHaveCount(0);
		await open(planner, `/schedules?schedule=${plan.scheduleId}&day=${dGive}`);
		await expect(cell(planner, to.name, give.i)).toHaveText(new RegExp(`^${span(give.shift)}$`));
		await expect(cell(planner, from.name, back.i)).toHaveText(new RegExp(`^${span(back.shift)}$`));
	} finally {
		await giver.context.close();
		await taker.context.close();
	}
}

test('two teammates exchange shifts of one week: the taker proposes, the giver declines, then accepts, and the exchange back restores the plan', async ({ browser }) => {
	test.setTimeout(180_000);
	const { team, supervisor, agents } = await otherTeam(browser, 2);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	const page = planner.page;
	let policy: boolean | null = null;
	try {
		const plan = await readPlan(page);
		const x = pickExchange(plan, agents, firstSwapDay());
		expect(x, 'two agents of the team who can exchange shifts of one week within every rule').not.toBeNull();
		policy = await (await policyBox(page, team)).isChecked();
		const give = { i: x!.i, shift: x!.offered };
		const back = { i: x!.j, shift: x!.returned };
		await exchangeOnce(browser, page, plan, x!.giver, x!.taker, give, back, x!.sameSkills, policy, true);
		// Back again under the other policy: the giver now offers the shift they received.
		await setPolicy(page, team, !policy);
		await exchangeOnce(browser, page, plan, x!.giver, x!.taker, back, give, x!.sameSkills, !policy, false);
	} finally {
		try {
			if (policy !== null) await setPolicy(page, team, policy);
		} finally {
			await planner.context.close();
		}
	}
});

test('the giver withdraws an offer: the teammates no longer see or take it, and nobody else withdraws it', async ({ browser }) => {
	test.slow();
	const { supervisor, agents } = await otherTeam(browser, 2);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	let plan: Plan;
	try {
		plan = await readPlan(planner.page);
	} finally {
		await planner.context.close();
	}
	// The team's latest future weekday shift: it is offered and withdrawn, never taken.
	let found: { d: string; shift: Shift; giver: DirectoryEntry } | null = null;
	for (let i = plan.days.length - 1; i >= 0 && plan.days[i]! >= firstSwapDay() && !found; i--) {
		if ([0, 6].includes(new Date(`${plan.days[i]}T00:00:00Z`).getUTCDay())) continue;
		for (const agent of agents) {
			const shift = plan.roster.get(agent.name)?.[i];
			if (!found && shift) found = { d: plan.days[i]!, shift, giver: agent };
		}
	}
	expect(found, 'a future weekday shift in the team').not.toBeNull();
	const { d, shift, giver } = found!;
	const teammate = agents.find((a) => a !== giver)!;

	const own = await signInWith(browser, giver.email, 'phone');
	const mate = await signInWith(browser, teammate.email, 'phone');
	const outsider = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(own.page, '/my-schedule');
		await submit(own.page, myShift(own.page, d).getByRole('button', { name: en('swap_offer') }), true);
		await expect(own.page.getByRole('status')).toHaveText(en('swap_offer_done'));
		await open(mate.page, '/my-schedule');
		const swapId = await teammateOffer(mate.page, d, shift, giver.name).locator('form[action="?/take"] input[name="swap"]').inputValue();

		// Neither a teammate nor an agent of another team withdraws it.
		for (const other of [mate.page, outsider.page]) {
			const cancel = await other.request.post('/my-schedule?/cancelOffer', { headers: sameOrigin, form: { swap: swapId }, maxRedirects: 0 });
			expect(cancel.status()).toBe(400);
		}
		await open(mate.page, '/my-schedule');
		await expect(teammateOffer(mate.page, d, shift, giver.name)).toHaveCount(1);

		// The giver does: the shift stays theirs, may be offered again, and is gone from the teammate's page.
		await open(own.page, '/my-schedule');
		await submit(own.page, myShift(own.page, d).getByRole('button', { name: en('swap_cancel') }), true);
		await expect(myShift(own.page, d).locator('.badge')).toHaveCount(0);
		await expect(myShift(own.page, d).getByRole('button', { name: en('swap_offer') })).toBeVisible();
		await expect(myShift(own.page, d).locator('span.ltr')).toHaveText(new RegExp(`^${span(shift)}$`));
		await open(mate.page, '/my-schedule');
		await expect(teammateOffer(mate.page, d, shift, giver.name)).toHaveCount(0);
		const late = await mate.page.request.post('/my-schedule?/take', { headers: sameOrigin, form: { swap: swapId }, maxRedirects: 0 });
		expect(late.status()).toBe(400);
		expect(await late.text()).toContain(en('swap_gone'));
		await open(own.page, '/my-schedule');
		await expect(myShift(own.page, d).locator('span.ltr')).toHaveText(new RegExp(`^${span(shift)}$`));
	} finally {
		await own.context.close();
		await mate.context.close();
		await outsider.context.close();
	}
});

test('only agents offer, take, exchange and withdraw swaps, and only planners decide them', async ({ browser }) => {
	for (const role of roles.filter((r) => r !== 'agent')) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			for (const [action, form] of [['take', { swap: '1' }], ['offer', { shift: '1' }], ['cancelOffer', { swap: '1' }], ['propose', { swap: '1', return_shift: '1' }], ['answer', { swap: '1', decision: 'accept' }], ['withdraw', { swap: '1' }]] as const) {
				const response = await page.request.post(`/my-schedule?/${action}`, { headers: sameOrigin, form, maxRedirects: 0 });
				expect.soft(response.status(), `${role} POST /my-schedule?/${action}`).toBe(403);
			}
		} finally {
			await context.close();
		}
	}
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		for (const [action, form] of [['decideSwap', { id: '1', decision: 'approve' }], ['policy', { team: '1', swaps_need_approval: 'on' }]] as const) {
			const response = await agent.page.request.post(`/schedules/requests?/${action}`, { headers: sameOrigin, form, maxRedirects: 0 });
			expect.soft(response.status(), `agent POST /schedules/requests?/${action}`).toBe(403);
		}
	} finally {
		await agent.context.close();
	}
});
