import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from './db';
import { interactionOutcomes } from './db/schema';
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
		expect(out).toEqual({ ok: true, rows: 2 });
		const rows = await database.db.select().from(interactionOutcomes);
		expect(rows.map((r) => [r.personId, r.caseRef, r.csat, r.fcr])).toEqual([[org.agent1Id, 'CS-1,a', 5, true], [org.agent2Id, null, 3, false]]);
	});
	it("an outsider's email is unknown to this organization", async () => {
		const out = await importOutcomes(database, org.organizationId, file('outsider.csv', 'agent_email,day,csat\noutsider@elsewhere.test,2026-01-10,5\n'), org.adminId, seedNow);
		expect(out).toMatchObject({ ok: false, errors: [{ code: 'unknown_agent' }] });
	});
});
