// Decision autonomy (4/7) end to end: an agent checks decisions and gets a verdict citing the rule;
// a supervisor answers the one that needed approval against its timer; the log is in scope and
// exports safely; a supervisor drafts, simulates and publishes a team rule that the agent then
// reads in plain words; and every action refuses the wrong role.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoEmail, directory, message, newSignedInPage, open, person, sameOrigin, unique, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);
const fill = (text: string, params: Record<string, string>) => Object.entries(params).reduce((t, [k, v]) => t.replace(`{${k}}`, v), text);

/** Submits a (non-enhanced) form and waits for the page it answers with to load and hydrate. */
async function submit(page: Page, button: Locator) {
	await Promise.all([page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()), button.click()]);
	await page.waitForLoadState('load');
	await waitForHydration(page);
}

async function checkDecision(page: Page, values: { action: string; amount?: string; caseRef: string; reason: string; tier?: string }) {
	await open(page, '/autonomy');
	const form = page.getByTestId('decision-check');
	await form.getByLabel(en('autonomy_field_action')).selectOption(values.action);
	if (values.amount !== undefined) await form.getByLabel(en('autonomy_field_amount')).fill(values.amount);
	await form.getByLabel(en('autonomy_field_case_ref')).fill(values.caseRef);
	await form.getByLabel(en('autonomy_field_tier')).selectOption(values.tier ?? 'standard');
	await form.getByLabel(en('autonomy_field_reason')).fill(values.reason);
	await submit(page, form.getByRole('button', { name: en('autonomy_check_submit') }));
}

test.describe.configure({ mode: 'serial' });

const tag = unique().toUpperCase();
const aloneCase = `E2E-A-${tag}`;
const approvalCase = `E2E-B-${tag}`;

test('an agent checks decisions: within autonomy, over the case limit, a reused case and bad input', async ({ browser }) => {
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		// The demo's organization policy: credits up to €30.00 a case alone, a supervisor above that.
		await checkDecision(page, { action: 'credit', amount: '20', caseRef: aloneCase, reason: 'Late delivery, second time this month' });
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('heading')).toHaveText(en('outcome_autonomous'));
		await expect(verdict).toContainText('Account credit: you decide alone, up to €30.00 per case');
		await expect(verdict).toContainText(/Judged by the organization's policy, version \d+, in effect since/);
		await expect(verdict).toContainText(/Recorded as decision #\d+/);

		// One cent is enough to matter: €30.01 goes to the supervisor, with the limit named.
		await checkDecision(page, { action: 'credit', amount: '30.01', caseRef: approvalCase, reason: '=SUM(1+1) charged twice' });
		await expect(verdict.getByRole('heading')).toHaveText(fill(en('outcome_needs_approval'), { role: 'Supervisor' }));
		await expect(verdict).toContainText(fill(en('reason_over_case_limit'), { limit: '€30.00' }));

		// The same case can't get a second standing credit; bad fields are named one by one.
		await checkDecision(page, { action: 'credit', amount: '5', caseRef: aloneCase, reason: 'Trying again' });
		await expect(page.locator('#case-error')).toContainText('This case already has a standing decision for this action');
		await checkDecision(page, { action: 'credit', amount: '-5', caseRef: 'bad ref!', reason: 'x' });
		await expect(page.locator('#amount-error')).toHaveText(en('err_amount_not_positive'));
		await expect(page.locator('#case-error')).toHaveText(en('err_case_ref_format'));
		await expect(page.locator('#reason-error')).toHaveText(fill(en('err_decision_reason'), { max: '500' }));
		await expect(page.getByTestId('verdict')).toHaveCount(0);

		// What applies to me, in plain words, with what is left today.
		await open(page, '/autonomy');
		await expect(page.getByTestId('my-rules')).toContainText(/Account credit: you decide alone, up to €30\.00 per case, up to €150\.00 a day,? and up to €1,000\.00 a month\. Above that, Supervisor approves, up to €300\.00 per case\. \(left today: €130\.00/);
	} finally {
		await context.close();
	}
});

test('the supervisor answers the request against its timer, and the agent sees the answer', async ({ browser }) => {
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		const page = supervisor.page;
		await open(page, '/autonomy/approvals');
		const item = page.getByTestId('approval-queue').getByRole('listitem').filter({ hasText: approvalCase });
		await expect(item).toContainText('€30.01');
		await expect(item).toContainText(/\d+ min left/);
		await submit(page, item.getByRole('button', { name: en('approvals_deny') }));
		await expect(page.getByRole('alert')).toHaveText(en('err_review_note_required'));
		const again = page.getByTestId('approval-queue').getByRole('listitem').filter({ hasText: approvalCase });
		await again.getByLabel(en('approvals_note')).fill('Fine, the customer was charged twice');
		await submit(page, again.getByRole('button', { name: en('approvals_approve') }));
		await expect(page.getByRole('status')).toHaveText(en('approvals_done_approved'));
		await expect(page.getByTestId('approval-queue').getByRole('listitem').filter({ hasText: approvalCase })).toHaveCount(0);
	} finally {
		await supervisor.context.close();
	}

	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(agent.page, '/autonomy/decisions');
		const row = agent.page.getByTestId('decision-log').getByRole('row').filter({ hasText: approvalCase });
		await expect(row).toContainText(en('review_approved'));
		await expect(row).toContainText('Fine, the customer was charged twice');
	} finally {
		await agent.context.close();
	}
});

test('the decision log exports as CSV in scope, with formula cells neutralised', async ({ browser }) => {
	const people = await directory(browser);
	const agentName = person(people, demoEmail.agent).name;
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		const response = await agent.page.request.get('/autonomy/decisions/export.csv');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/csv');
		const csv = await response.text();
		const [header, ...lines] = csv.trim().split('\r\n');
		expect(header).toContain('decision_id,recorded_at,day,person');
		expect(lines.length).toBeGreaterThan(1);
		// Only the agent's own decisions.
		for (const line of lines) expect(line.split(',')[3]).toBe(agentName);
		expect(csv).toContain(`${approvalCase},standard,'=SUM(1+1) charged twice,needs_approval`);
	} finally {
		await agent.context.close();
	}
	// The supervisor's export holds their team's agents, including the demo agent.
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		const csv = await (await supervisor.page.request.get('/autonomy/decisions/export.csv')).text();
		expect(csv).toContain(approvalCase);
	} finally {
		await supervisor.context.close();
	}
});

test("a supervisor drafts a team rule, simulates it, publishes it, and the agent reads it", async ({ browser }) => {
	test.slow();
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	const page = supervisor.page;
	try {
		await open(page, '/autonomy/policies');
		// The supervisor's team policy is the one they may open (the organization's is read-only to them).
		const policies = page.getByTestId('policy');
		await expect(policies.first().getByRole('button', { name: en('policies_open') })).toHaveCount(0);
		await submit(page, policies.nth(1).getByRole('button', { name: en('policies_open') }));
		await expect(page).toHaveURL(/\/autonomy\/policies\/\d+$/);
		const start = page.getByRole('button', { name: en('policies_start_draft') });
		if (await start.count()) await submit(page, start);
		const draft = page.getByTestId('draft');
		await expect(draft).toBeVisible();

		// A contradicting limit is refused by field.
		await draft.getByLabel(en('autonomy_field_action')).selectOption('refund');
		await draft.getByLabel(en('policies_field_per_case')).fill('300');
		await draft.getByLabel(en('policies_field_per_day')).fill('100');
		await submit(page, draft.getByRole('button', { name: en('policies_save_rule') }));
		await expect(page.locator('#case-error')).toHaveText(en('err_rule_case_over_day'));

		// Replacements for VIP customers: up to 5 a day alone, nothing above.
		await draft.getByLabel(en('autonomy_field_action')).selectOption('replacement');
		await draft.getByLabel(en('policies_field_per_day')).fill('5');
		await draft.getByLabel(en('policies_field_per_month')).fill('');
		await draft.getByLabel(en('policies_field_approver')).selectOption('none');
		await draft.getByRole('checkbox', { name: 'VIP' }).check();
		await submit(page, draft.getByRole('button', { name: en('policies_save_rule') }));
		await expect(page.getByRole('status')).toHaveText(en('policies_rule_saved'));
		await expect(page.getByTestId('draft')).toContainText('Replacement: you decide alone, at most 5 a day. Above that, it is not allowed. Applies when: the customer is VIP.');

		await submit(page, page.getByRole('button', { name: en('policies_simulate') }));
		await expect(page.getByTestId('simulation')).toContainText(en('policies_sim_draft'));
		await expect(page.getByText(/If this draft had been in effect for the last 30 days \(\d+ decisions\)/)).toBeVisible();

		await submit(page, page.getByRole('button', { name: en('policies_publish') }));
		await expect(page.getByRole('status')).toHaveText(/Published version \d+\./);
	} finally {
		await supervisor.context.close();
	}

	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(agent.page, '/autonomy');
		await expect(agent.page.getByTestId('my-rules')).toContainText('Replacement: you decide alone, at most 5 a day. Above that, it is not allowed. Applies when: the customer is VIP.');
	} finally {
		await agent.context.close();
	}
});

test('autonomy actions posted by the wrong role are refused and store nothing', async ({ browser }) => {
	const caseRef = `E2E-X-${unique().toUpperCase()}`;
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		const check = await hr.page.request.post('/autonomy?/check', { headers: sameOrigin, form: { action: 'credit', amount: '5', currency: 'EUR', case_ref: caseRef, reason: 'not mine to decide', customer_tier: 'standard' }, maxRedirects: 0 });
		expect(check.status()).toBe(403);
	} finally {
		await hr.context.close();
	}
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		const post = async (path: string, form: Record<string, string>) => (await agent.page.request.post(path, { headers: sameOrigin, form, maxRedirects: 0 })).status();
		expect(await post('/autonomy/approvals?/review', { id: '1', verdict: 'approved', note: '' })).toBe(403);
		expect(await post('/autonomy/policies?/open', { team: '' })).toBe(403);
		expect(await post('/autonomy/policies/1?/publish', { effective_from: '2030-01-01', response_target: '60', note: '' })).toBe(403);
		expect(await post('/autonomy/policies?/addAction', { key: 'sneaky', name: 'Sneaky', monetary: 'on' })).toBe(403);
	} finally {
		await agent.context.close();
	}
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		// The organization's policy is the admins' to change.
		const publish = await supervisor.page.request.post('/autonomy/policies/1?/startDraft', { headers: sameOrigin, form: {}, maxRedirects: 0 });
		expect(publish.status()).toBe(403);
		const csv = await (await supervisor.page.request.get('/autonomy/decisions/export.csv')).text();
		expect(csv).not.toContain(caseRef);
	} finally {
		await supervisor.context.close();
	}
});
