import { describe, expect, it } from 'vitest';
import { validateQueue, validateSite, validateTeam } from './org-input';

describe('validateSite', () => {
	it('accepts a name and an IANA zone', () => {
		expect(validateSite({ name: '  Warsaw   North ', time_zone: ' Europe/Warsaw ' }, ['Lisbon'])).toEqual({ ok: true, value: { name: 'Warsaw North', timeZone: 'Europe/Warsaw' } });
		expect(validateSite({ name: 'Anywhere', time_zone: 'UTC' }, [])).toMatchObject({ ok: true });
	});

	it.each(['Mars/Base', 'Europe/Nowhere', 'CET', 'GMT+1', '+01:00', 'europe warsaw', `${'A/'.repeat(40)}x`])('refuses the zone %j', (zone) => {
		expect(validateSite({ name: 'Site', time_zone: zone }, [])).toEqual({ ok: false, errors: [{ field: 'time_zone', code: 'time_zone' }] });
	});

	it('requires name and zone', () => {
		expect(validateSite({}, [])).toEqual({
			ok: false,
			errors: [
				{ field: 'name', code: 'required' },
				{ field: 'time_zone', code: 'required' }
			]
		});
	});

	it('refuses a name another site has, whatever the case and spacing', () => {
		expect(validateSite({ name: 'warsaw', time_zone: 'Europe/Warsaw' }, ['Lisbon', 'Warsaw'])).toEqual({ ok: false, errors: [{ field: 'name', code: 'name_taken' }] });
		expect(validateSite({ name: ' LISBON ', time_zone: 'Europe/Lisbon' }, ['Lisbon'])).toEqual({ ok: false, errors: [{ field: 'name', code: 'name_taken' }] });
		expect(validateSite({ name: 'Lisbon 2', time_zone: 'Europe/Lisbon' }, ['Lisbon'])).toMatchObject({ ok: true });
	});

	it('accepts 80 characters and refuses 81', () => {
		expect(validateSite({ name: 'a'.repeat(80), time_zone: 'UTC' }, [])).toMatchObject({ ok: true });
		expect(validateSite({ name: 'a'.repeat(81), time_zone: 'UTC' }, [])).toEqual({ ok: false, errors: [{ field: 'name', code: 'too_long', params: { max: 80 } }] });
	});
});

describe('validateTeam', () => {
	const lookups = {
		takenNames: ['Team One'],
		siteIds: [10, 20],
		supervisors: [
			{ id: 1, name: 'Sam Supervisor', role: 'supervisor' },
			{ id: 2, name: 'Sue Supervisor', role: 'supervisor' },
			{ id: 3, name: 'Alice Agent', role: 'agent' },
			{ id: 4, name: 'Adam Admin', role: 'admin' }
		]
	};

	it('accepts a team with supervisors, each once', () => {
		expect(validateTeam({ name: 'Team Three', site: '20', supervisors: ['2', '1', '2'] }, lookups)).toEqual({ ok: true, value: { name: 'Team Three', siteId: 20, supervisorIds: [2, 1] } });
		expect(validateTeam({ name: 'Team Three', site: '10' }, lookups)).toEqual({ ok: true, value: { name: 'Team Three', siteId: 10, supervisorIds: [] } });
	});

	it('refuses a supervisor who is not a supervisor, naming them', () => {
		expect(validateTeam({ name: 'Team Three', site: '10', supervisors: ['1', '3'] }, lookups)).toEqual({ ok: false, errors: [{ field: 'supervisors', code: 'supervisor_role', params: { name: 'Alice Agent' } }] });
		expect(validateTeam({ name: 'Team Three', site: '10', supervisors: ['4'] }, lookups)).toEqual({ ok: false, errors: [{ field: 'supervisors', code: 'supervisor_role', params: { name: 'Adam Admin' } }] });
	});

	it('refuses an unknown supervisor id, naming the id', () => {
		expect(validateTeam({ name: 'Team Three', site: '10', supervisors: ['99'] }, lookups)).toEqual({ ok: false, errors: [{ field: 'supervisors', code: 'supervisor_role', params: { name: '99' } }] });
	});

	it('refuses an unknown or missing site and a taken name', () => {
		expect(validateTeam({ name: 'team one', site: '30' }, lookups)).toEqual({
			ok: false,
			errors: [
				{ field: 'name', code: 'name_taken' },
				{ field: 'site', code: 'site_unknown' }
			]
		});
		expect(validateTeam({ name: 'Team Four', site: '' }, lookups)).toEqual({ ok: false, errors: [{ field: 'site', code: 'required' }] });
		expect(validateTeam({ name: 'Team Four', site: '10.0abc' }, lookups)).toEqual({ ok: false, errors: [{ field: 'site', code: 'site_unknown' }] });
	});
});

describe('validateQueue', () => {
	const base = { name: 'Billing', channel: 'voice', time_zone: 'Europe/Warsaw', sl_target: '80', sl_seconds: '20', concurrency: '' };

	it('turns the percentage into a share and defaults concurrency to 1', () => {
		expect(validateQueue(base, [])).toEqual({ ok: true, value: { name: 'Billing', channel: 'voice', timeZone: 'Europe/Warsaw', serviceLevelTarget: 0.8, serviceLevelSeconds: 20, concurrency: 1 } });
		expect(validateQueue({ ...base, channel: 'chat', sl_target: '87,5', concurrency: '3' }, [])).toMatchObject({ ok: true, value: { serviceLevelTarget: 0.875, concurrency: 3 } });
	});

	it('accepts percentages 1 and 100 and refuses 0 and 101', () => {
		expect(validateQueue({ ...base, sl_target: '1' }, [])).toMatchObject({ ok: true, value: { serviceLevelTarget: 0.01 } });
		expect(validateQueue({ ...base, sl_target: '100' }, [])).toMatchObject({ ok: true, value: { serviceLevelTarget: 1 } });
		expect(validateQueue({ ...base, sl_target: '0' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_target', code: 'range', params: { min: 1, max: 100 } }] });
		expect(validateQueue({ ...base, sl_target: '101' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_target', code: 'range', params: { min: 1, max: 100 } }] });
		expect(validateQueue({ ...base, sl_target: '' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_target', code: 'required' }] });
		expect(validateQueue({ ...base, sl_target: 'most' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_target', code: 'number' }] });
	});

	it('needs whole seconds, from 1 to a week', () => {
		expect(validateQueue({ ...base, sl_seconds: '20.5' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_seconds', code: 'number' }] });
		expect(validateQueue({ ...base, sl_seconds: '20,5' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_seconds', code: 'number' }] });
		expect(validateQueue({ ...base, sl_seconds: '0' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_seconds', code: 'range', params: { min: 1, max: 604800 } }] });
		expect(validateQueue({ ...base, sl_seconds: '604800' }, [])).toMatchObject({ ok: true });
		expect(validateQueue({ ...base, sl_seconds: '604801' }, [])).toEqual({ ok: false, errors: [{ field: 'sl_seconds', code: 'range', params: { min: 1, max: 604800 } }] });
	});

	it('accepts concurrency 1 to 10 and refuses 0, 11 and fractions', () => {
		expect(validateQueue({ ...base, concurrency: '10' }, [])).toMatchObject({ ok: true, value: { concurrency: 10 } });
		expect(validateQueue({ ...base, concurrency: '11' }, [])).toEqual({ ok: false, errors: [{ field: 'concurrency', code: 'range', params: { min: 1, max: 10 } }] });
		expect(validateQueue({ ...base, concurrency: '0' }, [])).toEqual({ ok: false, errors: [{ field: 'concurrency', code: 'range', params: { min: 1, max: 10 } }] });
		expect(validateQueue({ ...base, concurrency: '1.5' }, [])).toEqual({ ok: false, errors: [{ field: 'concurrency', code: 'number' }] });
	});

	it('needs the IANA zone of the market it serves', () => {
		expect(validateQueue({ ...base, time_zone: '' }, [])).toEqual({ ok: false, errors: [{ field: 'time_zone', code: 'required' }] });
		expect(validateQueue({ ...base, time_zone: 'Mars/Base' }, [])).toEqual({ ok: false, errors: [{ field: 'time_zone', code: 'time_zone' }] });
		expect(validateQueue({ ...base, time_zone: ' America/New_York ' }, [])).toMatchObject({ ok: true, value: { timeZone: 'America/New_York' } });
	});

	it('refuses an unknown channel and a taken name', () => {
		expect(validateQueue({ ...base, channel: 'fax' }, [])).toEqual({ ok: false, errors: [{ field: 'channel', code: 'channel' }] });
		expect(validateQueue({ ...base, channel: 'Voice' }, [])).toEqual({ ok: false, errors: [{ field: 'channel', code: 'channel' }] });
		expect(validateQueue({ ...base, name: 'BILLING' }, ['Billing'])).toEqual({ ok: false, errors: [{ field: 'name', code: 'name_taken' }] });
	});
});
