// Schedules (3/7) end to end: a supervisor generates and publishes a team schedule; the agent
// sees it, subscribes to it with a calendar link, enters availability and wishes, and asks for
// time off, which is approved at once or decided by the supervisor. Pages of one role are
// refused to the others.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoEmail, directory, message, newSignedInPage, open, person, roles, sameOrigin, waitForHydration } from './helpers';
import { addDays, en, mediumDay } from './schedule-text';


const longDay = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** A shift as the pages print it: "08:00 AM–04:30 PM". */
const shiftTimes = /\d{2}:\d{2}\s?[AP]M–\d{2}:\d{2}\s?[AP]M/;

/** Submits a (non-enhanced) form and waits for the page it answers with to load and hydrate. */
async function submit(page: Page, form: Locator) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), form.locator('button[type="submit"]').first().click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

test('a supervisor generates a one-week schedule, watches it run, publishes it, and the agent sees the shifts', async ({ browser }) => {
	// A 5-second optimization plus the page polling for it and the agent's pages.
	test.slow();
	const agentName = person(await directory(browser), demoEmail.agent).name;
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	const page = supervisor.page;
	let monday: string;
	let firstShift: string;
	try {
		await open(page, '/schedules');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('schedules_title'));
		monday = await page.getByLabel(en('schedule_first_monday')).inputValue();
		expect(new Date(`${monday}T12:00:00Z`).getUTCDay(), 'the form proposes a Monday').toBe(1);
		await page.getByLabel(en('forecast_weeks')).selectOption('1');
		await page.getByLabel(en('schedule_time_limit')).fill('5');
		await Promise.all([page.waitForURL(/schedule=\d+/), page.getByRole('button', { name: en('schedule_generate'), exact: true }).click()]);
		const id = Number(new URL(page.url()).searchParams.get('schedule'));

		// Progress while it runs, then the result without reloading.
		await expect(page.getByRole('heading', { name: en('schedule_running').replace('{seconds}', '5') })).toBeVisible();
		await expect(page.getByRole('progressbar')).toBeVisible();
		await expect(page.getByText(en('schedule_objective'))).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		const facts = page.locator('dl.facts');
		await expect(facts.locator('dt').first()).toHaveText(en('schedule_objective'));
		await expect(facts.locator('dd').first()).toHaveText(/^[\d,]+$/);
		await expect(facts.locator('dt').nth(1)).toHaveText(en('schedule_lower_bound'));
		await expect(facts.locator('dd').nth(1)).toHaveText(/^[\d,]+( · gap [\d.]+%)?$/);
		await expect(page.getByRole('heading', { name: new RegExp(`: ${mediumDay(monday)} – ${mediumDay(addDays(monday, 6))}$`) })).toBeVisible();
		// The coverage chart, drawn, and the roster with one column per day of the week.
		await expect(page.getByRole('heading', { name: en('schedule_coverage_title') })).toBeVisible();
		await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].some((canvas) => '$chartjs' in canvas));
		// The demo team takes more than one queue: each can be shown against what the agents skilled
		// for it can cover, and the whole team's view says how much is covered within skills.
		const coverageCard = page.locator('section.card').filter({ has: page.getByRole('heading', { name: en('schedule_coverage_title') }) });
		await coverageCard.locator('summary').filter({ hasText: en('chart_show_table') }).click();
		await expect(coverageCard.locator('table thead')).toContainText(en('schedule_covered_in_skills'));
		const queueView = page.getByLabel(en('schedule_queue_view'));
		await queueView.selectOption({ index: 1 });
		await expect(coverageCard.locator('table thead')).toContainText(en('schedule_queue_covered'));
		await expect(coverageCard.locator('table thead')).not.toContainText(en('schedule_on_contacts'));
		const roster = page.locator('table.roster');
		await expect(roster.locator('thead th')).toHaveCount(8);
		const agentRow = roster.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: agentName }) });
		await expect(agentRow).toHaveCount(1);
		await expect(agentRow.locator('td').filter({ hasText: shiftTimes }).first()).toBeVisible();
		firstShift = (await agentRow.locator('td').filter({ hasText: shiftTimes }).first().innerText()).trim();
		await expect(page.getByRole('alert')).toHaveCount(0);

		// The status endpoint the page polls reports the finished run.
		const status = await page.request.get(`/schedules/${id}/status`);
		expect(status.status()).toBe(200);
		expect(await status.json()).toMatchObject({ runStatus: 'done', progress: 1 });

		// Live rule warnings while editing, before anything is saved: a night shift 22:00–06:00 for
		// the agent falls outside their availability; moving it back to day hours keeps every rule.
		await page.getByText(en('shift_edit_title')).click();
		const edit = page.locator('form[action="?/edit"]');
		// Exact labels: the agent list's label holds every name, and a name added by another spec may
		// contain "to" or "from".
		await edit.getByLabel(en('col_name')).selectOption({ label: agentName });
		await edit.getByLabel(en('availability_from'), { exact: true }).fill('22:00');
		await edit.getByLabel(en('availability_to'), { exact: true }).fill('06:00');
		const live = page.getByTestId('live-warnings');
		await expect(live).toContainText(en('shift_edit_live_warnings'));
		await expect(live.getByRole('listitem').first()).toContainText(agentName);
		await edit.getByLabel(en('availability_from'), { exact: true }).fill('10:00');
		await edit.getByLabel(en('availability_to'), { exact: true }).fill('10:00');
		await expect(live).toContainText(en('shift_edit_same_times'));
		// Nothing was saved by looking.
		await expect(agentRow.locator('td').filter({ hasText: shiftTimes }).first()).toHaveText(firstShift);

		await page.getByRole('button', { name: en('schedule_publish'), exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(en('schedule_published_done'));
		await expect(page.locator('main .badge').first()).toHaveText(en('schedule_published'));
	} finally {
		await supervisor.context.close();
	}

	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(agent.page, '/my-schedule');
		const week = agent.page.locator('section.card').filter({ has: agent.page.getByRole('heading', { name: en('my_schedule_week').replace('{monday}', longDay(monday)) }) });
		await expect(week).toHaveCount(1);
		await expect(week.locator('li').first()).toContainText(shiftTimes);
		await expect(week.getByText(firstShift, { exact: true }).first()).toBeVisible();

		await open(agent.page, '/');
		const next = agent.page.locator('section').filter({ has: agent.page.getByRole('heading', { name: en('home_next_shifts') }) });
		await expect(next.locator('li').first()).toContainText(shiftTimes);
		await expect(next.getByRole('link', { name: en('nav_my_schedule') })).toBeVisible();
	} finally {
		await agent.context.close();
	}
});

test('a schedule must start on a Monday', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/schedules');
		const firstDay = page.getByLabel(en('schedule_first_monday'));
		const tuesday = addDays(await firstDay.inputValue(), 1);
		await firstDay.fill(tuesday);
		await page.getByRole('button', { name: en('schedule_generate'), exact: true }).click();
		await expect(page.locator('#first-day-error')).toHaveText(en('schedule_err_monday'));
		await expect(page.getByLabel(en('schedule_first_monday'))).toHaveAttribute('aria-invalid', 'true');
		// A started run redirects to ?schedule=<id>; a refused one stays put. (A progress bar could
		// belong to another test's run in parallel, so it proves nothing here.)
		expect(new URL(page.url()).searchParams.has('schedule')).toBe(false);
	} finally {
		await context.close();
	}
});

test('an agent subscribes to their shifts with a calendar link, replaces it and turns it off', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/my-schedule');
		await submit(page, page.locator('form[action="?/feed"]'));
		const first = (await page.getByTestId('feed-url').innerText()).trim();
		expect(first).toMatch(/\/calendar\/[a-z2-7]+\.ics$/);
		const feed = await page.request.get(first);
		expect(feed.status()).toBe(200);
		expect(feed.headers()['content-type']).toContain('text/calendar');
		const ics = await feed.text();
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics).toMatch(/BEGIN:VEVENT[\s\S]*UID:shift-\d+@tend[\s\S]*END:VEVENT/);
		// A calendar app sends no cookie: the link alone is enough.
		const anonymous = await browser.newContext();
		expect((await anonymous.request.get(first)).status()).toBe(200);
		await anonymous.close();

		await expect(page.getByRole('button', { name: en('calendar_feed_renew') })).toBeVisible();
		await submit(page, page.locator('form[action="?/feed"]'));
		const second = (await page.getByTestId('feed-url').innerText()).trim();
		expect(second).not.toBe(first);
		expect((await page.request.get(first)).status()).toBe(404);
		expect((await page.request.get(second)).status()).toBe(200);

		await submit(page, page.locator('form[action="?/revoke"]'));
		await expect(page.getByRole('status')).toHaveText(en('calendar_feed_revoked'));
		expect((await page.request.get(second)).status()).toBe(404);
		expect((await page.request.get('/calendar/not-a-token.ics')).status()).toBe(404);
		await expect(page.getByRole('button', { name: en('calendar_feed_create') })).toBeVisible();
	} finally {
		await context.close();
	}
});

test('an agent saves weekly availability, sees a bad window named by day, and adds and deletes a wish', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/availability');
		const weekly = page.locator('form[action="?/weekly"]');
		for (let d = 0; d < 7; d++) {
			await weekly.locator(`input[name="day${d}_available"]`).check();
			await weekly.locator(`input[name="day${d}_start"]`).fill('07:00');
			await weekly.locator(`input[name="day${d}_end"]`).fill('21:00');
		}
		// Tuesday ends before it starts.
		await weekly.locator('input[name="day1_start"]').fill('17:00');
		await weekly.locator('input[name="day1_end"]').fill('08:00');
		await submit(page, weekly);
		await expect(page.locator('#day1-error')).toHaveText(en('err_time_order'));
		await expect(page.locator('.field-error')).toHaveCount(1);
		await expect(weekly.locator('input[name="day1_end"]')).toHaveAttribute('aria-invalid', 'true');
		// What was typed stays, so it can be corrected.
		await expect(weekly.locator('input[name="day1_start"]')).toHaveValue('17:00');
		await expect(weekly.locator('input[name="day3_end"]')).toHaveValue('21:00');

		await weekly.locator('input[name="day1_start"]').fill('08:00');
		await weekly.locator('input[name="day1_end"]').fill('18:00');
		await submit(page, weekly);
		await expect(page.getByRole('status')).toHaveText(en('form_saved'));
		await open(page, '/availability');
		await expect(weekly.locator('input[name="day1_start"]')).toHaveValue('08:00');
		await expect(weekly.locator('input[name="day1_end"]')).toHaveValue('18:00');
		await expect(weekly.locator('input[name="day6_start"]')).toHaveValue('07:00');
		await expect(page.getByText(en('availability_default'))).toHaveCount(0);

		const add = page.locator('form[action="?/preference"]');
		await add.locator('select[name="kind"]').selectOption('avoid_window');
		await add.locator('select[name="weekday"]').selectOption('3');
		await add.locator('input[name="start"]').fill('06:00');
		await add.locator('input[name="end"]').fill('07:30');
		await submit(page, add);
		const wish = page.locator('li').filter({ hasText: `${en('pref_avoid')} · Thursday · 06:00–07:30` });
		await expect(wish).toHaveCount(1);
		await submit(page, wish.locator('form[action="?/deletePreference"]'));
		await expect(page.locator('li').filter({ hasText: `${en('pref_avoid')} · Thursday · 06:00–07:30` })).toHaveCount(0);
	} finally {
		await context.close();
	}
});

test('an agent asks for a day off: approved at once or decided by the supervisor; overlaps and past days are refused', async ({ browser }) => {
	const agentName = person(await directory(browser), demoEmail.agent).name;
	const agent = await newSignedInPage(browser, 'agent', 'en');
	const page = agent.page;
	try {
		await open(page, '/time-off');
		const firstDay = page.getByLabel(en('time_off_first_day'));
		const today = (await firstDay.getAttribute('min'))!;
		// A day inside the published two weeks that started on this week's Monday.
		const day = addDays(today, 7);
		const request = page.locator('form[action="?/request"]');
		await firstDay.fill(day);
		await page.getByLabel(en('time_off_reason')).fill('family visit');
		await submit(page, request);
		const outcome = page.getByRole('status');
		await expect(outcome).toHaveText(new RegExp(`^(${literal(en('time_off_auto_approved'))}|${literal(en('time_off_sent'))})$`));
		const pending = (await outcome.innerText()).trim() === en('time_off_sent');
		const mine = page.locator('section').filter({ has: page.getByRole('heading', { name: en('time_off_mine') }) });
		const row = mine.locator('tbody tr').filter({ hasText: mediumDay(day) });
		await expect(row).toHaveCount(1);
		await expect(row.locator('td').nth(2)).toHaveText(pending ? en('time_off_pending') : `${en('time_off_approved')} · ${en('time_off_auto')}`);

		// The same day again overlaps.
		await page.getByLabel(en('time_off_first_day')).fill(day);
		await submit(page, request);
		await expect(page.getByRole('alert')).toHaveText(en('time_off_overlap'));
		await expect(mine.locator('tbody tr').filter({ hasText: mediumDay(day) })).toHaveCount(1);

		// A past day: refused by the server even when the browser's own check is bypassed.
		await page.getByLabel(en('time_off_first_day')).fill(addDays(today, -2));
		await request.evaluate((form: HTMLFormElement) => (form.noValidate = true));
		await submit(page, request);
		await expect(page.locator('#first-error')).toHaveText(en('err_day_past'));
		await expect(mine.locator('tbody tr').filter({ hasText: mediumDay(addDays(today, -2)) })).toHaveCount(0);

		if (pending) {
			const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
			try {
				await open(supervisor.page, '/schedules/requests');
				const card = supervisor.page.locator('section.card').filter({ has: supervisor.page.getByRole('heading', { name: new RegExp(`^${agentName} · `) }) }).filter({ hasText: mediumDay(day) });
				await expect(card).toHaveCount(1);
				await expect(card).toContainText('family visit');
				await expect(card).toContainText(/Removes [\d.]+ agent-hours; [\d,]+ 15-minute intervals would fall below the requirement \(worst: [\d.]+ agents short\)\./);
				await card.getByLabel(en('requests_note')).fill('enjoy');
				await card.getByRole('button', { name: en('requests_approve') }).click();
				await expect(supervisor.page.getByRole('status')).toHaveText(en('requests_approved'));
				await expect(supervisor.page.locator('section.card').filter({ hasText: mediumDay(day) }).filter({ hasText: agentName })).toHaveCount(0);
			} finally {
				await supervisor.context.close();
			}
			await open(page, '/time-off');
			await expect(mine.locator('tbody tr').filter({ hasText: mediumDay(day) }).locator('td').nth(2)).toHaveText(`${en('time_off_approved')} · enjoy`);
		}
	} finally {
		await agent.context.close();
	}
});

/** A string as a literal inside a regular expression. */
function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('schedule pages are the planners’, and my schedule, availability and time off the agents’', async ({ browser }) => {
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		for (const path of ['/schedules', '/schedules/requests', '/schedules/1/status']) expect.soft((await agent.page.request.get(path)).status(), `agent GET ${path}`).toBe(403);
		const generate = await agent.page.request.post('/schedules?/generate', { headers: sameOrigin, form: { team: '1', first_day: '2030-01-07', weeks: '1', time_limit: '5' }, maxRedirects: 0 });
		expect.soft(generate.status(), 'agent POST /schedules?/generate').toBe(403);
		const decide = await agent.page.request.post('/schedules/requests?/decide', { headers: sameOrigin, form: { id: '1', decision: 'approve' }, maxRedirects: 0 });
		expect.soft(decide.status(), 'agent POST /schedules/requests?/decide').toBe(403);
	} finally {
		await agent.context.close();
	}
	for (const role of roles.filter((r) => r !== 'agent')) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			for (const path of ['/my-schedule', '/availability', '/time-off']) expect.soft((await page.request.get(path)).status(), `${role} GET ${path}`).toBe(403);
			const ask = await page.request.post('/time-off?/request', { headers: sameOrigin, form: { first_day: '2030-01-07', last_day: '', reason: '' }, maxRedirects: 0 });
			expect.soft(ask.status(), `${role} POST /time-off?/request`).toBe(403);
			const feed = await page.request.post('/my-schedule?/feed', { headers: sameOrigin, form: {}, maxRedirects: 0 });
			expect.soft(feed.status(), `${role} POST /my-schedule?/feed`).toBe(403);
		} finally {
			await context.close();
		}
	}
});

test('an agent sees the month of their published shifts as a calendar', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/my-schedule?view=month');
		const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(new Date());
		await expect(page.getByRole('heading', { level: 2, name: month })).toBeVisible();
		const grid = page.locator('table.month');
		expect(await grid.locator('tbody td').count()).toBeGreaterThanOrEqual(28);
		// The demo publishes this week and the next, so the month shows shifts.
		await expect(grid.locator('.shift').first()).toHaveText(shiftTimes);
		await page.getByRole('link', { name: en('my_schedule_next') }).click();
		await expect(page).toHaveURL(/view=month&month=\d{4}-\d{2}/);
	} finally {
		await context.close();
	}
});

test('a supervisor sets an agent’s break and lunch minutes; a length off the 5-minute steps is named', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/schedules/rules');
		const agent = page.locator('details.agent').first();
		const save = async (values: Record<string, string>) => {
			await agent.locator('summary').click();
			for (const [field, value] of Object.entries(values)) await agent.locator(`input[name="${field}"]`).fill(value);
			await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), agent.getByRole('button', { name: message('en', 'form_save') }).click()]);
			await waitForHydration(page);
		};
		await save({ break_minutes: '10', lunch_minutes: '7' });
		await expect(page.locator('details.agent').first().locator('.field-error')).toHaveText('Use steps of 5 minutes.');
		await open(page, '/schedules/rules');
		await save({ break_minutes: '10', lunch_minutes: '45' });
		await expect(page.getByRole('status')).toContainText('1');
		await open(page, '/schedules/rules');
		await expect(agent.locator('input[name="lunch_minutes"]')).toHaveValue('45');
		await expect(agent.locator('input[name="break_minutes"]')).toHaveValue('10');
		// Back to the center's defaults, for the other tests' schedules.
		await save({ break_minutes: '15', lunch_minutes: '30' });
	} finally {
		await context.close();
	}
});

test('a supervisor gives an agent their skills per queue, and sees them on the agent’s line', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/schedules/rules');
		// The third agent: the break test edits the first one's form, which carries the skills too.
		const agent = page.locator('details.agent').nth(2);
		await agent.locator('summary').click();
		const boxes = agent.locator('input[name="skills"]');
		expect(await boxes.count()).toBeGreaterThanOrEqual(2);
		const before = await boxes.evaluateAll((list) => list.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
		const names = await agent.locator('fieldset.skills label').allInnerTexts();
		// Only the second queue.
		for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).setChecked(i === 1);
		const submit = async () => {
			await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), agent.getByRole('button', { name: message('en', 'form_save') }).click()]);
			await waitForHydration(page);
		};
		await submit();
		await expect(page.getByRole('status')).toContainText('1');
		await open(page, '/schedules/rules');
		await expect(agent.locator('summary')).toContainText(`skills: ${names[1]!.trim()}`);
		await agent.locator('summary').click();
		await expect(boxes.nth(1)).toBeChecked();
		await expect(boxes.nth(0)).not.toBeChecked();
		// None ticked: said on the agent's line, since such an agent covers no queue.
		for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).setChecked(false);
		await submit();
		await open(page, '/schedules/rules');
		await expect(agent.locator('summary')).toContainText(message('en', 'rules_no_skills'));
		// Back to what the demo had, for the other tests' schedules.
		await agent.locator('summary').click();
		for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).setChecked(before.includes(await boxes.nth(i).getAttribute('value') ?? ''));
		await submit();
	} finally {
		await context.close();
	}
});

test('an admin schedules a whole site as one problem: one draft per team, each pointing to the others', async ({ browser }) => {
	test.slow();
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		// The small demo has one team per site: add an evening team beside the first site's team.
		await open(page, '/admin/teams');
		const site = await page.locator('select[name="site"] option').first().getAttribute('value');
		const added = await page.request.post('/admin/teams?/save', { headers: sameOrigin, form: { id: '', name: `Evening ${Date.now()}`, site: site! }, maxRedirects: 0 });
		expect(added.status()).toBeLessThan(400);
		await open(page, '/schedules');
		const team = page.locator('form[action="?/generate"] select[name="team"]');
		const siteOption = team.locator('option[value^="site:"]').first();
		await expect(siteOption).toHaveCount(1);
		await team.selectOption(await siteOption.getAttribute('value'));
		await page.getByLabel(en('forecast_weeks')).selectOption('1');
		await page.getByLabel(en('schedule_time_limit')).fill('5');
		await Promise.all([page.waitForURL(/schedule=\d+/), page.getByRole('button', { name: en('schedule_generate'), exact: true }).click()]);
		await expect(page.getByText(en('schedule_objective'))).toBeVisible({ timeout: 30_000 });
		const note = page.locator('p.notice').filter({ hasText: en('schedule_joint_note').split(' (')[0]! });
		await expect(note).toBeVisible();
		// Each other team's draft is a link away, and shows the same joint note.
		const other = note.getByRole('link').first();
		const otherName = (await other.innerText()).trim();
		await Promise.all([page.waitForURL(/schedule=\d+/), other.click()]);
		await expect(page.locator('p.notice').filter({ hasText: en('schedule_joint_note').split(' (')[0]! })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: otherName }).first()).toBeVisible();
	} finally {
		await context.close();
	}
});
