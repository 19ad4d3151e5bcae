// Quality and coaching (5/7) end to end: a supervisor imports a transcript, scores it on the default
// scorecard, coaches the agent from the score; a new scorecard version is refused until its weights
// add up to 100; the calibration round shows its agreement; the agent acknowledges their coaching;
// other roles are refused.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message, newSignedInPage, open, sameOrigin, unique, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);

async function submit(page: Page, button: Locator) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), button.click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

test('a supervisor imports a transcript, scores it, and coaches the agent from the score', async ({ browser }) => {
	const title = `Double charge ${unique()}`;
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/quality');
		const form = page.getByTestId('import');
		await form.getByLabel(en('quality_field_title')).fill(title);
		await form.getByLabel(en('quality_field_text')).fill('Hello there\nAgent: hi');
		await submit(page, form.getByRole('button', { name: en('quality_import_submit') }));
		await expect(page.locator('#text-error')).toHaveText('Line 1: start the first turn with "Customer:" or "Agent:".');
		await page.getByTestId('import').getByLabel(en('quality_field_text')).fill('Customer: I was charged twice and my rent is due!\nAgent: I am so sorry, that sounds really stressful. I will refund the second charge now.');
		await submit(page, page.getByTestId('import').getByRole('button', { name: en('quality_import_submit') }));
		await submit(page, page.getByRole('status').getByRole('link'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByTestId('transcript')).toContainText('I was charged twice');

		// Leave one item out: refused, the item named.
		const evaluate = page.getByTestId('evaluate');
		const groups = evaluate.getByRole('radiogroup');
		const count = await groups.count();
		for (let i = 1; i < count; i++) await groups.nth(i).getByLabel(en('quality_answer_met'), { exact: true }).check();
		await submit(page, evaluate.getByRole('button', { name: en('quality_evaluate_submit') }));
		await expect(page.getByTestId('evaluate').getByText(en('err_evaluation_missing')).first()).toBeVisible();
		const again = page.getByTestId('evaluate').getByRole('radiogroup');
		for (let i = 0; i < count; i++) await again.nth(i).getByLabel(en('quality_answer_met'), { exact: true }).check();
		await submit(page, page.getByTestId('evaluate').getByRole('button', { name: en('quality_evaluate_submit') }));
		await expect(page.getByRole('status')).toHaveText('Score saved: 100.');

		const scored = page.getByTestId('evaluations').getByRole('listitem').first();
		await scored.getByLabel(en('coaching_field_feedback')).fill('Great empathy. Next time also say when the refund will arrive.');
		await submit(page, scored.getByRole('button', { name: en('quality_coach_from') }));
		await expect(page).toHaveURL(/\/coaching\/\d+$/);
		await expect(page.getByTestId('feedback')).toHaveText('Great empathy. Next time also say when the refund will arrive.');
		await expect(page.getByText(en('coaching_from_evaluation'), { exact: false })).toBeVisible();
	} finally {
		await context.close();
	}
});

test('calibration shows agreement; a scorecard version must weigh 100 in all', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		await open(page, '/quality/1');
		await expect(page.getByTestId('calibration')).toContainText(/Agreement \(Krippendorff's alpha, interval\): -?\d\.\d\d|Not enough variation/);
		await open(page, '/quality/scorecards');
		const card = page.getByTestId('scorecard');
		await card.locator('input[name="s0i0_weight"]').fill('50');
		await submit(page, card.getByRole('button', { name: en('scorecard_save') }));
		await expect(page.getByRole('alert')).toHaveText(/The weights add up to 145; they must add up to 100\./);
		await page.getByTestId('scorecard').locator('input[name="s0i0_weight"]').fill('5');
		await submit(page, page.getByTestId('scorecard').getByRole('button', { name: en('scorecard_save') }));
		await expect(page.getByRole('status')).toHaveText(/Saved Listening and empathy, version \d+\./);
	} finally {
		await context.close();
	}
});

test('the agent reads and acknowledges their coaching; the wrong roles are refused', async ({ browser }) => {
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(agent.page, '/coaching');
		await submit(agent.page, agent.page.getByTestId('sessions').getByRole('link').last());
		await expect(agent.page.getByTestId('goals')).toContainText('Name the emotion before solving');
		await agent.page.getByLabel(en('coaching_field_reply')).fill('Thanks, I will try it this week.');
		await submit(agent.page, agent.page.getByRole('button', { name: en('coaching_ack_submit') }));
		await expect(agent.page.getByRole('status')).toHaveText(en('coaching_ack_done'));
		await expect(agent.page.getByText('Thanks, I will try it this week.')).toBeVisible();
		const post = async (path: string, form: Record<string, string>) => (await agent.page.request.post(path, { headers: sameOrigin, form, maxRedirects: 0 })).status();
		expect(await post('/quality?/import', { person: '1', channel: 'chat', day: '2026-01-01', title: 'x', text: 'Agent: hi' })).toBe(403);
		expect(await post('/coaching?/create', { person: '1', feedback: 'sneaky' })).toBe(403);
		expect(await post('/coaching/1?/followUp', { goal: '1', status: 'met', follow_up: '' })).toBe(403);
	} finally {
		await agent.context.close();
	}
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		expect((await hr.page.request.post('/quality/1?/evaluate', { headers: sameOrigin, form: { scorecard: '1' }, maxRedirects: 0 })).status()).toBe(403);
	} finally {
		await hr.context.close();
	}
});
