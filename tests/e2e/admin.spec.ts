// The administrator's work: adding, editing, inviting and disabling people, and CSV import.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL, directory, newSignedInPage, open, sameOrigin, signIn, teams, testEmail, unique, waitForHydration } from './helpers';

async function peopleMatching(page: Page, query: string): Promise<string> {
	await page.goto(`/admin/people?q=${encodeURIComponent(query)}`);
	return page.locator('main p.muted', { hasText: / people$/ }).innerText();
}

/** Adds a person through the form and returns their id (the admin page ends on their edit page). */
async function addPerson(page: Page, values: { name: string; email: string; team: string; min?: string; max?: string }): Promise<number> {
	await open(page, '/admin/people');
	await page.locator('main details > summary', { hasText: 'Add a person' }).click();
	const form = page.locator('main form[action="?/create"]');
	await form.locator('input[name="name"]').fill(values.name);
	await form.locator('input[name="email"]').fill(values.email);
	await form.locator('select[name="role"]').selectOption('agent');
	await form.locator('select[name="team"]').selectOption({ label: values.team });
	await form.locator('input[name="hire_date"]').fill('2026-01-05');
	await form.locator('input[name="contract_hours_min"]').fill(values.min ?? '20');
	await form.locator('input[name="contract_hours_max"]').fill(values.max ?? '30');
	await form.getByRole('button', { name: 'Add' }).click();
	await expect(page).toHaveURL(/\/admin\/people\/\d+\?created$/);
	return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Creates an invitation link on the person's admin page, as the admin. */
async function invite(page: Page, id: number): Promise<string> {
	await open(page, `/admin/people/${id}`);
	await page.getByRole('button', { name: 'Create invitation link' }).click();
	const link = page.getByTestId('invite-url');
	await expect(link).toHaveText(new RegExp(`^${baseURL}/invite/[a-z0-9]+$`));
	return link.innerText();
}

/** Opens the invitation in a fresh context, sets a password there and returns the signed-in page. */
async function acceptInvitation(browser: Browser, url: string, password: string) {
	const context = await browser.newContext({ baseURL });
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL }]);
	const page = await context.newPage();
	await open(page, url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set your password');
	await page.getByLabel('New password').fill(password);
	await page.getByLabel('Repeat the password').fill(password);
	await page.getByRole('button', { name: 'Set password and sign in' }).click();
	await expect(page).toHaveURL(`${baseURL}/`);
	return { context, page };
}

test('admin adds a person (refusing bad input), edits them, invites them, and they sign in', async ({ page, browser }) => {
	const people = await directory(browser);
	const { own, other } = teams(people);
	const tag = unique();
	const name = `Quinn Tester ${tag}`;
	const email = testEmail('quinn', tag);
	await signIn(page, 'admin');

	// Bad email and min hours above max hours: both errors shown, the input kept, nothing stored.
	await open(page, '/admin/people');
	await page.locator('main details > summary', { hasText: 'Add a person' }).click();
	const form = page.locator('main form[action="?/create"]');
	await form.locator('input[name="name"]').fill(name);
	await form.locator('input[name="email"]').fill('quinn-at-nowhere');
	await form.locator('select[name="team"]').selectOption({ label: own });
	await form.locator('input[name="hire_date"]').fill('2026-01-05');
	await form.locator('input[name="contract_hours_min"]').fill('50');
	await form.locator('input[name="contract_hours_max"]').fill('10');
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button', { name: 'Add' }).click()]);
	expect(response.status()).toBe(400);
	await expect(page.getByRole('alert')).toHaveText('Please correct the fields marked below.');
	await expect(page.locator('#email-error')).toHaveText('This is not a valid email address.');
	await expect(page.locator('#contract_hours_min-error')).toHaveText('The minimum cannot exceed the maximum.');
	await expect(form.locator('input[name="email"]')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.locator('input[name="email"]')).toHaveAttribute('aria-describedby', 'email-error');
	await expect(form.locator('input[name="contract_hours_min"]')).toHaveAttribute('aria-invalid', 'true');
	await expect(form.locator('input[name="name"]')).toHaveValue(name);
	await expect(form.locator('input[name="contract_hours_min"]')).toHaveValue('50');
	expect(await peopleMatching(page, tag)).toBe('0 people');

	// Correct input: created.
	const id = await addPerson(page, { name, email, team: own });
	await expect(page.getByRole('status')).toHaveText(`${name} was added. Send them the invitation link.`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);
	expect(await peopleMatching(page, tag)).toBe('1 people');

	// Edit: a new name, another team and more hours.
	const renamed = `Quinn Edited ${tag}`;
	await open(page, `/admin/people/${id}`);
	const edit = page.locator('main form[action="?/update"]');
	await edit.locator('input[name="name"]').fill(renamed);
	await edit.locator('select[name="team"]').selectOption({ label: other });
	// The other team is at another site: leave the site to follow the team.
	await edit.locator('select[name="site"]').selectOption('');
	await edit.locator('input[name="contract_hours_max"]').fill('36');
	await edit.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.goto(`/admin/people/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${renamed}`);
	await expect(edit.locator('input[name="contract_hours_max"]')).toHaveValue('36');
	await expect(edit.locator('select[name="team"]').locator('option:checked')).toHaveText(other);
	await expect(edit.locator('input[name="email"]')).toHaveValue(email);

	// Invitation: set a password in a fresh context and be signed in as that person.
	const url = await invite(page, id);
	const invited = await browser.newContext({ baseURL });
	await invited.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL }]);
	const newcomer = await invited.newPage();
	await open(newcomer, url);
	await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Set your password');
	await expect(newcomer.getByText(`Welcome to Tend, ${renamed}.`)).toBeVisible();
	await newcomer.getByLabel('New password').fill('correct horse battery');
	await newcomer.getByLabel('Repeat the password').fill('correct horse battery staple');
	await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
	await expect(newcomer.getByRole('alert')).toHaveText('The two passwords differ.');
	await newcomer.getByLabel('New password').fill('correct horse battery staple');
	await newcomer.getByLabel('Repeat the password').fill('correct horse battery staple');
	await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
	await expect(newcomer).toHaveURL(`${baseURL}/`);
	await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${renamed}`);
	await expect(newcomer.getByRole('region', { name: 'My team' })).toContainText(other);
	expect((await invited.cookies()).some((c) => c.name === '__Host-session')).toBe(true);

	// The link is spent, and the new password works on the sign-in form.
	await newcomer.goto(url);
	await expect(newcomer.getByRole('alert')).toHaveText('This invitation link is not valid any more. Ask your administrator for a new one.');
	const again = await browser.newContext({ baseURL });
	await again.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL }]);
	const againPage = await again.newPage();
	await open(againPage, '/sign-in');
	await againPage.getByLabel('Email').fill(email.toUpperCase());
	await againPage.getByLabel('Password').fill('correct horse battery staple');
	await againPage.getByRole('button', { name: 'Sign in' }).click();
	await expect(againPage.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${renamed}`);
	await again.close();
	await invited.close();
});

test('disabling a person ends their open session at once', async ({ page, browser }) => {
	const people = await directory(browser);
	const tag = unique();
	const name = `Dana Disabled ${tag}`;
	const email = testEmail('dana', tag);
	await signIn(page, 'admin');
	const id = await addPerson(page, { name, email, team: teams(people).own });
	const url = await invite(page, id);
	const { context, page: theirs } = await acceptInvitation(browser, url, 'a long enough password');
	await expect(theirs.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${name}`);

	await open(page, `/admin/people/${id}`);
	await page.getByRole('button', { name: 'Disable account' }).click();
	await expect(page.getByRole('status')).toHaveText('The account is disabled and all its sessions have ended.');
	await expect(page.locator('main .badge')).toHaveText('Account disabled');

	// Their next request ends on the sign-in page, which says the session ended.
	await theirs.reload();
	await expect(theirs).toHaveURL(/\/sign-in\?next=%2F(&expired)?$/);
	expect((await context.cookies()).some((c) => c.name === '__Host-session')).toBe(false);
	await theirs.goto('/');
	await expect(theirs).toHaveURL(`${baseURL}/sign-in?next=%2F`);
	await waitForHydration(theirs);

	// Nor can they sign in again, and no invitation link can be made to work for them.
	await theirs.getByLabel('Email').fill(email);
	await theirs.getByLabel('Password').fill('a long enough password');
	await theirs.getByRole('button', { name: 'Sign in' }).click();
	await expect(theirs.locator('#sign-in-error')).toHaveText('That email and password do not match an active account.');
	const disabledInvite = await invite(page, id);
	await open(theirs, disabledInvite);
	await expect(theirs.getByRole('alert')).toHaveText('This invitation link is not valid any more. Ask your administrator for a new one.');

	// Enabling restores the account (the admin page says so).
	await open(page, `/admin/people/${id}`);
	await page.getByRole('button', { name: 'Enable account' }).click();
	await expect(page.getByRole('status')).toHaveText('The account is enabled.');
	await context.close();
});

test('an admin cannot disable their own account', async ({ browser }) => {
	const people = await directory(browser);
	const admin = people.find((p) => p.email === 'admin@tend.test')!;
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	await page.goto(`/admin/people/${admin.id}`);
	await expect(page.getByRole('button', { name: 'Disable account' })).toHaveCount(0);
	const response = await page.request.post(`/admin/people/${admin.id}?/disable`, { headers: sameOrigin, form: {}, maxRedirects: 0 });
	expect(response.status()).toBe(400);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Ada Admin');
	await context.close();
});

test('CSV import: one bad row imports nobody; the corrected file imports everyone', async ({ page, browser }) => {
	const people = await directory(browser);
	const { own, other } = teams(people);
	const tag = unique();
	const header = 'name,email,role,team,site,hire_date,employment_status,contract_hours_min,contract_hours_max,skills';
	const rows = (thirdTeam: string) =>
		[
			header,
			`Ira Import ${tag},${testEmail('ira', tag)},agent,${own},,2026-02-02,active,20,40,`,
			`Jo Import ${tag},${testEmail('jo', tag)},agent,${thirdTeam},,2026-02-03,active,30,40,`,
			`Kim Import ${tag},${testEmail('kim', tag)},supervisor,,,2026-02-04,,,,`
		].join('\r\n') + '\r\n';
	const upload = async (csv: string) => {
		await page.locator('main input[type="file"]').setInputFiles({ name: `people-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
		await page.getByRole('button', { name: 'Check and import' }).click();
	};

	await signIn(page, 'admin');
	await open(page, '/admin/people/import');
	await upload(rows(`Nowhere ${tag}`));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Nothing was imported: 1 problems were found.');
	await expect(alert.getByRole('listitem')).toHaveText(['Row 3, team: There is no team with this name.']);
	expect(await peopleMatching(page, tag)).toBe('0 people');

	await open(page, '/admin/people/import');
	await upload(rows(other));
	await expect(page.getByRole('status')).toHaveText('3 people were imported.');
	expect(await peopleMatching(page, tag)).toBe('3 people');
	const table = await page.locator('main table tbody').innerText();
	expect(table).toContain(testEmail('jo', tag));
	expect(table).toMatch(new RegExp(`Jo Import ${tag}\\s+${testEmail('jo', tag)}\\s+Agent\\s+${other}`));

	// The same file again is refused as a whole: every email is taken now.
	await open(page, '/admin/people/import');
	await upload(rows(other));
	await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
		'Row 2, email: Another person already uses this email.',
		'Row 3, email: Another person already uses this email.',
		'Row 4, email: Another person already uses this email.'
	]);
});
