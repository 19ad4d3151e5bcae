// Voluntary time off and extra-hours offers (3/7) end to end. A team's supervisor posts VTO where
// the published plan is over the requirement and extra hours where it is under, starting from the
// windows the page suggests; agents take them on a phone, first come first served; their shifts
// change and the supervisor sees who took what. An offer that would break a rule is refused with
// the rule named; other teams and other roles are refused.
// The demo's second team is used: no other spec changes its published schedule, while
// schedules.spec republishes the first team's. The tests run in order, since each reads the plan
// the one before changed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newSignedInPage, open, sameOrigin, teams } from './helpers';
import { addDays, day, en, literal, mediumDay, minuteOf, printed, say } from './schedule-text';
import { otherTeam, readPlan, signInWith, submit, weekMinutes, type Plan, type Shift } from './schedule-plan';

test.describe.configure({ mode: 'default' });

/** Minutes after midnight as a time input takes them ("15:30"). */
const inputTime = (minute: number) => `${String(Math.floor((minute % day) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const span = (start: number, end: number) => `${printed(start)}–${printed(end)}`;

/** Required and scheduled agents per 15 minutes of one day, and the VTO and extra-hours windows the page suggests for it. */
async function readDay(page: Page, plan: Plan, d: string) {
	await open(page, `/schedules?schedule=${plan.scheduleId}&day=${d}`);
	const rows = await page.locator('figure.chart table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())]));
	const coverage = new Map<number, { required: number; scheduled: number }>();
	for (const [label, required, scheduled] of rows) coverage.set(minuteOf(label!), { required: Number(required!.replace(/,/g, '')), scheduled: Number(scheduled!.replace(/,/g, '')) });
	const suggested = async (kind: 'vto' | 'extra') => {
		const form = offerForm(page, kind);
		const start = minuteOf24(await form.locator('input[name="start"]').inputValue());
		const end = minuteOf24(await form.locator('input[name="end"]').inputValue());
		return { start, end: end <= start ? end + day : end };
	};
	return { coverage, vto: await suggested('vto'), extra: await suggested('extra') };
}
const minuteOf24 = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** Every 15 minutes of [start, end) over (VTO) or under (extra hours) the requirement by a whole agent, as the page's suggestions count it. */
function holds(coverage: Map<number, { required: number; scheduled: number }>, start: number, end: number, kind: 'vto' | 'extra'): boolean {
	if (end <= start || end > day) return false;
	for (let t = start; t < end; t += 15) {
		const c = coverage.get(t);
		if (!c || (kind === 'vto' ? c.scheduled - c.required < 1 : c.required - c.scheduled < 1)) return false;
	}
	return true;
}

const offerForm = (page: Page, kind: 'vto' | 'extra') => page.locator('form').filter({ has: page.locator(`input[name="kind"][value="${kind}"]`) });

/** Posts an offer for the day the supervisor's page shows, and waits for the page to say so. */
async function postOffer(page: Page, plan: Plan, d: string, kind: 'vto' | 'extra', start: number, end: number, slots: number) {
	await open(page, `/schedules?schedule=${plan.scheduleId}&day=${d}`);
	await page.locator('summary').filter({ hasText: en('offer_title') }).click();
	const form = offerForm(page, kind);
	await form.locator('input[name="start"]').fill(inputTime(start));
	await form.locator('input[name="end"]').fill(inputTime(end));
	await form.locator('input[name="slots"]').fill(String(slots));
	await submit(page, form.getByRole('button', { name: en('offer_post') }));
	await expect(page.getByRole('status')).toHaveText(en('offer_done'));
	await expect(postedOffer(page, kind, d, start, end)).toContainText(say('offer_taken_count', { taken: '0', slots: String(slots) }));
}

/** An offer as the supervisor's list of posted offers shows it. */
function postedOffer(page: Page, kind: 'vto' | 'extra', d: string, start: number, end: number): Locator {
	return page
		.getByRole('list', { name: en('offer_posted_title') })
		.getByRole('listitem')
		.filter({ hasText: new RegExp(`^${literal(en(kind === 'vto' ? 'offer_vto' : 'offer_extra'))} · ${literal(mediumDay(d))} ${span(start, end)} · `) });
}

/** An offer as an agent's page lists it. */
function agentOffer(page: Page, kind: 'vto' | 'extra', d: string, start: number, end: number): Locator {
	const section = page.locator('section.card').filter({ has: page.getByRole('heading', { name: en('offers_title') }) });
	return section.getByRole('listitem').filter({ hasText: new RegExp(`^${literal(en(kind === 'vto' ? 'offer_vto' : 'offer_extra'))} · ${literal(mediumDay(d))} ${span(start, end)} · `) });
}

/** The agent's own shift on day `d` in their week view. */
function myShift(page: Page, d: string): Locator {
	const weeks = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${literal(en('my_schedule_week')).replace('\\{monday\\}', '.+')}$`) }) });
	return weeks.getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${literal(mediumDay(d))}$`) }) }).locator('span.ltr');
}

/** An agent's shift on day `i` of the plan and a window of an offer next to or inside it. */
interface Pick {
	d: string;
	i: number;
	name: string;
	start: number;
	end: number;
	shift: Shift;
}

/** The first day an offer can be for without its window having passed, in any time zone. */
const firstOfferDay = () => addDays(new Date().toISOString().slice(0, 10), 2);

/** Generates a one-week schedule of the supervisor's team from `monday`, waits for it and publishes it; its id. */
async function generateWeek(page: Page, monday: string): Promise<number> {
	await open(page, '/schedules');
	await page.getByLabel(en('schedule_first_monday')).fill(monday);
	await page.getByLabel(en('forecast_weeks')).selectOption('1');
	await page.getByLabel(en('schedule_time_limit')).fill('5');
	await Promise.all([page.waitForURL(/schedule=\d+/), page.getByRole('button', { name: en('schedule_generate'), exact: true }).click()]);
	const id = Number(new URL(page.url()).searchParams.get('schedule'));
	await expect(page.getByText(en('schedule_objective'))).toBeVisible({ timeout: 60_000 });
	await submit(page, page.getByRole('button', { name: en('schedule_publish'), exact: true }));
	await expect(page.getByRole('status')).toHaveText(en('schedule_published_done'));
	return id;
}

test('VTO where the plan is over the requirement, extra hours where it is under: taken on a phone, first come first served, and the supervisor sees who took them', async ({ browser }) => {
	// A 5-second schedule run, two dozen days of coverage read, then four people's pages.
	test.setTimeout(180_000);
	const { supervisor, agents } = await otherTeam(browser, 3);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	const page = planner.page;
	try {
		// The small demo's teams are far below the requirement of the demo's queues on every day the
		// forecast covers: the plan is over it only where no forecast is, three weeks on. The
		// supervisor plans and publishes that week.
		const demo = await readPlan(page);
		const later = await readPlan(page, await generateWeek(page, addDays(demo.days[0]!, 21)));
		const names = new Set(agents.map((a) => a.name));

		// VTO: the window the page suggests (up to 4 h where the plan is most over the requirement by
		// whole agents), as it is, on the first day it covers the start or the end of an agent's
		// shift (or all of it): the VTO then trims the shift there (or removes it).
		let vto: Pick | null = null;
		for (let i = 0; i < later.days.length && !vto; i++) {
			const d = later.days[i]!;
			const { coverage, vto: suggested } = await readDay(page, later, d);
			// A day nobody works has nothing over the requirement, and the form shows its default times.
			if (![...coverage.values()].some((c) => c.scheduled - c.required >= 1)) continue;
			expect(holds(coverage, suggested.start, suggested.end, 'vto'), `the suggested VTO window on ${d} is over the requirement`).toBe(true);
			for (const [name, shifts] of later.roster) {
				const shift = shifts[i];
				const trims = shift && (suggested.start <= shift.start ? suggested.end > shift.start : suggested.end >= shift.end && suggested.start < shift.end);
				if (!vto && shift && trims && names.has(name)) vto = { d, i, name, start: suggested.start, end: suggested.end, shift };
			}
		}
		expect(vto, 'a day whose suggested VTO window covers the start or end of an agent\'s shift').not.toBeNull();
		// What is left of the shift after the VTO, as takeVto computes it: nothing, or the part outside the window.
		const left = vto!.start <= vto!.shift.start && vto!.end >= vto!.shift.end ? null : vto!.start <= vto!.shift.start ? span(vto!.end, vto!.shift.end) : span(vto!.shift.start, vto!.start);

		// Extra hours, on the demo's schedule: an hour right before or after an agent's shift where the
		// plan is under the requirement (the page's own suggestion, up to 2 h where it is most under,
		// need not touch anyone's shift), where the agent's rules surely hold:
		// the week stays within the contract's maximum, the rest from or to the shift of the day
		// before or after stays long enough, and the hours stay inside 06:00–22:00 (nobody in this
		// team has entered availability, so that is theirs).
		let extra: Pick | null = null;
		for (let i = demo.days.indexOf(firstOfferDay()); i >= 0 && i < demo.days.length && !extra; i++) {
			const d = demo.days[i]!;
			const { coverage, extra: suggested } = await readDay(page, demo, d);
			for (const [name, shifts] of demo.roster) {
				const shift = shifts[i];
				const rules = demo.rules.get(name);
				if (extra || !shift || !rules || !names.has(name) || name === vto!.name || shift.end > day) continue;
				if (weekMinutes(demo, name, i) + 60 > rules.maxMinutes) continue;
				const next = shifts[i + 1];
				const previous = shifts[i - 1];
				const options: [number, number][] = [];
				if (shift.end + 60 <= 22 * 60 && (!next || next.start + day - (shift.end + 60) >= rules.restMinutes)) options.push([shift.end, shift.end + 60]);
				if (shift.start - 60 >= 6 * 60 && (!previous || shift.start - 60 + day - previous.end >= rules.restMinutes)) options.push([shift.start - 60, shift.start]);
				for (const [start, end] of options) {
					if (!extra && holds(coverage, start, end, 'extra')) {
						expect(holds(coverage, suggested.start, suggested.end, 'extra'), `the suggested extra-hours window on ${d} is under the requirement`).toBe(true);
						expect(suggested.end - suggested.start, 'an extra-hours suggestion of at most 2 h').toBeLessThanOrEqual(120);
						extra = { d, i, name, start, end, shift };
					}
				}
			}
		}
		expect(extra, 'a day with an agent whose shift starts or ends next to a stretch under the requirement').not.toBeNull();
		const taker = agents.find((a) => a.name === vto!.name)!;
		const extraTaker = agents.find((a) => a.name === extra!.name)!;
		const second = agents.find((a) => a.name !== vto!.name)!;

		await postOffer(page, later, vto!.d, 'vto', vto!.start, vto!.end, 1);
		await postOffer(page, demo, extra!.d, 'extra', extra!.start, extra!.end, 1);

		// Two agents of the team see the VTO offer on their phones; the second one waits.
		const first = await signInWith(browser, taker.email, 'phone');
		const late = await signInWith(browser, second.email, 'phone');
		try {
			for (const agent of [first.page, late.page]) {
				await open(agent, '/my-schedule');
				const offer = agentOffer(agent, 'vto', vto!.d, vto!.start, vto!.end);
				await expect(offer).toContainText(say('offers_left', { left: '1' }));
				await expect(offer.getByRole('button', { name: en('offers_take') })).toBeVisible();
				// Nothing on the page scrolls sideways on a phone.
				expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			}
			await expect(myShift(first.page, vto!.d)).toHaveText(new RegExp(`^${span(vto!.shift.start, vto!.shift.end)}$`));
			const id = await offerId(late.page, 'vto', vto!);

			await submit(first.page, agentOffer(first.page, 'vto', vto!.d, vto!.start, vto!.end).getByRole('button', { name: en('offers_take') }), true);
			await expect(first.page.getByRole('status')).toHaveText(en('offers_taken'));
			const mine = agentOffer(first.page, 'vto', vto!.d, vto!.start, vto!.end);
			await expect(mine).toContainText(say('offers_left', { left: '0' }));
			await expect(mine).toContainText(en('offers_yours'));
			await expect(mine.getByRole('button')).toHaveCount(0);
			// The shift is trimmed by the window, or off the schedule when the window held all of it.
			if (left === null) await expect(myShift(first.page, vto!.d)).toHaveCount(0);
			else await expect(myShift(first.page, vto!.d)).toHaveText(new RegExp(`^${left}$`));

			// The second agent, still looking at the open offer, is too late.
			await submit(late.page, agentOffer(late.page, 'vto', vto!.d, vto!.start, vto!.end).getByRole('button', { name: en('offers_take') }), true);
			await expect(late.page.getByRole('alert')).toHaveText(en('offers_full'));
			const gone = agentOffer(late.page, 'vto', vto!.d, vto!.start, vto!.end);
			await expect(gone).toContainText(say('offers_left', { left: '0' }));
			await expect(gone.getByRole('button')).toHaveCount(0);
			// Asking by hand changes nothing either: the offer is full, and the taker has it already.
			const again = await late.page.request.post('/my-schedule?/takeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
			expect(again.status()).toBe(400);
			expect(await again.text()).toContain(en('offers_full'));
			const twice = await first.page.request.post('/my-schedule?/takeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
			expect(twice.status()).toBe(400);
			expect(await twice.text()).toContain(en('offers_already'));
		} finally {
			await first.context.close();
			await late.context.close();
		}

		const adder = await signInWith(browser, extraTaker.email, 'phone');
		const longer = span(Math.min(extra!.start, extra!.shift.start), Math.max(extra!.end, extra!.shift.end));
		try {
			await open(adder.page, '/my-schedule');
			await expect(myShift(adder.page, extra!.d)).toHaveText(new RegExp(`^${span(extra!.shift.start, extra!.shift.end)}$`));
			await submit(adder.page, agentOffer(adder.page, 'extra', extra!.d, extra!.start, extra!.end).getByRole('button', { name: en('offers_take') }), true);
			await expect(adder.page.getByRole('status')).toHaveText(en('offers_taken'));
			await expect(myShift(adder.page, extra!.d)).toHaveText(new RegExp(`^${longer}$`));
		} finally {
			await adder.context.close();
		}

		// The supervisor sees who took each offer, and the rosters with the changed shifts.
		const cell = (name: string, i: number) => page.locator('table.roster tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').nth(i);
		const takenBy = (name: string) => `${say('offer_taken_count', { taken: '1', slots: '1' })} · ${say('offer_taken_by', { names: name })}`;
		await open(page, `/schedules?schedule=${later.scheduleId}&day=${vto!.d}`);
		await expect(postedOffer(page, 'vto', vto!.d, vto!.start, vto!.end)).toContainText(takenBy(taker.name));
		await expect(cell(taker.name, vto!.i)).toHaveText(left === null ? '—' : new RegExp(`^${left}$`));
		await open(page, `/schedules?schedule=${demo.scheduleId}&day=${extra!.d}`);
		await expect(postedOffer(page, 'extra', extra!.d, extra!.start, extra!.end)).toContainText(takenBy(extraTaker.name));
		await expect(cell(extraTaker.name, extra!.i)).toHaveText(new RegExp(`^${longer}$`));
		expect(await axeProblems(page, 'schedule with offers posted')).toEqual([]);
	} finally {
		await planner.context.close();
	}
});

/** The serious or critical axe findings on the page as it is now. */
async function axeProblems(page: Page, label: string): Promise<string[]> {
	return (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${label}: ${v.id}: ${v.help}`);
}

/** The id an agent's page holds for an offer (the hidden field of its Take button, or of the taker's page). */
async function offerId(page: Page, kind: 'vto' | 'extra', o: { d: string; start: number; end: number }): Promise<string> {
	const field = agentOffer(page, kind, o.d, o.start, o.end).locator('input[name="offer"]');
	if (await field.count()) return field.inputValue();
	throw new Error('the offer has no Take button on this page');
}

test('an offer that would break a rule is refused with the rule named, the shift stays as it was, and the planner withdraws the offer', async ({ browser }) => {
	test.slow();
	const { supervisor, agents } = await otherTeam(browser, 3);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	const page = planner.page;
	try {
		const plan = await readPlan(page);
		// An agent and day where working 06:00–22:00 (inside the default availability) would take the
		// week past the contract's maximum hours.
		let found: { d: string; i: number; name: string; shift: Shift; over: number } | null = null;
		for (let i = plan.days.indexOf(firstOfferDay()); i >= 0 && i < plan.days.length && !found; i++) {
			for (const agent of agents) {
				const shift = plan.roster.get(agent.name)?.[i];
				const rules = plan.rules.get(agent.name);
				if (!shift || !rules || shift.start < 6 * 60 || shift.end > 22 * 60) continue;
				const over = weekMinutes(plan, agent.name, i) - (shift.end - shift.start) + 16 * 60 - rules.maxMinutes;
				if (over > 0) {
					found = { d: plan.days[i]!, i, name: agent.name, shift, over };
					break;
				}
			}
		}
		expect(found, 'an agent whose week a 16-hour day would take past the contract maximum').not.toBeNull();
		const { d, i, name, shift, over } = found!;
		await postOffer(page, plan, d, 'extra', 6 * 60, 22 * 60, 1);

		const agent = await signInWith(browser, agents.find((a) => a.name === name)!.email, 'phone');
		try {
			await open(agent.page, '/my-schedule');
			await submit(agent.page, agentOffer(agent.page, 'extra', d, 6 * 60, 22 * 60).getByRole('button', { name: en('offers_take') }), true);
			const alert = agent.page.getByRole('alert');
			await expect(alert.locator('p')).toHaveText(en('offer_rules'));
			const hours = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(over / 60);
			await expect(alert.getByRole('listitem').filter({ hasText: say('rule_hours_max', { week: mediumDay(plan.days[i - (i % 7)]!), hours }) })).toHaveCount(1);
			// Nothing changed: the shift, and the offer still open to the others.
			await expect(myShift(agent.page, d)).toHaveText(new RegExp(`^${span(shift.start, shift.end)}$`));
			const offer = agentOffer(agent.page, 'extra', d, 6 * 60, 22 * 60);
			await expect(offer).toContainText(say('offers_left', { left: '1' }));
			await expect(offer.getByRole('button', { name: en('offers_take') })).toBeVisible();
			expect(await axeProblems(agent.page, 'my schedule with an offer refused, on a phone')).toEqual([]);
		} finally {
			await agent.context.close();
		}
		await open(page, `/schedules?schedule=${plan.scheduleId}&day=${d}`);
		const posted = postedOffer(page, 'extra', d, 6 * 60, 22 * 60);
		await expect(posted).toContainText(say('offer_taken_count', { taken: '0', slots: '1' }));
		// The planner withdraws it: marked withdrawn, and gone from the agent's offers.
		await submit(page, posted.getByRole('button', { name: en('offer_close') }));
		await expect(postedOffer(page, 'extra', d, 6 * 60, 22 * 60)).toContainText(en('offer_closed'));
		const after = await signInWith(browser, agents.find((a) => a.name === name)!.email, 'phone');
		try {
			await open(after.page, '/my-schedule');
			await expect(agentOffer(after.page, 'extra', d, 6 * 60, 22 * 60)).toHaveCount(0);
		} finally {
			await after.context.close();
		}
	} finally {
		await planner.context.close();
	}
});

test('agents of another team neither see nor take an offer; only agents take one, and only the team’s planners post one', async ({ browser }) => {
	test.slow();
	const { supervisor, agents, alex } = await otherTeam(browser, 3);
	const planner = await signInWith(browser, supervisor.email, 'desktop');
	let scheduleId: number;
	let id: string;
	const d = firstOfferDay();
	try {
		const plan = await readPlan(planner.page);
		scheduleId = plan.scheduleId;
		expect(plan.days, 'the published schedule covers the day after tomorrow').toContain(d);
		await postOffer(planner.page, plan, d, 'vto', 10 * 60, 11 * 60, 2);
		const member = await signInWith(browser, agents[0]!.email, 'phone');
		try {
			await open(member.page, '/my-schedule');
			id = await offerId(member.page, 'vto', { d, start: 10 * 60, end: 11 * 60 });
		} finally {
			await member.context.close();
		}
	} finally {
		await planner.context.close();
	}

	// The demo agent, of the other team, does not see it, and asking for it by hand is refused as unknown.
	const outsider = await signInWith(browser, alex.email, 'phone');
	try {
		await open(outsider.page, '/my-schedule');
		await expect(outsider.page.getByRole('heading', { name: en('offers_title') })).toBeVisible();
		await expect(agentOffer(outsider.page, 'vto', d, 10 * 60, 11 * 60)).toHaveCount(0);
		const take = await outsider.page.request.post('/my-schedule?/takeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
		expect(take.status()).toBe(400);
		expect(await take.text()).toContain(en('swap_gone'));
		// Nor may an agent post offers.
		const post = await outsider.page.request.post('/schedules?/offer', { headers: sameOrigin, form: { schedule: String(scheduleId), kind: 'extra', day: d, start: '10:00', end: '11:00', slots: '1' }, maxRedirects: 0 });
		expect(post.status()).toBe(403);
		// Nor withdraw them.
		const close = await outsider.page.request.post('/schedules?/closeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
		expect(close.status()).toBe(403);
	} finally {
		await outsider.context.close();
	}

	// Only agents take offers.
	for (const role of ['supervisor', 'hr', 'admin'] as const) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			const take = await page.request.post('/my-schedule?/takeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
			expect.soft(take.status(), `${role} POST /my-schedule?/takeOffer`).toBe(403);
			if (role === 'supervisor') {
				// The other team's supervisor neither sees that team's schedule nor posts offers on it.
				expect.soft((await page.request.get(`/schedules?schedule=${scheduleId}`)).status(), 'supervisor GET the other team’s schedule').toBe(404);
				const post = await page.request.post('/schedules?/offer', { headers: sameOrigin, form: { schedule: String(scheduleId), kind: 'extra', day: d, start: '10:00', end: '11:00', slots: '1' }, maxRedirects: 0 });
				expect.soft(post.status(), 'supervisor POST an offer on the other team’s schedule').toBe(404);
				const close = await page.request.post('/schedules?/closeOffer', { headers: sameOrigin, form: { offer: id }, maxRedirects: 0 });
				expect.soft(close.status(), 'supervisor withdraws the other team’s offer').toBe(404);
			}
		} finally {
			await context.close();
		}
	}

	// Nothing was taken, and no offer was added.
	const check = await signInWith(browser, supervisor.email, 'desktop');
	try {
		await open(check.page, `/schedules?schedule=${scheduleId}&day=${d}`);
		await expect(postedOffer(check.page, 'vto', d, 10 * 60, 11 * 60)).toContainText(say('offer_taken_count', { taken: '0', slots: '2' }));
		await expect(postedOffer(check.page, 'extra', d, 10 * 60, 11 * 60)).toHaveCount(0);
	} finally {
		await check.context.close();
	}
});
