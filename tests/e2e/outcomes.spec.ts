// Outcome data (7/7): an admin imports interaction outcomes from CSV; a bad row stores nothing and
// is named by row and column; a good file is imported whole; other roles are refused.
import { expect, test, type Page } from '@playwright/test';
import { demoEmail, message, newSignedInPage, open, sameOrigin, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);

/** Uploads a CSV on the admin's outcome import page and waits for the answer. */
async function uploadOutcomes(page: Page, csv: string) {
	await open(page, '/admin/outcomes');
	await page.locator('input[type="file"]').setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), page.getByRole('button', { name: en('outcomes_import_submit') }).click()]);
	await waitForHydration(page);
}

test('an admin imports outcome data: a bad file stores nothing, a good one is imported', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		const upload = (csv: string) => uploadOutcomes(page, csv);
		await upload(`agent_email,day,csat,fcr\n${demoEmail.agent},2026-11-20,5,yes\nnobody@tend.test,2026-11-20,4,no\n${demoEmail.agent},2026-11-31,7,maybe\n`);
		const errors = page.getByTestId('import-errors');
		await expect(errors.getByRole('row')).toHaveCount(5);
		await expect(errors).toContainText('No agent of your organization has the email nobody@tend.test.');
		await expect(errors.getByRole('row').nth(2)).toContainText('4');
		await upload(`agent_email,day,channel,case_ref,csat,fcr,handle_seconds\n${demoEmail.agent},2026-11-20,chat,E2E-1,5,yes,300\n${demoEmail.agent},2026-11-21,voice,,3,no,\n`);
		await expect(page.getByRole('status')).toHaveText('Imported rows: 2.');
	} finally {
		await context.close();
	}
	for (const role of ['supervisor', 'hr', 'agent'] as const) {
		const other = await newSignedInPage(browser, role, 'en');
		try {
			const response = await other.page.request.post('/admin/outcomes', { headers: sameOrigin, multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('agent_email,day,csat\n') } }, maxRedirects: 0 });
			expect(response.status(), role).toBe(403);
		} finally {
			await other.context.close();
		}
	}
});

test('outcomes: an agent sees their figures beside their team, a supervisor the team-week table, the levers and a CSV', async ({ browser }) => {
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(agent.page, '/outcomes');
		await expect(agent.page.getByTestId('mine')).toContainText(en('outcome_csat'));
		await expect(agent.page.getByTestId('team-weeks')).toHaveCount(0);
		expect((await agent.page.request.get('/outcomes/export.csv')).status()).toBe(403);
	} finally {
		await agent.context.close();
	}
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(supervisor.page, '/outcomes');
		await expect(supervisor.page.getByTestId('team-weeks').getByRole('row')).toHaveCount(2);
		await expect(supervisor.page.getByTestId('levers')).toContainText('Correlation, not causation');
		const csv = await (await supervisor.page.request.get('/outcomes/export.csv')).text();
		expect(csv.split('\r\n')[0]).toBe('team,week,csat,fcr,firstReplySeconds,resolutionSeconds,customerEffort,handleSeconds,qaScore');
	} finally {
		await supervisor.context.close();
	}
});

test('the executive summary puts results against targets, CX maturity, people and levers on one printable page', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(page, '/outcomes/summary');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('summary_title'));
		await expect(page.getByTestId('summary-results').getByRole('row')).toHaveCount(8);
		// Results against the organization's targets, and its CX maturity class.
		await expect(page.getByTestId('summary-results').getByRole('columnheader', { name: en('kpi_col_target'), exact: true })).toBeVisible();
		await expect(page.getByTestId('summary-maturity')).toContainText(new RegExp(`${en('maturity_organization')}: (Starter|Challenger|Champion)`));
		await expect(page.getByText(/Turnover over the last 12 months: .*19\.0% on average, 20\.0%-60\.0% in many centers/)).toBeVisible();
		await expect(page.getByRole('button', { name: en('summary_print') })).toBeVisible();
	} finally {
		await context.close();
	}
});

test('a supervisor sees training and coaching before and after against matched agents, or that there are too few to compare', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/outcomes');
		const section = page.getByTestId('programmes');
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(en('programme_title'));
		// Two programmes by three outcomes; the small demo's 14 days give no agent four weeks either side.
		const items = section.getByRole('listitem');
		await expect(items).toHaveCount(6);
		for (const text of await items.allTextContents()) expect(text).toMatch(/After their first (completed training module|coaching session), agents' .+ changed [+\-−]?[\d.]+ points more|not enough agents to compare yet/);
		await expect(section).toContainText(en('programme_note'));
	} finally {
		await context.close();
	}
});

test('an admin imports agent-day figures: a second row for the same agent and day is named, a good file lands', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		const upload = (csv: string) => uploadOutcomes(page, csv);
		const header = 'agent_email,day,contacts,worked_minutes,shift_start,csat_share,csat_responses\n';
		await upload(`${header}${demoEmail.agent},2026-10-01,40,480,08:00,0.9,10\n${demoEmail.agent},2026-10-01,41,480,8:00,,\n`);
		await expect(page.getByTestId('import-errors')).toContainText('This agent and day are already on row 2.');
		await upload(`${header}${demoEmail.agent},2026-10-01,40,480,08:00,0.9,10\n`);
		await expect(page.getByRole('status')).toHaveText('Imported rows: 1.');
	} finally {
		await context.close();
	}
});
