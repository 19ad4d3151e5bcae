import { describe, expect, it } from 'vitest';
import { agentSignals, signalFeatures, type DaySignal } from './agent-signals';

const day = (d: string, over: Partial<DaySignal> = {}): DaySignal => ({ day: d, workedMinutes: 480, overtimeMinutes: 0, shiftStartMinute: 8 * 60, contacts: 40, qaScore: null, csat: null, ...over });

describe('agent signals', () => {
	it('uses only the 8 weeks before the moment, never the day itself or later', () => {
		const s = agentSignals([day('2026-03-01', { overtimeMinutes: 480 }), day('2026-02-27'), day('2025-12-01', { overtimeMinutes: 480 })], '2026-03-01', 400);
		expect(s.overtime_share).toBe(0);
		expect(s.tenure_days).toBe(400);
	});
	it('measures overtime, nights, weekends, start-time volatility, runs of days and QA trend', () => {
		const days = [
			day('2026-02-02', { overtimeMinutes: 60, qaScore: 70 }), // Monday
			day('2026-02-03', { shiftStartMinute: 22 * 60, qaScore: 70 }),
			day('2026-02-04'),
			day('2026-02-07'), // Saturday
			day('2026-02-20', { qaScore: 90 })
		];
		const s = agentSignals(days, '2026-03-05', 100);
		expect(s.overtime_share).toBeCloseTo(60 / 2400);
		expect(s.night_share).toBeCloseTo(1 / 5);
		expect(s.weekend_share).toBeCloseTo(1 / 5);
		expect(s.max_consecutive_days).toBe(3);
		expect(s.start_volatility_minutes).toBeCloseTo(336, 0);
		expect(s.contacts_per_hour).toBeCloseTo(5);
		expect(s.qa_trend).toBe(20);
	});
	it('is missing but tenure and counts with no worked days and no records', () => {
		const s = agentSignals([], '2026-03-01', 10);
		for (const f of signalFeatures) if (!['tenure_days', 'time_off_denied_90d', 'swaps_denied_90d', 'training_completions'].includes(f)) expect(s[f]).toBeNull();
		expect(s.time_off_denied_90d).toBe(0);
	});
	it('counts dated records before the moment only: denials in 90 days, coaching recency, completions, wishes missed, team eNPS', () => {
		const at = '2026-03-01';
		const ms = (d: string) => Date.parse(`${d}T12:00:00Z`);
		const events = {
			timeOffDenied: [ms('2026-02-10'), ms('2025-10-01'), ms('2026-03-02')],
			swapsDenied: [ms('2026-01-15')],
			coaching: [ms('2026-02-19'), ms('2026-01-01'), ms('2026-03-05')],
			completions: [ms('2026-01-20'), ms('2026-04-01')],
			preferencesHonoured: [{ weekStart: '2026-02-02', share: 0.5 }, { weekStart: '2026-02-09', share: 1 }, { weekStart: '2026-03-02', share: 0 }]
		};
		const s = agentSignals([], at, 400, events, 12);
		expect(s).toMatchObject({ time_off_denied_90d: 1, swaps_denied_90d: 1, days_since_coaching: 9, training_completions: 1, preference_mismatch: 0.25, team_enps: 12 });
	});
});
