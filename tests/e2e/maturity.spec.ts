// CX maturity (7/7): a supervisor sees their teams' classes and self-assesses one, and the class
// follows the answers within what the measurements and outcome tests allow; a tampered answer is
// refused by field; agents are refused; HR sees the organization; nobody assesses what isn't theirs.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { message, newSignedInPage, open, sameOrigin, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);
const characteristics = ['skilling', 'staffing', 'feedback', 'feedbackSpeed', 'data', 'timeliness', 'technology'];
const rank = ['starter', 'challenger', 'champion'];

/** Answers every question of the unit's form with `answer` (0, 1 or 2) and saves. */
async function assess(page: Page, unit: Locator, answer: 0 | 1 | 2) {
	const details = unit.locator('details');
	if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
	const form = unit.getByTestId('maturity-form');
	for (const key of characteristics) await form.locator(`input[name="${key}"][value="${answer}"]`).check();
	await Promise.all([page.waitForURL(/saved=/), form.getByRole('button', { name: en('maturity_submit') }).click()]);
	await waitForHydration(page);
}

async function tierOf(locator: Locator) {
	return (await locator.getAttribute('data-tier'))!;
}

test('a supervisor sees their teams’ classes and moves one with a self-assessment; a tampered answer gets a field error', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(page, '/outcomes');
		await page.getByRole('link', { name: en('maturity_link') }).click();
		await expect(page).toHaveURL(/\/outcomes\/maturity$/);
		await waitForHydration(page);
		const units = page.getByTestId('maturity-unit');
		expect(await units.count()).toBeGreaterThan(0);
		await expect(page.locator('[data-unit="org"]')).toHaveCount(0);
		for (const unit of await units.all()) {
			const badge = unit.getByTestId('maturity-class');
			expect(rank).toContain(await tierOf(badge));
			// The class is named in words, not only by colour.
			await expect(badge).toHaveText(new RegExp(`^(${en('maturity_tier_starter')}|${en('maturity_tier_challenger')}|${en('maturity_tier_champion')})$`));
			await expect(unit.getByTestId('maturity-characteristics').locator('tbody tr')).toHaveCount(7);
			await expect(unit.getByTestId('maturity-tests').locator('tbody tr')).toHaveCount(3);
		}
		const target = (await units.first().getAttribute('data-unit'))!;
		const unit = () => page.locator(`[data-unit="${target}"]`);

		// Nothing in place: only measured characteristics can be held, at most three, so Starter.
		await assess(page, unit(), 0);
		await expect(unit().getByRole('status')).toHaveText(en('maturity_saved'));
		await expect(unit().getByTestId('maturity-class')).toHaveText(en('maturity_tier_starter'));
		expect(Number(await unit().getByTestId('maturity-practice').getAttribute('data-held'))).toBeLessThanOrEqual(3);
		await expect(unit().getByTestId('maturity-actions').locator('li[data-code="self"]')).not.toHaveCount(0);

		// Everything in place: the four self-assessed ones at least, so a Challenger practice or
		// better, and the class is the practice tier capped by the outcome tests.
		await assess(page, unit(), 2);
		const practice = unit().getByTestId('maturity-practice');
		expect(Number(await practice.getAttribute('data-held'))).toBeGreaterThanOrEqual(4);
		const practiceTier = await tierOf(practice);
		const cap = await tierOf(unit().getByTestId('maturity-cap'));
		const expected = rank[Math.min(rank.indexOf(practiceTier), rank.indexOf(cap))]!;
		await expect(unit().getByTestId('maturity-class')).toHaveAttribute('data-tier', expected);
		await expect(unit().getByTestId('maturity-class')).toHaveText(en(`maturity_tier_${expected}`));
		// Unless two outcome tests fail (the demo's team misses one), the answers lift it off Starter.
		if (cap !== 'starter') await expect(unit().getByTestId('maturity-class')).not.toHaveText(en('maturity_tier_starter'));
		await expect(unit().getByTestId('maturity-characteristics').locator('tr[data-key="feedback"]')).toContainText(en('maturity_answer_2'));

		// A tampered answer (7) is refused and named beside its question; nothing is saved.
		await open(page, '/outcomes/maturity');
		await unit().locator('details summary').click();
		const form = unit().getByTestId('maturity-form');
		for (const key of characteristics) await form.locator(`input[name="${key}"][value="1"]`).check();
		await form.locator('input[name="feedback"][value="1"]').evaluate((input: HTMLInputElement) => (input.value = '7'));
		await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), form.getByRole('button', { name: en('maturity_submit') }).click()]);
		await waitForHydration(page);
		await expect(page.getByRole('alert').first()).toHaveText(en('form_errors'));
		await expect(unit().locator(`#err-${target}-feedback`)).toHaveText(en('err_choice'));
		await expect(unit().locator('.field-error')).toHaveCount(1);
		await expect(unit().locator('details')).toHaveAttribute('open', '');
		await open(page, '/outcomes/maturity');
		await expect(unit().getByTestId('maturity-characteristics').locator('tr[data-key="feedback"]')).toContainText(en('maturity_answer_2'));
	} finally {
		await context.close();
	}
});

test('HR sees the organization and every team; a supervisor can assess neither another team nor the organization; an agent is refused', async ({ browser }) => {
	const hr = await newSignedInPage(browser, 'hr', 'en');
	let all: string[];
	try {
		await open(hr.page, '/outcomes/maturity');
		const org = hr.page.locator('[data-unit="org"]');
		await expect(org.getByRole('heading', { level: 2 })).toHaveText(en('maturity_organization'));
		await expect(org.getByTestId('maturity-form')).toHaveCount(1);
		all = await hr.page.getByTestId('maturity-unit').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')!));
		expect(all.length).toBeGreaterThan(2);
	} finally {
		await hr.context.close();
	}
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(supervisor.page, '/outcomes/maturity');
		const own = await supervisor.page.getByTestId('maturity-unit').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')!));
		const other = all.find((u) => u !== 'org' && !own.includes(u))!;
		expect(other).toBeTruthy();
		const answers = Object.fromEntries(characteristics.map((k) => [k, '2']));
		const post = (target: string) => supervisor.page.request.post('/outcomes/maturity?/assess', { headers: sameOrigin, form: { target, ...answers }, maxRedirects: 0 });
		expect((await post(other)).status()).toBe(404);
		expect((await post('org')).status()).toBe(403);
	} finally {
		await supervisor.context.close();
	}
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		expect((await agent.page.goto('/outcomes/maturity'))!.status()).toBe(403);
		const refused = await agent.page.request.post('/outcomes/maturity?/assess', { headers: sameOrigin, form: { target: 'org' }, maxRedirects: 0 });
		expect(refused.status()).toBe(403);
	} finally {
		await agent.context.close();
	}
});
