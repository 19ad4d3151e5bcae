import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from './db';
import { eq } from 'drizzle-orm';
import { agentDayOutcomes, interactionOutcomes, teamDayOutcomes } from './db/schema';
import { summarizeDays } from './outcome-aggregates';
import { importOutcomes } from './outcome-import';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
const dir = mkdtempSync(join(tmpdir(), 'tend-outcomes-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

describe('outcome import', () => {
	it('stores nothing when any row is bad, and names each problem by row and column', async () => {
		const path = file('bad.csv', 'agent_email,day,csat,fcr\nagent1@tend.test,2026-01-10,5,yes\nnobody@tend.test,2026-01-10,4,no\nagent1@tend.test,2026-01-32,9,maybe\n');
		const out = await importOutcomes(database, org.organizationId, path, org.adminId, seedNow);
		expect(out.ok ? [] : out.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual(['3:agent_email:unknown_agent', '4:day:day', '4:fcr:boolean', '4:csat:range']);
		expect(await database.db.select().from(interactionOutcomes)).toEqual([]);
	});
	it('refuses a file without the required columns', async () => {
		const out = await importOutcomes(database, org.organizationId, file('header.csv', 'email,csat\na@b.c,5\n'), org.adminId, seedNow);
		expect(out).toMatchObject({ ok: false, errors: [{ row: 1, column: 'agent_email', code: 'required' }, { row: 1, column: 'day', code: 'required' }] });
	});
	it('imports a good file in one go, agents matched by email, quoted fields and all', async () => {
		const out = await importOutcomes(database, org.organizationId, file('good.csv', 'Agent_Email,day,channel,case_ref,csat,fcr,handle_seconds\nagent1@tend.test,2026-01-10,chat,"CS-1,a",5,yes,300\nAGENT2@tend.test,2026-01-11,voice,,3,no,\n'), org.adminId, seedNow);
		expect(out).toEqual({ ok: true, rows: 2, kind: 'interaction' });
		const rows = await database.db.select().from(interactionOutcomes);
		expect(rows.map((r) => [r.personId, r.caseRef, r.csat, r.fcr])).toEqual([[org.agent1Id, 'CS-1,a', 5, true], [org.agent2Id, null, 3, false]]);
	});
	it("an outsider's email is unknown to this organization", async () => {
		const out = await importOutcomes(database, org.organizationId, file('outsider.csv', 'agent_email,day,csat\noutsider@elsewhere.test,2026-01-10,5\n'), org.adminId, seedNow);
		expect(out).toMatchObject({ ok: false, errors: [{ code: 'unknown_agent' }] });
	});

	it('imports agent-day figures: all or none, a second row of the same agent and day refused, a stored day replaced, team sums rebuilt', async () => {
		const header = 'agent_email,day,contacts,worked_minutes,overtime_minutes,shift_start,csat_share,csat_responses,fcr_share,handle_seconds\n';
		const bad = await importOutcomes(database, org.organizationId, file('days-bad.csv', header + 'agent1@tend.test,2026-02-02,40,480,0,08:00,0.9,10,0.7,300\nagent1@tend.test,2026-02-02,41,480,0,08:00,,,,\nagent2@tend.test,2026-02-02,30,420,500,25:00,,,,\n'), org.adminId, seedNow);
		expect(bad.ok ? [] : bad.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual(['3:day:duplicate', '4:overtime_minutes:overtime', '4:shift_start:time']);
		expect(await database.db.select().from(agentDayOutcomes).where(eq(agentDayOutcomes.day, '2026-02-02'))).toEqual([]);
		const good = await importOutcomes(database, org.organizationId, file('days.csv', header + 'agent1@tend.test,2026-02-02,40,480,0,08:00,0.9,10,0.7,300\nagent2@tend.test,2026-02-02,30,420,60,14:30,0.5,10,,\n'), org.adminId, seedNow);
		expect(good).toEqual({ ok: true, rows: 2, kind: 'agent_day' });
		const again = await importOutcomes(database, org.organizationId, file('days-again.csv', header + 'agent1@tend.test,2026-02-02,44,480,0,07:30,0.5,10,0.5,310\n'), org.adminId, seedNow);
		expect(again).toEqual({ ok: true, rows: 1, kind: 'agent_day' });
		const stored = await database.db.select().from(agentDayOutcomes).where(eq(agentDayOutcomes.day, '2026-02-02'));
		expect(stored.map((r) => [r.personId, r.contacts, r.shiftStartMinute, r.csat, r.overtimeMinutes]).sort()).toEqual([[org.agent1Id, 44, 450, 0.5, 0], [org.agent2Id, 30, 870, 0.5, 60]].sort());
		const sums = summarizeDays(await database.db.select().from(teamDayOutcomes).where(eq(teamDayOutcomes.day, '2026-02-02')));
		expect(sums).toMatchObject({ agentDays: 2, contacts: 74, csat: 0.5 });
	});
});
