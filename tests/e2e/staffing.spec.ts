// Staffing (2/7) as a supervisor uses it: the saved forecast with its accuracy and method, the
// what-if panel, a new forecast run to completion, CSV export, history import with row errors,
// and refusals for the roles that see nothing of it.
import { expect, test } from '@playwright/test';
import { newSignedInPage, open, sameOrigin, unique } from './helpers';

test('the saved forecast shows its method, accuracy, charts and a live what-if', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/staffing');
		await expect(page.getByRole('link', { name: 'Voice support' })).toBeVisible();
		await page.getByRole('link', { name: 'Voice support' }).click();
		await expect(page.getByText(/Backtest accuracy \d+(\.\d)?% \(WAPE \d+(\.\d)?%\)/)).toBeVisible();
		await expect(page.getByText('Method chosen by the backtest:')).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(3);
		await expect(page.getByRole('table', { name: 'Average scheduled agents by weekday and hour' })).toBeVisible();

		const summary = page.getByText(/Scheduled agent-hours over the forecast/);
		const hours = async () => Number((await summary.innerText()).match(/forecast: ([\d,]+)/)![1]!.replace(/,/g, ''));
		const before = await hours();
		await page.getByLabel('Volume change (%)').fill('25');
		await expect.poll(hours).toBeGreaterThan(before);
		await page.getByLabel('Service level (% within 20 s)').fill('99');
		await expect.poll(hours).toBeGreaterThan(before);
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect.poll(hours).toBe(before);
		await page.getByLabel('Shrinkage (%)').fill('97');
		await expect(page.getByRole('alert')).toContainText('shrinkage below 95%');
	} finally {
		await context.close();
	}
});

test('a new forecast runs to the end with progress, can be saved and exported', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/staffing/2');
		await page.getByLabel('Weeks').selectOption('1');
		await page.getByLabel('Interval length (minutes)').selectOption('60');
		await Promise.all([page.waitForURL(/forecast=\d+/), page.getByRole('button', { name: 'Run forecast' }).click()]);
		const id = Number(new URL(page.url()).searchParams.get('forecast'));
		// Either the progress bar while it runs, or already the result.
		await expect(page.getByText(/Backtest accuracy|Too little history/)).toBeVisible({ timeout: 20_000 });
		await page.getByRole('button', { name: 'Save for scheduling' }).click();
		await expect(page.getByText('This forecast is now the one schedules are planned against.')).toBeVisible();

		const csv = await page.request.get(`/staffing/forecasts/${id}/export.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const lines = (await csv.text()).trim().split('\r\n');
		expect(lines[0]).toBe('interval_start,queue,interval_minutes,volume,lower,upper,aht_seconds,required_agents,scheduled_agents,service_level,occupancy');
		// One week of hourly intervals (a DST change would make it 167 or 169).
		expect(lines.length - 1).toBeGreaterThanOrEqual(167);
		expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z,Chat support,60,/);
	} finally {
		await context.close();
	}
});

test('agents and HR cannot export a forecast or run one', async ({ browser }) => {
	for (const role of ['agent', 'hr'] as const) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			expect((await page.request.get('/staffing/forecasts/1/export.csv')).status()).toBe(403);
			const run = await page.request.post('/staffing/1?/run', { headers: sameOrigin, form: { first_day: '2026-12-01', weeks: '1', interval_minutes: '60' } });
			expect(run.status()).toBe(403);
		} finally {
			await context.close();
		}
	}
});

test('a history import with a bad row names it and stores nothing; the corrected file imports', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		// A far-future day no forecast trains on; a second run replaces the same rows.
		const start = (h: number) => `2031-03-10T${String(h).padStart(2, '0')}:00:00Z`;
		const header = 'interval_start,queue,offered,handled,abandoned,aht_seconds';
		const bad = `${header}\n${start(8)},Voice support,100,95,5,180\n${start(9)},Fax line,100,95,5,180\n`;
		await open(page, '/staffing/import');
		await page.getByLabel('Interval length (minutes)').selectOption('15');
		await page.setInputFiles('input[type="file"]', { name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
		await page.getByRole('button', { name: 'Check and import' }).click();
		await expect(page.getByRole('alert')).toContainText('Row 3, queue: There is no queue named Fax line.');

		const good = `${header}\n${start(8)},Voice support,100,95,5,180\n${start(9)},Voice support,120,110,10,175.5\n`;
		await page.setInputFiles('input[type="file"]', { name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
		await page.getByRole('button', { name: 'Check and import' }).click();
		await expect(page.getByRole('status')).toContainText('2 intervals were imported.');
	} finally {
		await context.close();
	}
});

test('shrinkage categories refuse a total of 95% or more', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/staffing');
		const add = page.locator('form[action="?/shrinkage"]').last();
		await add.getByLabel('Name').fill(`Too much ${unique()}`);
		await add.getByLabel('Share of paid time (%)').fill('90');
		await add.getByRole('button', { name: 'Add' }).click();
		await expect(page.getByText('All categories together must stay below 95%.')).toBeVisible();
	} finally {
		await context.close();
	}
});
