// Pulse surveys (6/7): an agent answers the open wave on their phone (every question needed, once
// per wave); HR reads a closed wave where only groups the anonymity plan releases show numbers,
// and a comparison that would reveal answers is refused; a threshold below 3 is refused.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { baseURL, message, newSignedInPage, open, sameOrigin, waitForHydration, signIn } from './helpers';

const en = (key: string) => message('en', key);

async function submit(page: Page, button: Locator) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), button.click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

test('an agent answers the open pulse survey on a phone, once', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL });
	const page = await context.newPage();
	try {
		await signIn(page, 'agent');
		await open(page, '/surveys');
		const row = page.getByTestId('to-answer').getByRole('listitem').filter({ hasText: 'Monthly pulse' });
		await submit(page, row.getByRole('link', { name: en('surveys_answer') }));
		const form = page.getByTestId('answer');
		await form.getByRole('radio', { name: '8' }).first().check();
		await submit(page, form.getByRole('button', { name: en('survey_submit') }));
		await expect(page.locator('#who5-0-error')).toHaveText(en('err_survey_answer_required'));
		const again = page.getByTestId('answer');
		for (const group of await again.getByRole('group').all()) {
			const options = group.getByRole('radio');
			if ((await options.count()) && !(await group.locator('input:checked').count())) await options.nth(3).check();
		}
		await again.getByLabel(en('survey_comment')).fill('Fewer last-minute changes would help.');
		await submit(page, again.getByRole('button', { name: en('survey_submit') }));
		await expect(page.getByRole('status')).toHaveText(en('survey_thanks'));
		await open(page, '/surveys');
		await expect(page.getByTestId('to-answer')).toContainText(en('surveys_answered'));
		// A second answer to the same wave is refused by the server, not only hidden by the page.
		const second = await page.request.post('/surveys/1', { headers: sameOrigin, form: { enps: '9' }, maxRedirects: 0 });
		expect(second.status()).toBe(400);
	} finally {
		await context.close();
	}
});

test('HR sees only what the anonymity plan releases, and a revealing comparison is refused', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(page, '/surveys/1/results');
		const results = page.getByTestId('results');
		await expect(results.locator('tr[data-segment="org"]')).toContainText(/\d/);
		// In the small demo each team has fewer than 5 respondents in some wave, or can be derived
		// from the other: team rows show a reason instead of numbers.
		const teamRows = results.locator('tr[data-segment^="team:"]');
		await expect(teamRows.first()).toContainText(/Hidden: /);
		await page.locator('select[name="a"]').selectOption('org');
		await page.locator('select[name="b"]').selectOption({ index: 3 });
		await submit(page, page.getByRole('button', { name: en('results_compare_submit') }));
		await expect(page.getByTestId('comparison')).toContainText('Refused');
		// Threshold below 3: refused with the reason.
		await open(page, '/surveys');
		const form = page.getByTestId('new-survey');
		await form.getByLabel(en('surveys_field_title')).fill('Tiny groups');
		await form.getByLabel(en('surveys_field_min')).fill('2');
		await submit(page, form.getByRole('button', { name: en('surveys_create') }));
		await expect(page.locator('#min-error')).toHaveText(en('err_survey_threshold'));
	} finally {
		await context.close();
	}
});

test('survey actions of the wrong role are refused', async ({ browser }) => {
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		expect((await agent.page.request.post('/surveys?/create', { headers: sameOrigin, form: { title: 'Sneaky' }, maxRedirects: 0 })).status()).toBe(403);
	} finally {
		await agent.context.close();
	}
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		expect((await hr.page.request.post('/surveys/1', { headers: sameOrigin, form: { enps: '9' }, maxRedirects: 0 })).status()).toBe(403);
	} finally {
		await hr.context.close();
	}
});
