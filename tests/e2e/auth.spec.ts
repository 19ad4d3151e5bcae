import { expect, request as playwrightRequest, test } from '@playwright/test';
import { baseURL, demoEmail, demoPassword, message, open, signIn, signInAs, unique, waitForHydration } from './helpers';

test.describe('signing in lands on a home page with real demo data', () => {
	test('agent: recent shifts and team with teammates', async ({ page }) => {
		await signIn(page, 'agent');
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Alex Agent');
		// The heading as messages/en.json words it (it was reworded once already).
		const shifts = page.getByRole('region', { name: message('en', 'home_recent_shifts') });
		await expect(shifts).toBeVisible();
		expect(await shifts.getByRole('listitem').count()).toBeGreaterThan(0);
		const team = page.getByRole('region', { name: 'My team' });
		await expect(team).toBeVisible();
		await expect(team).toContainText('Supervisor: Sam Supervisor');
		await expect(team.getByRole('heading', { name: 'Teammates' })).toBeVisible();
		const teammates = await team.getByRole('listitem').allInnerTexts();
		expect(teammates.length).toBeGreaterThan(1);
		expect(teammates).not.toContain('Alex Agent');
	});

	test('supervisor: team rosters with people', async ({ page }) => {
		await signIn(page, 'supervisor');
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect(page.getByRole('heading', { name: 'My teams' })).toBeVisible();
		const roster = page.locator('main table').first();
		await expect(roster.getByRole('columnheader', { name: 'Tenure' })).toBeVisible();
		const members = roster.locator('tbody tr');
		expect(await members.count()).toBeGreaterThan(1);
		await expect(roster.getByRole('link', { name: 'Alex Agent' })).toHaveAttribute('href', /^\/people\/\d+$/);
	});

	test('hr: headcount and 12-month turnover', async ({ page }) => {
		await signIn(page, 'hr');
		await expect(page).toHaveURL(`${baseURL}/`);
		const headcount = page.locator('section.card', { has: page.getByRole('heading', { name: 'Headcount', exact: true }) });
		expect(Number(await headcount.locator('.stat').innerText())).toBeGreaterThan(0);
		const turnover = page.locator('section.card', { has: page.getByRole('heading', { name: 'Turnover, last 12 months', exact: true }) });
		await expect(turnover.locator('.stat')).toHaveText(/^\d+(\.\d)?%$/);
		await expect(page.getByRole('heading', { name: 'By team' })).toBeVisible();
	});

	test('admin: configuration counts', async ({ page }) => {
		await signIn(page, 'admin');
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect(page.getByRole('heading', { name: 'Configuration' })).toBeVisible();
		const counts = await page.getByText(/\d+ people, \d+ teams, \d+ sites, \d+ queues/).innerText();
		const [people, teams, sites, queues] = counts.match(/\d+/g)!.map(Number);
		expect(people).toBeGreaterThan(5);
		expect(teams).toBeGreaterThan(0);
		expect(sites).toBeGreaterThan(0);
		expect(queues).toBeGreaterThan(0);
	});
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
	// One failure per address: the throttle locks an email after five.
	const attempt = async (email: string, password: string) => {
		await open(page, '/sign-in');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill(password);
		const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Sign in' }).click()]);
		await expect(page.locator('#sign-in-error')).toBeVisible();
		expect(page.url()).toContain('/sign-in');
		return { status: response.status(), text: await page.locator('#sign-in-error').innerText() };
	};
	const wrong = await attempt(demoEmail.hr, 'not-the-password');
	const unknown = await attempt(`nobody-${unique()}@tend.test`, 'not-the-password');
	expect(wrong.text).toBe('That email and password do not match an active account.');
	expect(unknown).toEqual(wrong);
	await expect(page.getByLabel('Password')).toHaveValue('');
});

test('the session cookie is __Host-session, HttpOnly, Secure, SameSite=Lax', async ({ page, context }) => {
	await open(page, '/sign-in');
	await page.getByLabel('Email').fill(demoEmail.agent);
	await page.getByLabel('Password').fill(demoPassword);
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
		page.getByRole('button', { name: 'Sign in' }).click()
	]);
	expect(response.status()).toBe(303);
	const setCookie = (await response.headerValue('set-cookie')) ?? '';
	const header = setCookie.split('\n').find((c) => c.startsWith('__Host-session='));
	expect(header).toBeTruthy();
	expect(header).toMatch(/;\s*HttpOnly/i);
	expect(header).toMatch(/;\s*Secure/i);
	expect(header).toMatch(/;\s*SameSite=Lax/i);
	expect(header).toMatch(/;\s*Path=\//i);
	expect(header).not.toMatch(/;\s*Domain=/i);
	await page.waitForURL(`${baseURL}/`);
	const cookie = (await context.cookies()).find((c) => c.name === '__Host-session');
	expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
	expect(await page.evaluate(() => document.cookie)).not.toContain('__Host-session');
});

test('signing out ends the session, and the old cookie is refused afterwards', async ({ page, context, browser }) => {
	await signIn(page, 'supervisor');
	await waitForHydration(page);
	const old = (await context.cookies()).find((c) => c.name === '__Host-session')!;
	expect(old).toBeTruthy();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(`${baseURL}/sign-in?signed-out`);
	await expect(page.getByRole('status')).toHaveText('You are signed out.');
	expect((await context.cookies()).some((c) => c.name === '__Host-session')).toBe(false);

	await page.goto('/');
	await expect(page).toHaveURL(`${baseURL}/sign-in?next=%2F`);

	// Replaying the old value, in a browser and bare.
	const replay = await browser.newContext({ baseURL, extraHTTPHeaders: { cookie: `${old.name}=${old.value}` } });
	const replayPage = await replay.newPage();
	await replayPage.goto('/people');
	// The sign-in page may add that the session ended.
	await expect(replayPage).toHaveURL(/\/sign-in\?next=%2Fpeople(&expired)?$/);
	await replay.close();

	const bare = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${old.name}=${old.value}` } });
	const response = await bare.get('/people', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toMatch(/^\/sign-in\?next=%2Fpeople(&expired)?$/);
	const home = await bare.get('/', { maxRedirects: 0 });
	expect(home.status()).toBe(303);
	await bare.dispose();
});

test('an anonymous visit to a protected page goes to sign-in and comes back after it', async ({ page }) => {
	await page.goto('/people?status=leave&q=a');
	await expect(page).toHaveURL(`${baseURL}/sign-in?next=${encodeURIComponent('/people?status=leave&q=a')}`);
	await signInAs(page, demoEmail.supervisor, demoPassword, page.url());
	await expect(page).toHaveURL(`${baseURL}/people?status=leave&q=a`);
	await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('a next parameter pointing off-site is ignored', async ({ page }) => {
	await page.goto('/sign-in?next=' + encodeURIComponent('//evil.example/steal'));
	await signInAs(page, demoEmail.hr, demoPassword, page.url());
	await expect(page).toHaveURL(`${baseURL}/`);
});
