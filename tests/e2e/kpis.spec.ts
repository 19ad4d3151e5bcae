// KPIs against targets (7/7): HR sets the organization's targets (bad input named by field), each
// role sees the subjects its scope allows (agent: self and team; supervisor: their teams and their
// agents; HR and admins: every site, team and agent, and the organization), with a chart, its table
// and a CSV; anything else is 404.
import { expect, test, type Page } from '@playwright/test';
import { demoEmail, directory, message, newSignedInPage, open, person, sameOrigin, teams, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);

async function optionValue(page: Page, label: string): Promise<string> {
	const value = await page.locator('select[name="of"] option', { hasText: label }).first().getAttribute('value');
	expect(value, label).toBeTruthy();
	return value!;
}

async function saveTargets(page: Page, values: Record<string, string>) {
	const form = page.getByTestId('kpi-targets');
	for (const [field, value] of Object.entries(values)) await form.locator(`input[name="${field}"]`).fill(value);
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), form.getByRole('button', { name: en('kpi_save_targets') }).click()]);
	await waitForHydration(page);
}

test('HR sets targets; the organization is shown against them, bad input named by field', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(page, '/outcomes/kpis');
		const csatStatus = page.getByTestId('kpi-summary').locator('tr[data-measure="csat"] td').nth(2);
		const before = await page.getByTestId('kpi-targets').locator('input[name="csat"]').inputValue();
		await saveTargets(page, { csat: '150', qaScore: 'high' });
		await expect(page.locator('#target-csat-error')).toHaveText('Enter a number from 0 to 100.');
		await expect(page.locator('#target-qaScore-error')).toHaveText(en('kpi_error_number'));
		await open(page, '/outcomes/kpis');
		await expect(page.getByTestId('kpi-targets').locator('input[name="csat"]')).toHaveValue(before);
		await saveTargets(page, { csat: '1' });
		await expect(csatStatus).toHaveText(en('kpi_met'));
		await saveTargets(page, { csat: '99.5' });
		await expect(csatStatus).toHaveText(en('kpi_missed'));
		await saveTargets(page, { csat: '' });
		await expect(csatStatus).toHaveText(en('kpi_no_target'));
		await saveTargets(page, { csat: before });
		await expect(page.getByTestId('kpi-targets').locator('input[name="csat"]')).toHaveValue(before);
	} finally {
		await context.close();
	}
});

test('a supervisor sees their team by week with a chart, its table and a CSV, but no other team', async ({ browser }) => {
	const people = await directory(browser);
	const { own, other } = teams(people);
	const hr = await newSignedInPage(browser, 'hr', 'en');
	let otherKey: string;
	try {
		await open(hr.page, '/outcomes/kpis');
		otherKey = await optionValue(hr.page, other);
	} finally {
		await hr.context.close();
	}
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/outcomes/kpis');
		await expect(page.locator('select[name="of"] option', { hasText: other })).toHaveCount(0);
		const ownKey = await optionValue(page, own);
		await page.locator('select[name="of"]').selectOption(ownKey);
		await page.locator('select[name="by"]').selectOption('week');
		await page.locator('select[name="measure"]').selectOption('fcr');
		await Promise.all([page.waitForURL(/by=week/), page.getByRole('button', { name: en('outcomes_show') }).click()]);
		await waitForHydration(page);
		await expect(page.getByTestId('kpi-summary').getByRole('heading')).toContainText(own);
		await expect(page.locator('canvas')).toHaveCount(1);
		await expect(page.getByTestId('kpi-periods').locator('tbody tr')).toHaveCount(12);
		await page.getByText(en('kpi_table_caption')).click();
		await expect(page.locator('figure table thead')).toContainText(en('kpi_target_series'));
		const csv = await (await page.request.get(`/outcomes/kpis/export.csv?of=${encodeURIComponent(ownKey)}&by=week`)).text();
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('period,agent_days,csat,fcr,firstReplySeconds,resolutionSeconds,customerEffort,handleSeconds,qaScore');
		expect(lines[1]).toMatch(/^target,,/);
		expect(lines).toHaveLength(14);
		expect((await page.request.get(`/outcomes/kpis?of=${encodeURIComponent(otherKey!)}`, { maxRedirects: 0 })).status()).toBe(404);
		// Nor a site's or the organization's totals, which count other teams' people.
		await expect(page.locator('select[name="of"] option[value="organization"]')).toHaveCount(0);
		expect((await page.request.get('/outcomes/kpis?of=organization', { maxRedirects: 0 })).status()).toBe(404);
		expect((await page.request.get(`/outcomes/kpis/export.csv?of=${encodeURIComponent(otherKey!)}`)).status()).toBe(404);
		// Targets are the organization's: a supervisor may not set them.
		const post = await page.request.post('/outcomes/kpis?/targets', { headers: sameOrigin, form: { csat: '10' }, maxRedirects: 0 });
		expect(post.status()).toBe(403);
	} finally {
		await context.close();
	}
});

test('an agent sees their own figures and their team, nobody else', async ({ browser }) => {
	const people = await directory(browser);
	const colleague = people.find((p) => p.role === 'Agent' && p.team === person(people, demoEmail.agent).team && p.email !== demoEmail.agent)!;
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/outcomes/kpis');
		await expect(page.locator('select[name="of"] option')).toHaveCount(2);
		await expect(page.getByTestId('kpi-summary').getByRole('heading')).toContainText(person(people, demoEmail.agent).name);
		await expect(page.getByTestId('kpi-targets')).toHaveCount(0);
		expect((await page.request.get(`/outcomes/kpis?of=agent:${colleague.id}`, { maxRedirects: 0 })).status()).toBe(404);
		expect((await page.request.get('/outcomes/kpis?of=organization', { maxRedirects: 0 })).status()).toBe(404);
	} finally {
		await context.close();
	}
});

test("a chart without a server export downloads its own numbers as CSV", async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(page, '/people-health');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('chart_csv') }).first().click()]);
		expect(download.suggestedFilename()).toBe('turnover-by-month.csv');
		const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
		const lines = text.trim().split(/\r?\n/);
		expect(lines.length).toBeGreaterThan(6);
		expect(lines[0]!.split(',').length).toBeGreaterThan(1);
	} finally {
		await context.close();
	}
});
