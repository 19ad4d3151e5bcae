// Empathy training (5/7) end to end: an agent reads a lesson, practises a scenario and gets scored
// feedback with the phrases that earned it, then passes the quiz; a supervisor assigns a module to
// the team with a due day, follows progress, and writes a module of their own (a quiz without an
// answer key is refused); other roles are refused.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message, newSignedInPage, open, sameOrigin, unique, waitForHydration } from './helpers';
import { shippedModules } from '../../src/lib/domain/training/shipped-content';

const en = (key: string) => message('en', key);

async function submit(page: Page, button: Locator) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), button.click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

test('an agent practises a scenario, gets feedback on five skills, and passes the quiz', async ({ browser }) => {
	const module = shippedModules[0]!;
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/training');
		const card = page.getByTestId('module').filter({ hasText: module.title.en }).first();
		await expect(card).toBeVisible();
		await submit(page, card.getByRole('link', { name: module.title.en }));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title.en);
		await page.getByText(module.lessons[0]!.title.en).click();
		await expect(page.locator('.lesson').first()).toBeVisible();

		const scenario = page.getByTestId('scenario').first();
		await expect(scenario).toContainText(module.scenarios[0]!.customerMessage.en.slice(0, 40));
		await submit(page, scenario.getByRole('button', { name: en('training_score_reply') }));
		await expect(page.locator('#reply-error-0')).toHaveText(en('err_reply_empty'));

		await page.getByTestId('scenario').first().getByLabel(en('training_your_reply')).fill("I'm so sorry, that must be really worrying with your rent due. Has this left you short this month? I'll refund the second charge myself right now, and you'll get an email by Friday confirming it.");
		await submit(page, page.getByTestId('scenario').first().getByRole('button', { name: en('training_score_reply') }));
		const feedback = page.getByTestId('feedback');
		await expect(feedback).toContainText(/Score: \d+ of 10/);
		for (const skill of ['skill_emotional_reaction', 'skill_interpretation', 'skill_exploration', 'skill_ownership', 'skill_next_steps']) await expect(feedback).toContainText(en(skill));
		await expect(feedback.locator('mark').first()).toBeVisible();
		await expect(feedback).toContainText(en('level_2'));

		// The quiz, every answer right.
		for (const q of module.quiz) await page.locator(`input[name="q:${q.key}"][value="${q.answerIndex}"]`).check();
		await submit(page, page.getByRole('button', { name: en('training_quiz_submit') }));
		await expect(page.getByTestId('quiz-result')).toContainText(`Right answers: ${module.quiz.length} of ${module.quiz.length}`);
		await expect(page.getByTestId('quiz-result')).toContainText(en('training_quiz_passed'));
		await expect(page.locator('p.right')).toHaveCount(module.quiz.length);
		await expect(page.locator('p.right').first()).toContainText(en('training_correct'));
	} finally {
		await context.close();
	}
});

test('a supervisor assigns a module to the team, follows progress, and writes a module', async ({ browser }) => {
	const title = `Calm under fire ${unique()}`;
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/training/team');
		const assign = page.getByTestId('assign');
		await assign.getByLabel(en('training_field_module')).selectOption({ label: shippedModules[2]!.title.en });
		await assign.getByLabel(en('training_field_team')).selectOption({ index: 1 });
		const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
		await assign.getByLabel(en('training_field_due')).fill(due);
		await submit(page, assign.getByRole('button', { name: en('training_assign_submit') }));
		await expect(page.getByRole('status')).toHaveText(/Assigned to \d+ agents\./);
		await expect(page.getByTestId('team-progress')).toContainText(shippedModules[2]!.title.en);

		await open(page, '/training/new');
		const author = page.getByTestId('author');
		await author.locator('input[name="title"]').fill(title);
		await author.locator('input[name="lesson0_title"]').fill('Breathe first');
		await author.locator('textarea[name="lesson0_body"]').fill('## Slow down\n\n- Name the feeling\n- <b>then</b> fix it');
		await author.locator('input[name="scenario0_title"]').fill('Angry caller');
		await author.locator('textarea[name="scenario0_message"]').fill('This is the third time I am calling about the same broken router!');
		await author.locator('textarea[name="scenario0_reply"]').fill("I'm so sorry you've had to call three times. I'll send a new router today.");
		await author.locator('input[name="question0_prompt"]').fill('What comes first?');
		await author.locator('textarea[name="question0_options"]').fill('Acknowledge the feeling\nQuote the policy');
		await submit(page, author.getByRole('button', { name: en('training_save_module') }));
		await expect(page.locator('#question0-answer-error')).toHaveText(en('err_quiz_answer_missing'));
		await expect(page.getByTestId('author').locator('input[name="title"]')).toHaveValue(title);

		await page.getByTestId('author').locator('input[name="question0_answer"]').fill('1');
		await submit(page, page.getByTestId('author').getByRole('button', { name: en('training_save_module') }));
		await expect(page).toHaveURL(/\/training\/\d+$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await page.getByText('Breathe first').click();
		// Markdown renders; the HTML in it is shown as text.
		await expect(page.locator('.lesson h2')).toHaveText('Slow down');
		await expect(page.locator('.lesson')).toContainText('<b>then</b> fix it');
	} finally {
		await context.close();
	}
});

test('training actions of the wrong role are refused', async ({ browser }) => {
	for (const role of ['agent', 'hr'] as const) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			const post = async (path: string, form: Record<string, string>) => (await page.request.post(path, { headers: sameOrigin, form, maxRedirects: 0 })).status();
			expect(await post('/training/team?/assign', { module: '1', team: '1', due: '' }), role).toBe(403);
			expect(await post('/training/new', { title: 'Sneaky' }), role).toBe(403);
		} finally {
			await context.close();
		}
	}
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		expect((await hr.page.request.post('/training/1?/practice', { headers: sameOrigin, form: { scenario: 'x', reply: 'y' }, maxRedirects: 0 })).status()).toBe(403);
	} finally {
		await hr.context.close();
	}
});
