/**
 * Decision autonomy in the demo center: the organization's policy (two versions, the second
 * raising limits for experienced agents 30 days ago), a stricter team policy for one team, 60
 * days of decisions judged by the real evaluator, approvals with their turnaround, and the
 * interactions of each case with their outcomes, so the usage page has something to compare.
 *
 * Model (synthetic, stated so nobody mistakes it for a finding): a decision's case ends better
 * when it is settled at once. First contact resolution by path: alone 0.80, approved in time 0.62,
 * approved after escalation 0.45, denied 0.35, refused by policy 0.40; CSAT (1-5) centred at 4.4,
 * 4.0, 3.6, 2.9 and 3.2. A case that is not resolved at first contact gets a second contact.
 * Pure: rows come out, the caller writes them.
 */
import type { PolicyRule, PolicyVersion } from '../src/lib/domain/autonomy/policy';
import { evaluateDecision, type DeciderContext } from '../src/lib/domain/autonomy/evaluate';
import { computeAutonomyIndex, type DecisionForIndex } from '../src/lib/domain/autonomy/autonomy-index';
import { pathOf, type DecisionPath } from '../src/lib/domain/autonomy/case-outcomes';
import { addDays, tenureDays } from '../src/lib/domain/people/turnover';
import { createRandom, deriveSeed } from './random';

// The demo's people rows (insert shape: ids are set by the demo model, so present).
interface Person {
	id?: number;
	role: string;
	teamId?: number | null;
	hireDate: string;
	employmentStatus?: string;
}

const eur = (major: number) => major * 100;
const rule = (r: Partial<PolicyRule> & Pick<PolicyRule, 'key' | 'action'>): PolicyRule => ({ effect: 'allow', currency: 'EUR', perCase: null, perDay: null, perMonth: null, approverRole: 'supervisor', approvalCeiling: null, conditions: {}, ...r });

export function demoPolicyRules(version: 1 | 2): PolicyRule[] {
	const rules = [
		rule({ key: 'r1', action: 'refund', perCase: eur(50), perDay: eur(200), perMonth: eur(1500), approvalCeiling: eur(500) }),
		rule({ key: 'r2', action: 'credit', perCase: eur(30), perDay: eur(150), perMonth: eur(1000), approvalCeiling: eur(300) }),
		rule({ key: 'r3', action: 'fee_waiver', perCase: eur(25), perDay: eur(100), perMonth: eur(800), approvalCeiling: eur(150) }),
		rule({ key: 'r4', action: 'goodwill', perCase: eur(20), perDay: eur(60), perMonth: eur(400), approvalCeiling: eur(100) }),
		rule({ key: 'r5', action: 'replacement', currency: null, perDay: 3, perMonth: 20 }),
		rule({ key: 'r6', action: 'escalation_bypass', currency: null, perDay: 2, perMonth: 10, approverRole: 'admin' })
	];
	if (version === 2) {
		rules.push(rule({ key: 'r7', action: 'refund', perCase: eur(120), perDay: eur(400), perMonth: eur(3000), approvalCeiling: eur(800), conditions: { minTenureDays: 365 } }));
		rules.push(rule({ key: 'r8', action: 'refund', perCase: eur(150), perDay: eur(500), perMonth: eur(4000), approvalCeiling: eur(1000), conditions: { customerTiers: ['vip'] } }));
	}
	return rules;
}

const pathOutcome: Record<DecisionPath, { fcr: number; csat: number }> = {
	autonomous: { fcr: 0.8, csat: 4.4 },
	approved: { fcr: 0.62, csat: 4.0 },
	escalated: { fcr: 0.45, csat: 3.6 },
	denied: { fcr: 0.35, csat: 2.9 },
	not_allowed: { fcr: 0.4, csat: 3.2 },
	pending: { fcr: 0.5, csat: 3.5 }
};

export function generateDemoAutonomy(options: { today: string; seed: number; people: readonly Person[]; teams: readonly { id: number }[]; adminId: number; supervisorOf: ReadonlyMap<number, number> }) {
	const random = createRandom(deriveSeed(options.seed, 'autonomy'));
	const at = (day: string, minute: number) => Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
	const v1From = addDays(options.today, -90);
	const v2From = addDays(options.today, -30);
	const firstTeam = options.teams[0]!.id;
	const policies = [
		{ id: 1, organizationId: 1, teamId: null, createdAt: at(v1From, -600) },
		{ id: 2, organizationId: 1, teamId: firstTeam, createdAt: at(v1From, -600) }
	];
	const policyVersions = [
		{ id: 1, policyId: 1, version: 1, status: 'published' as const, effectiveFrom: v1From, rules: demoPolicyRules(1), responseTargetMinutes: 60, note: 'First autonomy policy', createdBy: options.adminId, createdAt: at(v1From, -600), publishedBy: options.adminId, publishedAt: at(v1From, -600) },
		{ id: 2, policyId: 1, version: 2, status: 'published' as const, effectiveFrom: v2From, rules: demoPolicyRules(2), responseTargetMinutes: 60, note: 'Higher refund limits after a year in the job and for VIP customers', createdBy: options.adminId, createdAt: at(v2From, -600), publishedBy: options.adminId, publishedAt: at(v2From, -600) },
		// The first team's goodwill gestures go through the supervisor above €10 (a pilot of tighter control).
		{ id: 3, policyId: 2, version: 1, status: 'published' as const, effectiveFrom: v1From, rules: [rule({ key: 'r1', action: 'goodwill', perCase: eur(10), perDay: eur(30), perMonth: eur(200), approvalCeiling: eur(100) })], responseTargetMinutes: 30, note: 'Goodwill pilot', createdBy: options.adminId, createdAt: at(v1From, -600), publishedBy: options.adminId, publishedAt: at(v1From, -600) }
	];
	const versions: PolicyVersion[] = policyVersions.map((v) => ({ id: v.id, policyId: v.policyId, teamId: v.policyId === 2 ? firstTeam : null, version: v.version, effectiveFrom: v.effectiveFrom, rules: v.rules }));
	const agents = options.people.filter((p) => p.role === 'agent' && (p.employmentStatus ?? 'active') === 'active' && p.teamId != null && p.hireDate < addDays(options.today, -60)).map((p) => ({ id: p.id!, teamId: p.teamId!, hireDate: p.hireDate }));
	const actionMix = [
		{ action: 'refund', weight: 5, amount: () => Math.round(random.normal(60, 45)) },
		{ action: 'credit', weight: 3, amount: () => Math.round(random.normal(25, 15)) },
		{ action: 'fee_waiver', weight: 3, amount: () => random.pick([5, 10, 15, 20, 25, 35]) },
		{ action: 'goodwill', weight: 2, amount: () => random.pick([5, 10, 15, 20, 30]) },
		{ action: 'replacement', weight: 1, amount: () => null },
		{ action: 'escalation_bypass', weight: 1, amount: () => null }
	];
	const decisions: Record<string, unknown>[] = [];
	const reviews: Record<string, unknown>[] = [];
	const interactions: Record<string, unknown>[] = [];
	const forIndex: DecisionForIndex[] = [];
	const used = new Map<string, number>();
	let caseNumber = 40_000;
	for (let offset = 60; offset >= 1; offset--) {
		const day = addDays(options.today, -offset);
		const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
		for (const agent of agents) {
			const count = random.poisson(weekend ? 0.15 : 0.45);
			for (let k = 0; k < count; k++) {
				const mix = random.pickWeighted(actionMix, actionMix.map((a) => a.weight));
				const raw = mix.amount();
				// Now and then a request far above any limit, so the log shows refusals too.
				const amount = raw === null ? null : eur(Math.max(2, Math.min(2000, raw * (random.chance(0.04) ? 9 : 1))));
				const currency = amount === null ? null : 'EUR';
				const customerTier = random.pickWeighted(['standard', 'priority', 'vip'], [0.75, 0.18, 0.07]);
				const context: DeciderContext = { role: 'agent', teamId: agent.teamId, tenureDays: tenureDays(agent.hireDate, day), completedModules: [], qaScore: Math.round(random.normal(82, 6)) };
				const base = `${agent.id}|${mix.action}|${currency ?? ''}`;
				const usage = { day: used.get(`${base}|${day}`) ?? 0, month: used.get(`${base}|${day.slice(0, 7)}`) ?? 0 };
				const input = { action: mix.action, amount, currency, customerTier, day };
				const verdict = evaluateDecision(versions, context, input, usage);
				if (verdict.outcome === 'autonomous') {
					used.set(`${base}|${day}`, usage.day + (amount ?? 1));
					used.set(`${base}|${day.slice(0, 7)}`, usage.month + (amount ?? 1));
				}
				const id = decisions.length + 1;
				const createdAt = at(day, random.int(8 * 60, 18 * 60));
				const caseRef = `CS-${++caseNumber}`;
				decisions.push({ id, organizationId: 1, personId: agent.id, teamId: agent.teamId, ...input, caseRef, reason: demoReason(mix.action, random.next()), outcome: verdict.outcome, approverRole: verdict.approverRole, verdictReason: verdict.reason, ruleKey: verdict.rule?.key ?? null, policyVersionId: verdict.versionId, leftToday: verdict.remaining.day, leftMonth: verdict.remaining.month, context, createdAt });
				let review: { verdict: 'approved' | 'denied'; createdAt: number; escalated: boolean } | null = null;
				// The last day's requests are still waiting; earlier ones were answered, most within the hour.
				if (verdict.outcome === 'needs_approval' && offset > 1) {
					const minutes = Math.max(2, Math.round(random.chance(0.8) ? random.normal(25, 12) : random.normal(150, 60)));
					const reviewer = verdict.approverRole === 'admin' || minutes > 60 ? options.adminId : (options.supervisorOf.get(agent.teamId) ?? options.adminId);
					review = { verdict: random.chance(0.82) ? 'approved' : 'denied', createdAt: createdAt + minutes * 60_000, escalated: minutes > 60 };
					reviews.push({ decisionId: id, reviewerId: reviewer, verdict: review.verdict, note: review.verdict === 'denied' ? 'Outside what we can offer; explain the policy and offer a callback.' : '', escalated: review.escalated, createdAt: review.createdAt });
				}
				forIndex.push({ teamId: agent.teamId, day, outcome: verdict.outcome, createdAt, review });
				const path = pathOf({ outcome: verdict.outcome, verdict: review?.verdict ?? null, escalated: review?.escalated ?? null });
				const o = pathOutcome[path];
				const fcr = random.chance(o.fcr);
				const csat = () => Math.max(1, Math.min(5, Math.round(random.normal(o.csat, 0.8))));
				interactions.push({ organizationId: 1, personId: agent.id, caseRef, day, channel: random.pick(['voice', 'chat', 'email']), csat: random.chance(0.4) ? csat() : null, fcr, handleSeconds: Math.round(random.normal(420, 90)) });
				if (!fcr) interactions.push({ organizationId: 1, personId: null, caseRef, day: addDays(day, random.int(1, 5)), channel: random.pick(['voice', 'chat', 'email']), csat: random.chance(0.4) ? csat() : null, fcr: null, handleSeconds: Math.round(random.normal(380, 90)) });
			}
		}
	}
	return { policies, policyVersions, decisions, reviews, interactions: interactions.filter((i) => (i.day as string) < options.today), autonomyIndex: computeAutonomyIndex(forIndex) };
}

function demoReason(action: string, u: number): string {
	const reasons: Record<string, string[]> = {
		refund: ['Charged twice for the same order', 'Parcel lost in transit', 'Cancelled within the cooling-off period', 'Item arrived damaged'],
		credit: ['Service outage on the account', 'Late delivery, second time this month', 'Wrong plan applied for two weeks'],
		fee_waiver: ['Late fee after a bank holiday', 'First late payment in three years', 'Fee charged after a system error'],
		goodwill: ['Long wait on a repeated contact', 'Bereavement: closing a parent\'s account', 'Missed callback'],
		replacement: ['Faulty router, tested with the customer', 'Wrong size delivered'],
		escalation_bypass: ['Vulnerable customer, resolving directly', 'Third contact on the same fault']
	};
	const list = reasons[action] ?? ['Customer request'];
	return list[Math.floor(u * list.length)]!;
}
