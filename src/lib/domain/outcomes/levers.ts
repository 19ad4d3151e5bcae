// Linking a lever (schedule flexibility, autonomy, training, staffing adequacy, engagement) to an
// outcome (CSAT, first contact resolution, resolution time, ...) across teams, the two ways the
// outcomes page reports: (1) teams in the top quartile of the lever against the bottom quartile,
// difference in mean outcome with a 95% bootstrap interval (teams resampled within each group,
// percentile method, seeded); (2) a regression with team fixed effects: outcome on lever after
// removing each team's own mean, so a stable difference between teams can't pass for the lever's
// effect; slope with a team-clustered standard error.
// Sources: Efron & Tibshirani, An Introduction to the Bootstrap (1993), ch. 13 (percentile
// intervals); Wooldridge, Econometric Analysis of Cross Section and Panel Data (2010), ch. 10
// (within estimator, cluster-robust variance).
// Limits: associations, not causes: teams that choose a lever may differ in other ways; fewer than
// 8 teams give no quartile comparison (two teams a side at least), fewer than 3 teams no regression.

export interface TeamWeek {
	teamId: number;
	week: string;
	lever: number;
	outcome: number;
}

export interface QuartileComparison {
	topTeams: number;
	bottomTeams: number;
	topMean: number;
	bottomMean: number;
	difference: number;
	lower: number;
	upper: number;
}

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

function byTeam(points: readonly TeamWeek[]) {
	const teams = new Map<number, TeamWeek[]>();
	for (const p of points) if (Number.isFinite(p.lever) && Number.isFinite(p.outcome)) (teams.get(p.teamId) ?? teams.set(p.teamId, []).get(p.teamId)!).push(p);
	return [...teams.entries()].map(([teamId, list]) => ({ teamId, lever: mean(list.map((p) => p.lever)), outcome: mean(list.map((p) => p.outcome)) }));
}

function percentile(sorted: readonly number[], q: number): number {
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

export function compareQuartiles(points: readonly TeamWeek[], random: () => number, resamples = 2000): QuartileComparison | null {
	const teams = byTeam(points).sort((a, b) => a.lever - b.lever || a.teamId - b.teamId);
	if (teams.length < 8) return null;
	const size = Math.floor(teams.length / 4);
	const bottom = teams.slice(0, size).map((t) => t.outcome);
	const top = teams.slice(-size).map((t) => t.outcome);
	const draws: number[] = [];
	const resample = (v: readonly number[]) => mean(Array.from({ length: v.length }, () => v[Math.floor(random() * v.length)]!));
	for (let i = 0; i < resamples; i++) draws.push(resample(top) - resample(bottom));
	draws.sort((a, b) => a - b);
	return { topTeams: top.length, bottomTeams: bottom.length, topMean: mean(top), bottomMean: mean(bottom), difference: mean(top) - mean(bottom), lower: percentile(draws, 0.025), upper: percentile(draws, 0.975) };
}

export interface FixedEffects {
	slope: number;
	standardError: number;
	teams: number;
	observations: number;
}

export function fixedEffectsSlope(points: readonly TeamWeek[]): FixedEffects | null {
	const groups = new Map<number, TeamWeek[]>();
	for (const p of points) if (Number.isFinite(p.lever) && Number.isFinite(p.outcome)) (groups.get(p.teamId) ?? groups.set(p.teamId, []).get(p.teamId)!).push(p);
	const demeaned: { team: number; x: number; y: number }[] = [];
	for (const [team, list] of groups) {
		const mx = mean(list.map((p) => p.lever));
		const my = mean(list.map((p) => p.outcome));
		for (const p of list) demeaned.push({ team, x: p.lever - mx, y: p.outcome - my });
	}
	const sxx = demeaned.reduce((s, d) => s + d.x * d.x, 0);
	if (groups.size < 3 || sxx === 0) return null;
	const slope = demeaned.reduce((s, d) => s + d.x * d.y, 0) / sxx;
	// Cluster-robust (by team) variance: sum over teams of (sum of x·residual)^2, over sxx^2.
	let meat = 0;
	for (const team of groups.keys()) {
		const score = demeaned.filter((d) => d.team === team).reduce((s, d) => s + d.x * (d.y - slope * d.x), 0);
		meat += score * score;
	}
	const g = groups.size;
	const correction = g / (g - 1);
	return { slope, standardError: Math.sqrt((correction * meat) / (sxx * sxx)), teams: g, observations: demeaned.length };
}
