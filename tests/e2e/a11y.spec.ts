// axe on every page, in English and in Arabic (right-to-left): no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL, demoEmail, directory, newSignedInPage, open, person, setLocaleCookie, teams, waitForHydration, type Role } from './helpers';

interface Visit {
	path: string;
	/** Something to do before the scan, such as opening a folded form. */
	prepare?: (page: Page) => Promise<void>;
	status?: number;
	/** Names the visit in a failure when the path alone does not (the same page in another state). */
	label?: string;
}

async function scan(page: Page, visit: Visit): Promise<string[]> {
	const response = await page.goto(visit.path);
	expect.soft(response?.status(), visit.path).toBe(visit.status ?? 200);
	await waitForHydration(page);
	if (visit.prepare) await visit.prepare(page);
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${visit.label ?? visit.path}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
			.slice(0, 5)
			.map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
			.join('\n')}`);
}

const openDetails = (selector: string) => async (page: Page) => {
	for (const summary of await page.locator(`${selector} > summary`).all()) await summary.click();
};

/** A queue's forecast page once chart.js has drawn its three charts, every <details> opened. */
const staffingQueue = async (page: Page) => {
	await expect(page.locator('main canvas')).toHaveCount(3);
	await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].every((canvas) => '$chartjs' in canvas));
	await openDetails('main details')(page);
	await expect(page.locator('main details:not([open])')).toHaveCount(0);
};

/** The history import showing its row errors after a file with an unknown queue. */
const historyImportErrors = async (page: Page) => {
	const csv = 'interval_start,queue,offered,handled,abandoned,aht_seconds\n2031-03-10T08:00:00Z,Voice support,100,95,5,180\n2031-03-10T08:15:00Z,Fax line,100,95,5,abc\n';
	await page.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await Promise.all([page.waitForLoadState('load'), page.locator('main form button[type="submit"]').click()]);
	await expect(page.getByRole('alert').locator('li')).toHaveCount(2);
	await waitForHydration(page);
};

/** A finished schedule: its facts, the coverage chart drawn, and the hand-edit form (drafts) unfolded. */
const scheduleResult = async (page: Page) => {
	await expect(page.locator('main dl')).toBeVisible();
	await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].some((canvas) => '$chartjs' in canvas));
	await openDetails('main details')(page);
};

/** The weekly availability showing the error of a window that ends before it starts. */
const availabilityErrors = async (page: Page) => {
	await page.locator('input[name="day0_available"]').check();
	await page.locator('input[name="day0_start"]').fill('17:00');
	await page.locator('input[name="day0_end"]').fill('08:00');
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), page.locator('form[action="?/weekly"] button[type="submit"]').click()]);
	await expect(page.locator('#day0-error')).toBeVisible();
	await waitForHydration(page);
};

const decisionErrors = async (page: Page) => {
	// Filled enough for the browser to send it; the server refuses the amount and the reason.
	await page.locator('input[name="amount"]').fill('-5');
	await page.locator('input[name="case_ref"]').fill('A11Y-CHECK');
	await page.locator('textarea[name="reason"]').fill('x');
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), page.locator('form[action="?/check"] button[type="submit"]').click()]);
	await expect(page.locator('#amount-error')).toBeVisible();
	await waitForHydration(page);
};

// The draft editor with its rule form (started if there is none; a draft is never published here).
const openDraft = async (page: Page) => {
	const start = page.locator('form[action="?/startDraft"] button');
	if (await start.count()) {
		await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), start.click()]);
		await waitForHydration(page);
	}
	await expect(page.getByTestId('draft')).toBeVisible();
};

async function pagesFor(browser: Browser, role: Role | null): Promise<Visit[]> {
	if (role === null) return [{ path: '/sign-in' }, { path: '/invite/not-a-real-token' }, { path: '/no-such-page', status: 404 }];
	const people = await directory(browser);
	const self = person(people, demoEmail[role]);
	const member = people.find((p) => p.team === teams(people).own && p.email !== demoEmail.agent)!;
	switch (role) {
		case 'agent':
			return [
				{ path: '/' },
				{ path: `/people/${self.id}` },
				{ path: '/admin/people', status: 403 },
				{ path: '/my-schedule' },
				{ path: '/availability' },
				{ path: '/availability', prepare: availabilityErrors, label: '/availability (errors)' },
				{ path: '/time-off' },
				{ path: '/my-schedule?view=month', label: '/my-schedule (month)' },
				{ path: '/fairness' },
				{ path: '/autonomy' },
				{ path: '/autonomy', prepare: decisionErrors, label: '/autonomy (errors)' },
				{ path: '/autonomy/decisions' },
				{ path: '/training' },
				{ path: '/training/1' },
				{ path: '/coaching' },
				{ path: '/coaching/1' },
				{ path: '/surveys' },
				{ path: '/surveys/1' },
				{ path: '/outcomes' }
			];
		case 'supervisor':
			return [
				{ path: '/' },
				{ path: '/people' },
				{ path: `/people/${member.id}` },
				{ path: '/staffing' },
				{ path: '/staffing/1', prepare: staffingQueue },
				{ path: '/staffing/import' },
				{ path: '/staffing/import', prepare: historyImportErrors, label: '/staffing/import (row errors)' },
				// The demo's schedule of the supervisor's team, finished: facts, chart and roster.
				{ path: '/schedules?schedule=1', prepare: scheduleResult },
				{ path: '/schedules/requests' },
				{ path: '/schedules/rules' },
				{ path: '/autonomy/approvals' },
				{ path: '/autonomy/policies' },
				{ path: '/autonomy/policies/2', prepare: openDraft, label: '/autonomy/policies/2 (draft)' },
				{ path: '/autonomy/usage' },
				{ path: '/training/team' },
				{ path: '/training/new' },
				{ path: '/quality' },
				{ path: '/quality/1' },
				{ path: '/quality/scorecards' },
				{ path: '/outcomes' },
				{ path: '/outcomes/daily' },
				{ path: '/outcomes/kpis?by=week' },
				{ path: '/outcomes/maturity', prepare: openDetails('main details') }
			];
		case 'hr':
			return [{ path: '/' }, { path: '/people?status=' }, { path: `/people/${self.id}` }, { path: '/outcomes/summary' }, { path: '/outcomes/kpis' }, { path: '/outcomes/maturity', prepare: openDetails('main details') }, { path: '/people-health' }, { path: '/surveys' }, { path: '/surveys/1/results' }, { path: '/risk' }, { path: '/risk/model' }, { path: '/my-data' }];
		case 'admin':
			return [
				{ path: '/' },
				{ path: '/admin/people', prepare: openDetails('main details') },
				{ path: `/admin/people/${member.id}` },
				{ path: '/admin/people/import' },
				{ path: '/admin/teams', prepare: openDetails('main details') },
				{ path: '/admin/sites' },
				{ path: '/admin/queues' },
				{ path: '/admin/audit' },
				{ path: '/admin/outcomes' },
				{ path: '/staffing/import' }
			];
	}
}

for (const locale of ['en', 'ar']) {
	for (const role of [null, 'agent', 'supervisor', 'hr', 'admin'] as const) {
		test(`${locale}: ${role ?? 'signed-out'} pages have no serious or critical axe violation`, async ({ browser }) => {
			// The forecast page with every table unfolded is a large scan (about 25 s on its own); agents and
			// HR have a dozen pages each to scan (HR's took 30 s on a loaded 2-core machine).
			test.slow(role !== null);
			const visits = await pagesFor(browser, role);
			let page: Page;
			let close: () => Promise<void>;
			if (role === null) {
				const context = await browser.newContext({ baseURL });
				await setLocaleCookie(context, locale);
				page = await context.newPage();
				close = () => context.close();
			} else {
				const signedIn = await newSignedInPage(browser, role, locale);
				page = signedIn.page;
				close = () => signedIn.context.close();
			}
			try {
				const problems: string[] = [];
				for (const visit of visits) {
					problems.push(...(await scan(page, visit)));
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
				}
				expect(problems, problems.join('\n')).toEqual([]);
			} finally {
				await close();
			}
		});
	}
}

test('forms with errors shown stay accessible', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		const problems: string[] = [];
		await open(page, '/admin/people');
		await page.locator('main details > summary').first().click();
		const form = page.locator('main form[action="?/create"]');
		await form.locator('input[name="email"]').fill('not-an-email');
		await form.locator('input[name="contract_hours_min"]').fill('50');
		await form.locator('input[name="contract_hours_max"]').fill('10');
		await form.locator('button[type="submit"]').click();
		await expect(page.locator('#email-error')).toBeVisible();
		const serious = async (label: string) =>
			(await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${label}: ${v.id}: ${v.help}`);
		problems.push(...(await serious('admin people form')));

		await open(page, '/admin/people/import');
		await page.locator('input[type="file"]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email,role,hire_date\nNo Email,,agent,2026-01-01\n') });
		await page.locator('main form button[type="submit"]').click();
		await expect(page.getByRole('alert')).toContainText('Row 2');
		problems.push(...(await serious('import errors')));
		expect(problems, problems.join('\n')).toEqual([]);
	} finally {
		await context.close();
	}
});
