// Who may open what: every route for every role, by HTTP status and by what the page holds.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { demoEmail, directory, newSignedInPage, person, roles, sameOrigin, teams, unique, type DirectoryEntry, type Role } from './helpers';

interface Case {
	path: string;
	/** Expected status per role. */
	status: Record<Role, number>;
	/** Text that must be on the page when it is allowed (proves it is the real page). */
	shows?: string;
	/** A JSON endpoint, not a page: a refusal is checked by status and content only. */
	endpoint?: boolean;
}

const adminOnly = { agent: 403, supervisor: 403, hr: 403, admin: 200 };
// Forecasting, staffing and schedules are the supervisors' (and admins'); agents and HR see nothing of them.
const planners = { agent: 403, supervisor: 200, hr: 403, admin: 200 };
// An agent's own schedule, availability, time off and fairness: nobody else has such pages.
const agentOnly = { agent: 200, supervisor: 403, hr: 403, admin: 403 };

function cases(people: DirectoryEntry[]): { byRole: Record<Role, Case[]> } {
	const { own: ownTeam, other: otherTeam } = teams(people);
	const agent = person(people, demoEmail.agent);
	const supervisor = person(people, demoEmail.supervisor);
	const hr = person(people, demoEmail.hr);
	const admin = person(people, demoEmail.admin);
	// Someone in the supervisor's team other than the demo agent, and someone in another team.
	const teammate = people.find((p) => p.team === ownTeam && p.role === 'Agent' && p.id !== agent.id)!;
	const outsider = people.find((p) => p.team === otherTeam && p.role === 'Agent')!;
	const self: Record<Role, DirectoryEntry> = { agent, supervisor, hr, admin };

	const shared: Case[] = [
		{ path: '/', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 } },
		{ path: '/people', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: agent.name },
		{ path: `/people/${teammate.id}`, status: { agent: 404, supervisor: 200, hr: 200, admin: 200 }, shows: teammate.email },
		{ path: `/people/${outsider.id}`, status: { agent: 404, supervisor: 404, hr: 200, admin: 200 }, shows: outsider.email },
		{ path: `/people/${hr.id}`, status: { agent: 404, supervisor: 404, hr: 200, admin: 200 }, shows: hr.email },
		{ path: '/people/999999', status: { agent: 404, supervisor: 404, hr: 404, admin: 404 } },
		{ path: '/admin/people', status: adminOnly, shows: outsider.email },
		{ path: `/admin/people/${outsider.id}`, status: adminOnly, shows: outsider.email },
		{ path: `/admin/people/${agent.id}`, status: adminOnly, shows: agent.email },
		{ path: '/admin/people/import', status: adminOnly, shows: 'Import people from CSV' },
		{ path: '/admin/teams', status: adminOnly, shows: otherTeam },
		{ path: '/admin/sites', status: adminOnly, shows: 'Add a site' },
		{ path: '/admin/queues', status: adminOnly, shows: 'Add a queue' },
		{ path: '/admin/audit', status: adminOnly, shows: 'session.sign_in' },
		{ path: '/staffing/import', status: planners, shows: 'Import interval history' },
		{ path: '/staffing', status: planners, shows: 'Voice support' },
		{ path: '/staffing/1', status: planners, shows: 'Backtest accuracy' },
		{ path: '/staffing/999999', status: { agent: 403, supervisor: 404, hr: 403, admin: 404 } },
		{ path: '/staffing/forecasts/1/status', status: planners, shows: '"status":"done"', endpoint: true },
		{ path: '/schedules', status: planners, shows: 'Generate a schedule' },
		// The demo seeds schedule 1 for the supervisor's team and schedule 2 for the other team.
		{ path: '/schedules?schedule=2', status: { agent: 403, supervisor: 404, hr: 403, admin: 200 } },
		{ path: '/schedules/requests', status: planners, shows: 'Time-off requests' },
		{ path: '/schedules/rules', status: planners, shows: 'Contract rules' },
		{ path: '/schedules/1/status', status: planners, shows: '"runStatus":"done"', endpoint: true },
		{ path: '/schedules/2/status', status: { agent: 403, supervisor: 404, hr: 403, admin: 200 }, shows: '"runStatus":"done"', endpoint: true },
		{ path: '/schedules/999999/status', status: { agent: 403, supervisor: 404, hr: 403, admin: 404 }, endpoint: true },
		// The shift editor's live check: published schedules can't be edited (400), others' are unknown (404).
		{ path: '/schedules/1/preview?person=1&day=2030-01-07&start=08:00&end=16:00', status: { agent: 403, supervisor: 400, hr: 403, admin: 400 }, endpoint: true },
		{ path: '/schedules/2/preview?person=1&day=2030-01-07&start=08:00&end=16:00', status: { agent: 403, supervisor: 404, hr: 403, admin: 400 }, endpoint: true },
		{ path: '/my-schedule', status: agentOnly, shows: 'Calendar feed' },
		{ path: '/availability', status: agentOnly, shows: 'Every week' },
		{ path: '/time-off', status: agentOnly, shows: 'Days left this year' },
		{ path: '/fairness', status: agentOnly, shows: 'How my schedule compares' },
		// Decision autonomy (4/7): agents and supervisors check decisions; approvers answer them;
		// everyone reads the log in their scope; the demo seeds policy 1 (organization) and policy 2
		// (the supervisor's team).
		{ path: '/autonomy', status: { agent: 200, supervisor: 200, hr: 403, admin: 403 }, shows: 'Check a decision' },
		{ path: '/autonomy/decisions', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: 'Decision log' },
		{ path: '/autonomy/approvals', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Answer before the timer runs out' },
		{ path: '/autonomy/policies', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Custom actions' },
		{ path: '/autonomy/policies/1', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Refund: you decide alone' },
		{ path: '/autonomy/policies/2', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Goodwill gesture: you decide alone' },
		{ path: '/autonomy/policies/999999', status: { agent: 403, supervisor: 404, hr: 404, admin: 404 } },
		{ path: '/autonomy/usage', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'How cases ended, by decision path' },
		// Training (5/7): agents train, planners assign and write modules; HR has no training pages.
		{ path: '/training', status: { agent: 200, supervisor: 200, hr: 403, admin: 200 }, shows: 'All modules' },
		{ path: '/training/1', status: { agent: 200, supervisor: 200, hr: 403, admin: 200 }, shows: 'Lessons' },
		{ path: '/training/999999', status: { agent: 404, supervisor: 404, hr: 403, admin: 404 } },
		{ path: '/training/team', status: { agent: 403, supervisor: 200, hr: 403, admin: 200 }, shows: 'Assign a module' },
		{ path: '/training/new', status: { agent: 403, supervisor: 200, hr: 403, admin: 200 }, shows: 'Write a module' },
		// Quality and coaching (5/7): planners score and coach; agents see only their own coaching;
		// HR sees none of it (coaching notes stay between the agent and their coaches).
		{ path: '/quality', status: { agent: 403, supervisor: 200, hr: 403, admin: 200 }, shows: 'Import a transcript' },
		{ path: '/quality/1', status: { agent: 403, supervisor: 200, hr: 403, admin: 200 }, shows: 'Score this interaction' },
		{ path: '/quality/999999', status: { agent: 403, supervisor: 404, hr: 403, admin: 404 } },
		{ path: '/quality/scorecards', status: { agent: 403, supervisor: 200, hr: 403, admin: 200 }, shows: 'Save scorecard' },
		{ path: '/coaching', status: { agent: 200, supervisor: 200, hr: 403, admin: 200 }, shows: 'Only the agent, their supervisors' },
		{ path: '/coaching/1', status: { agent: 200, supervisor: 200, hr: 403, admin: 200 }, shows: 'Name the emotion before solving' },
		{ path: '/coaching/999999', status: { agent: 404, supervisor: 404, hr: 403, admin: 404 } },
		// People health (6/7): HR and admins see the organization, supervisors their teams.
		{ path: '/people-health', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Early-tenure attrition' },
		// Pulse surveys: everyone has the list; agents answer; results are for supervisors (their
		// teams), HR and admins, through the anonymity plan.
		{ path: '/surveys', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: 'Monthly pulse' },
		{ path: '/surveys/1', status: { agent: 200, supervisor: 403, hr: 403, admin: 403 }, shows: 'Monthly pulse' },
		{ path: '/surveys/999999', status: { agent: 404, supervisor: 403, hr: 403, admin: 403 } },
		{ path: '/surveys/1/results', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Whole organization' },
		{ path: '/surveys/999999/results', status: { agent: 403, supervisor: 404, hr: 404, admin: 404 } },
		// Turnover risk: never shown to agents; supervisors see their teams, HR and admins everyone.
		{ path: '/risk', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'A prompt for a conversation' },
		{ path: '/risk/model', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Turnover-risk model card' },
		{ path: '/risk/train-status', status: { agent: 403, supervisor: 403, hr: 200, admin: 200 }, shows: '"trainingStatus"', endpoint: true },
		{ path: '/my-data', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: 'Download my data' },
		{ path: '/admin/outcomes', status: adminOnly, shows: 'Import outcome data' },
		{ path: '/outcomes', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: 'The results the research measures' },
		{ path: '/outcomes/daily', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'against the same weekday of the four weeks before' },
		{ path: '/outcomes/summary', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Executive summary' },
		{ path: '/outcomes/kpis', status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: 'KPIs against targets' },
		{ path: '/outcomes/maturity', status: { agent: 403, supervisor: 200, hr: 200, admin: 200 }, shows: 'Practice characteristics' }
	];
	const byRole = Object.fromEntries(
		roles.map((role) => [role, [...shared, { path: `/people/${self[role].id}`, status: { agent: 200, supervisor: 200, hr: 200, admin: 200 }, shows: self[role].email }]])
	) as Record<Role, Case[]>;
	return { byRole };
}

/** Names and emails of everyone except `me`: none may appear on a refusal. */
function secrets(people: DirectoryEntry[], me: DirectoryEntry): string[] {
	return people.filter((p) => p.id !== me.id).flatMap((p) => [p.name, p.email]);
}

async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response, path).not.toBeNull();
	return { status: response!.status(), html: await response!.text(), text: await page.locator('body').innerText() };
}

for (const role of roles) {
	test(`${role}: every route answers with the right status and holds nothing it should not`, async ({ browser }) => {
		// Every route of the app, each read in full: 20-25 s on a quiet machine, so more room than 30 s.
		test.slow();
		const people = await directory(browser);
		const me = person(people, demoEmail[role]);
		const hidden = secrets(people, me);
		const { context, page } = await newSignedInPage(browser, role, 'en');
		try {
			for (const c of cases(people).byRole[role]) {
				const expected = c.status[role];
				const got = await visit(page, c.path);
				expect.soft(got.status, `${role} GET ${c.path}`).toBe(expected);
				if (expected === 200) {
					if (c.shows) expect.soft(got.text + got.html, `${role} GET ${c.path} shows the page`).toContain(c.shows);
					continue;
				}
				if (c.endpoint) expect.soft(got.text, `${role} GET ${c.path}`).not.toMatch(/"(status|runStatus|trainingStatus)"/);
				else {
					await expect.soft(page.getByRole('heading', { level: 1 }), `${role} GET ${c.path}`).toHaveText(`Error ${expected}`);
					expect.soft(got.text).toContain(expected === 403 ? 'Your role does not give access to this page.' : 'This page does not exist, or is not yours to see.');
				}
				// Neither the rendered page nor the data serialized into it names anyone else.
				const leaked = hidden.filter((secret) => got.html.includes(secret) || got.text.includes(secret));
				expect.soft(leaked, `${role} GET ${c.path} leaks`).toEqual([]);
			}
		} finally {
			await context.close();
		}
	});
}

test('the nav offers each role exactly the pages its guard opens', async ({ browser }) => {
	// Every nav page for every role: about a hundred page loads.
	test.slow();
	const navLinks = async (page: Page) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	const admin = await newSignedInPage(browser, 'admin', 'en');
	const all = await navLinks(admin.page);
	await admin.context.close();
	expect(all).toEqual(expect.arrayContaining(['/', '/people', '/staffing', '/admin/people', '/admin/teams', '/admin/sites', '/admin/queues', '/admin/audit']));
	for (const role of roles) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		const offered = await navLinks(page);
		expect(offered[0], role).toBe('/');
		for (const href of all) {
			const response = await page.goto(href);
			expect.soft(response!.status(), `${role} ${href} (${offered.includes(href) ? 'in' : 'not in'} the nav)`).toBe(offered.includes(href) ? 200 : 403);
		}
		await context.close();
	}
});

/**
 * Routes checked in other specs: the public pages, two endpoints, the CSV downloads (staffing.spec.ts,
 * autonomy.spec.ts) and the calendar feed, public by design with its secret link (schedules.spec.ts).
 */
const coveredElsewhere = ['/sign-in', '/invite/[token]', '/language', '/sign-out', '/staffing/forecasts/[id]/export.csv', '/calendar/[token]', '/autonomy/decisions/export.csv', '/my-data/export.json', '/outcomes/export.csv', '/outcomes/kpis/export.csv'];

test('every route in src/routes is in the role matrix above', async ({ browser }) => {
	const root = fileURLToPath(new URL('../../src/routes', import.meta.url));
	const routes = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => /(^|\/)\+(page\.svelte|server\.ts)$/.test(file))
		.map((file) => '/' + dirname(file).split('/').filter((part) => part !== '.' && !/^\(.*\)$/.test(part)).join('/'));
	const people = await directory(browser);
	const matrix = new Set(Object.values(cases(people).byRole).flatMap((list) => list.map((c) => c.path.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/[id]'))));
	const missing = routes.filter((route) => !matrix.has(route) && !coveredElsewhere.includes(route));
	expect(missing, 'routes with no expected status per role in roles.spec.ts').toEqual([]);
});

test('admin actions posted by a non-admin are refused with 403 and store nothing', async ({ browser }) => {
	const people = await directory(browser);
	const { own: ownTeam } = teams(people);
	const target = people.find((p) => p.team === ownTeam && p.role === 'Agent' && p.email !== demoEmail.agent)!;
	const tag = unique();
	const csv = `name,email,role,team,hire_date\nSneaky Import ${tag},sneaky-import-${tag}@tend.test,agent,,2026-01-05\n`;

	for (const role of ['agent', 'supervisor', 'hr'] as const) {
		const { context, page } = await newSignedInPage(browser, role, 'en');
		const post = async (path: string, form?: Record<string, string>, multipart?: Parameters<typeof page.request.post>[1]) => {
			const response = await page.request.post(path, multipart ?? { form, headers: sameOrigin, maxRedirects: 0 });
			expect.soft(response.status(), `${role} POST ${path}`).toBe(403);
			const body = await response.text();
			expect.soft(body, `${role} POST ${path}`).not.toContain(target.email);
		};
		await post('/admin/people?/create', { name: `Sneaky ${role} ${tag}`, email: `sneaky-${role}-${tag}@tend.test`, role: 'admin', hire_date: '2026-01-05', contract_hours_min: '0', contract_hours_max: '40' });
		await post(`/admin/people/${target.id}?/update`, { name: `Renamed ${role} ${tag}`, email: target.email, role: 'admin', hire_date: '2026-01-05' });
		await post(`/admin/people/${target.id}?/disable`, {});
		await post(`/admin/people/${target.id}?/invite`, {});
		await post('/admin/people/import', undefined, {
			headers: sameOrigin,
			maxRedirects: 0,
			multipart: { file: { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } }
		});
		await post('/admin/sites?/save', { id: '', name: `Sneaky site ${role} ${tag}`, time_zone: 'Europe/Warsaw' });
		await post('/admin/teams?/save', { id: '', name: `Sneaky team ${role} ${tag}`, site: '1' });
		await post('/admin/queues?/save', { id: '', name: `Sneaky queue ${role} ${tag}`, channel: 'voice', sl_target: '80', sl_seconds: '20', concurrency: '1' });
		await context.close();
	}

	// The admin sees none of it.
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	for (const path of ['/admin/people', '/admin/sites', '/admin/teams', '/admin/queues', '/admin/audit']) {
		await page.goto(path);
		await expect.soft(page.locator('main')).not.toContainText(tag);
		await expect.soft(page.locator('main')).not.toContainText(/Sneaky/);
	}
	await page.goto(`/admin/people/${target.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${target.name}`);
	await expect(page.getByRole('button', { name: 'Disable account' })).toBeVisible();
	await expect(page.locator('main input[name="email"]')).toHaveValue(target.email);
	await context.close();
});
