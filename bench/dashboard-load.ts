// Dashboard load (the outcomes issue: dashboard pages answer in under 100 ms at the 95th
// percentile with 50 concurrent users on the demo center). Builds the app when build/ is missing
// or older than the sources (as `npm start` does; --no-build uses build/ as it is), copies the
// build aside so a concurrent rebuild cannot pull modules from under the server, seeds the full
// demo center into a fresh temp database, creates 50 sessions (30 agent, 15 supervisor and
// 5 HR/admin sessions) straight into it, starts `node build` on it and checks that every page
// of every session's plan answers 200 (which also warms the server up). Then two runs of 30 s:
//   closed: autocannon, one connection per session, each asking its pages back to back (worst case);
//   paced: each session asks one page every 1.5-2.5 s (25 req/s in all), from a random phase, on
//          its own keep-alive connection, and waits for the answer before its next request.
//          autocannon can't pace like this: its rate is whole requests per second per connection,
//          it cuts the connections down to `overallRate`, and all of them fire on the same tick.
//          A run keeps its length when the server falls behind; the requests it owes are counted.
// Latency is taken by the load generator, which shares the 2-core machine with the server (its CPU
// is reported). The demo has 8 supervisors, one HR person and one admin, so supervisor and HR/admin
// sessions repeat people (as on a second device): 50 sessions of 40 people. Peak memory is the
// server's VmHWM, reset before each run. Prints JSON, then the Markdown tables.
//   --profile[=/a,/b]  instead of the runs: per page, a fresh server under --cpu-prof, a 10 s closed
//                      loop on that page alone by the sessions that ask it, and where the CPU went.
// Run: npx tsx bench/dashboard-load.ts [--no-build] [--seconds 30] [--profile]
import { buildState } from '../scripts/build-freshness';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, isNull, ne } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { people, type Person, type Role } from '../src/lib/server/db/schema';
import { createSession, sessionCookieName } from '../src/lib/server/auth/session';
import { hashPassword } from '../src/lib/server/auth/password';
import { demoPassword } from '../src/cli/commands';
import { seedDemo } from '../seeds/demo';
import { mulberry32 } from '../src/lib/domain/random';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 30;
if (!(seconds > 0)) throw new Error('--seconds takes a positive number');
const profileArg = args.find((a) => a.startsWith('--profile'));
const profileSeconds = 10;
const sessionMix = { agent: 30, supervisor: 15, hr: 5 } as const;
// Seconds between one session's requests in the paced run: uniform in [1.5, 2.5], mean 2.
const pacedGapMs = [1500, 2500] as const;

type Plan = 'agent' | 'supervisor' | 'hr';
const pagesByPlan: Record<Plan, string[]> = {
	agent: ['/', '/outcomes'],
	supervisor: ['/outcomes', '/outcomes/daily', '/outcomes/summary', '/people-health', '/risk'],
	hr: ['/outcomes', '/outcomes/summary', '/people-health']
};
// Pages that may not exist yet: kept for a plan where they answer 200, skipped where they answer 404.
const optionalPages = ['/outcomes/kpis'];

interface BenchSession {
	personId: number;
	role: Role;
	plan: Plan;
	cookie: string;
	pages: string[];
}

interface Sample {
	page: string;
	ms: number;
	status: number;
	bytes: number;
}

// autocannon ships no types and none are installed: the few members used here.
interface AutocannonClient {
	setRequests(requests: { method: string; path: string; headers: Record<string, string> }[]): void;
	requestIterator: { currentRequest: { path: string } };
}
interface AutocannonResult {
	errors: number;
	timeouts: number;
	non2xx: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
	on(event: 'response', listener: (client: AutocannonClient, status: number, bytes: number, ms: number) => void): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
	url: string;
	connections: number;
	duration: number;
	timeout: number;
	setupClient: (client: AutocannonClient) => void;
}) => AutocannonInstance;

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const log = (message: string) => process.stderr.write(`${message}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Builds when build/ is missing or older than the sources (the list `npm start` uses). A missing
 * build/ is first waited for: another build in this tree removes it while it writes a new one.
 */
async function ensureBuild(): Promise<'built' | 'up to date' | 'stale, not rebuilt (--no-build)'> {
	const index = join(root, 'build/index.js');
	for (let waited = 0; !existsSync(index) && waited < 120; waited += 2) {
		if (waited === 0) log('build/ is missing, maybe being rebuilt: waiting up to 2 minutes…');
		await sleep(2000);
	}
	const state = buildState(root);
	if (state === 'fresh') return 'up to date';
	if (args.includes('--no-build') && state === 'stale') return 'stale, not rebuilt (--no-build)';
	// A build running at the same time in this tree can swap .svelte-kit/output under ours: once more.
	for (let attempt = 1; ; attempt++) {
		log('Building the app…');
		try {
			execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
			return 'built';
		} catch (error) {
			if (attempt === 2) throw new Error('the build failed twice (another build at the same time?); run `npm run build`, then this with --no-build', { cause: error });
			log('The build failed; trying again in 10 s…');
			await sleep(10_000);
		}
	}
}

function percentile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function findFreePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return port;
}

/** One GET on `agent`'s connection; the body is read to its end and only counted. */
function fetchPage(port: number, path: string, cookie: string, agent?: Agent): Promise<Sample> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const req = request({ host: '127.0.0.1', port, path, agent, headers: { cookie, accept: 'text/html' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => done({ page: path, ms: performance.now() - started, status: res.statusCode ?? 0, bytes }));
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: limit }, async () => {
			while (next < items.length) await work(items[next++]!);
		})
	);
}

function readProcStatus(pid: number): { hwmKb: number; rssKb: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
	return { hwmKb: field('VmHWM'), rssKb: field('VmRSS') };
}

/** utime + stime of a process, in seconds. */
function readCpuSeconds(pid: number, ticksPerSecond: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** Resets the peak resident set (VmHWM) to the current one; false where the kernel refuses. */
function resetPeakMemory(pid: number): boolean {
	try {
		writeFileSync(`/proc/${pid}/clear_refs`, '5');
		return true;
	} catch {
		return false;
	}
}

interface RunningServer {
	child: ChildProcess;
	pid: number;
	port: number;
	stderrTail: string[];
}

async function startServer(buildDir: string, databaseUrl: string, profileDir?: string): Promise<RunningServer> {
	const port = await findFreePort();
	const flags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
	const child = spawn(process.execPath, [...flags, join(buildDir, 'index.js')], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://localhost:${port}` }
	});
	const stderrTail: string[] = [];
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
		stderrTail.push(...chunk.split('\n').filter(Boolean));
		stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
	});
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderrTail.join('\n')}`);
		try {
			if ((await fetchPage(port, '/sign-in', '')).status === 200) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`server did not answer within 30 s: ${stderrTail.join('\n')}`);
		await sleep(100);
	}
	return { child, pid: child.pid!, port, stderrTail };
}

/** SIGINT (adapter-node drains and exits, which writes a --cpu-prof profile); SIGKILL after 10 s. */
async function stopServer(server: RunningServer): Promise<boolean> {
	if (server.child.exitCode !== null) return true;
	const exited = new Promise<boolean>((done) => server.child.once('exit', () => done(true)));
	server.child.kill('SIGINT');
	const clean = await Promise.race([exited, sleep(10_000).then(() => false)]);
	if (!clean) {
		server.child.kill('SIGKILL');
		await exited;
	}
	return clean;
}

/** 30 agents spread over the teams, then supervisors and HR/admin cycled to their share. */
async function createBenchSessions(database: Awaited<ReturnType<typeof openDatabase>>): Promise<BenchSession[]> {
	const rows: Pick<Person, 'id' | 'role' | 'teamId'>[] = await database.db
		.select({ id: people.id, role: people.role, teamId: people.teamId })
		.from(people)
		.where(and(isNull(people.disabledAt), ne(people.employmentStatus, 'exited')))
		.orderBy(asc(people.id));
	const byTeam = new Map<number, number[]>();
	for (const r of rows) if (r.role === 'agent' && r.teamId !== null) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r.id]);
	const agentIds: number[] = [];
	for (let i = 0; agentIds.length < sessionMix.agent; i++) {
		const before = agentIds.length;
		for (const ids of byTeam.values()) if (ids[i] !== undefined && agentIds.length < sessionMix.agent) agentIds.push(ids[i]!);
		if (agentIds.length === before) throw new Error('not enough agents in the demo center');
	}
	const cycle = (ids: number[], n: number) => Array.from({ length: n }, (_, i) => ids[i % ids.length]!);
	const supervisors = rows.filter((r) => r.role === 'supervisor').map((r) => r.id);
	const hrAdmins = rows.filter((r) => r.role === 'hr' || r.role === 'admin').map((r) => r.id);
	const picks: { personId: number; plan: Plan }[] = [
		...agentIds.map((personId) => ({ personId, plan: 'agent' as const })),
		...cycle(supervisors, sessionMix.supervisor).map((personId) => ({ personId, plan: 'supervisor' as const })),
		...cycle(hrAdmins, sessionMix.hr).map((personId) => ({ personId, plan: 'hr' as const }))
	];
	const roleOf = new Map(rows.map((r) => [r.id, r.role]));
	const sessions: BenchSession[] = [];
	const random = mulberry32(7);
	for (const { personId, plan } of picks) {
		// Signed in over the last minute, not all at once: a session's lastSeenAt is rewritten once a
		// minute, and 50 sessions of the same age would make all those writes fall together.
		const { token } = await createSession(database, personId, Date.now() - Math.floor(random() * 60_000));
		sessions.push({ personId, role: roleOf.get(personId)!, plan, cookie: `${sessionCookieName}=${token}`, pages: [...pagesByPlan[plan]] });
	}
	return sessions;
}

/**
 * Asks every page of every session once (also the warm-up). A required page must answer 200:
 * a redirect or 403 means a wrong plan, and measuring it would measure the redirect.
 */
async function checkPlans(port: number, sessions: BenchSession[]): Promise<{ optional: Record<string, Record<string, number>> }> {
	const failures: string[] = [];
	await forEachLimited(
		sessions.flatMap((s) => s.pages.map((page) => ({ s, page }))),
		4,
		async ({ s, page }) => {
			const { status } = await fetchPage(port, page, s.cookie);
			if (status !== 200) failures.push(`${page} answered ${status} to ${s.role} ${s.personId}`);
		}
	);
	if (failures.length) throw new Error(`plan check failed:\n${failures.join('\n')}`);
	const optional: Record<string, Record<string, number>> = {};
	for (const page of optionalPages) {
		optional[page] = {};
		for (const plan of Object.keys(pagesByPlan) as Plan[]) {
			const first = sessions.find((s) => s.plan === plan)!;
			const status = (await fetchPage(port, page, first.cookie)).status;
			optional[page]![plan] = status;
			if (status !== 200) continue;
			for (const s of sessions.filter((x) => x.plan === plan)) {
				const again = (await fetchPage(port, page, s.cookie)).status;
				if (again !== 200) throw new Error(`${page} answered ${again} to ${s.role} ${s.personId}`);
				s.pages.push(page);
			}
		}
	}
	return { optional };
}

/** Each session's pages, starting at a different one so sessions don't move in step. */
function rotatePages(s: BenchSession, index: number): string[] {
	const k = index % s.pages.length;
	return [...s.pages.slice(k), ...s.pages.slice(0, k)];
}

async function runClosedLoop(port: number, sessions: BenchSession[], durationSeconds: number) {
	const samples: Sample[] = [];
	let next = 0;
	const instance = autocannon({
		url: `http://127.0.0.1:${port}`,
		connections: sessions.length,
		duration: durationSeconds,
		timeout: 10,
		setupClient: (client) => {
			const index = next++;
			const s = sessions[index % sessions.length]!;
			client.setRequests(rotatePages(s, index).map((path) => ({ method: 'GET', path, headers: { cookie: s.cookie, accept: 'text/html' } })));
		}
	});
	// With one request in flight per connection, the current request is the one just answered.
	instance.on('response', (client, status, bytes, ms) => samples.push({ page: client.requestIterator.currentRequest.path, ms, status, bytes }));
	const started = performance.now();
	const result = await instance;
	// autocannon counts a timeout (10 s) as an error too.
	return { samples, seconds: (performance.now() - started) / 1000, errors: result.errors - result.timeouts, timeouts: result.timeouts };
}

async function runPaced(port: number, sessions: BenchSession[], durationSeconds: number) {
	const samples: Sample[] = [];
	// Time from when each answered request was due to its answer: what the user waits when the
	// server is behind and their previous page is still loading.
	const fromDue: number[] = [];
	const random = mulberry32(20261123);
	let errors = 0;
	let lateStarts = 0;
	let notSent = 0;
	let offered = 0;
	const started = performance.now();
	const end = started + durationSeconds * 1000;
	const gap = () => pacedGapMs[0] + random() * (pacedGapMs[1] - pacedGapMs[0]);
	await Promise.all(
		sessions.map(async (s, index) => {
			const agent = new Agent({ keepAlive: true, maxSockets: 1 });
			const pages = rotatePages(s, index);
			let k = 0;
			for (let due = started + random() * pacedGapMs[1]; due < end; due += gap()) {
				offered++;
				const wait = due - performance.now();
				if (wait > 0) await sleep(wait);
				else if (performance.now() >= end) {
					// Still behind when the run ends: counted, not sent, so the run keeps its length.
					notSent++;
					continue;
				} else if (wait < -50) lateStarts++;
				try {
					const sample = await fetchPage(port, pages[k++ % pages.length]!, s.cookie, agent);
					samples.push(sample);
					fromDue.push(performance.now() - due);
				} catch {
					errors++;
				}
			}
			agent.destroy();
		})
	);
	fromDue.sort((a, b) => a - b);
	const pacing = { offered, notSent, lateStarts, fromDueP50: round(percentile(fromDue, 0.5)), fromDueP95: round(percentile(fromDue, 0.95)), fromDueP99: round(percentile(fromDue, 0.99)) };
	return { samples, seconds: (performance.now() - started) / 1000, errors, timeouts: 0, pacing };
}

function summarize(samples: Sample[], seconds: number) {
	const stats = (xs: Sample[]) => {
		const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
		return {
			requests: xs.length,
			perSecond: round(xs.length / seconds),
			p50: round(percentile(ms, 0.5)),
			p95: round(percentile(ms, 0.95)),
			p99: round(percentile(ms, 0.99)),
			max: round(ms[ms.length - 1] ?? NaN),
			non2xx: xs.filter((x) => x.status < 200 || x.status > 299).length,
			kilobytesMean: round(xs.reduce((a, x) => a + x.bytes, 0) / Math.max(1, xs.length) / 1024)
		};
	};
	const pages = [...new Set(samples.map((s) => s.page))].sort();
	return { overall: stats(samples), pages: Object.fromEntries(pages.map((p) => [p, stats(samples.filter((s) => s.page === p))])) };
}

async function measure(server: RunningServer, name: string, run: () => Promise<{ samples: Sample[]; seconds: number; errors: number; timeouts: number; pacing?: Record<string, number> }>, ticksPerSecond: number) {
	const loadAtStart = loadavg().map((l) => round(l));
	const peakReset = resetPeakMemory(server.pid);
	const serverCpuBefore = readCpuSeconds(server.pid, ticksPerSecond);
	const ownCpuBefore = process.cpuUsage();
	log(`${name} run: ${seconds} s…`);
	const result = await run();
	const ownCpu = process.cpuUsage(ownCpuBefore);
	const serverCpu = readCpuSeconds(server.pid, ticksPerSecond) - serverCpuBefore;
	const memory = readProcStatus(server.pid);
	return {
		loadAverageAtStart: loadAtStart,
		loadAverageAtEnd: loadavg().map((l) => round(l)),
		seconds: round(result.seconds),
		...summarize(result.samples, result.seconds),
		connectionErrors: result.errors,
		timeouts: result.timeouts,
		...(result.pacing ? { pacing: result.pacing } : {}),
		serverCpuCores: round(serverCpu / result.seconds, 2),
		// CPU time, not wall time: what the pages cost whatever else the machine is doing.
		serverCpuMsPerRequest: round((serverCpu * 1000) / Math.max(1, result.samples.length)),
		loadGeneratorCpuCores: round((ownCpu.user + ownCpu.system) / 1e6 / result.seconds, 2),
		serverPeakRssMegabytes: round(memory.hwmKb / 1024),
		serverPeakRssSince: peakReset ? 'this run' : 'server start',
		serverRssAtEndMegabytes: round(memory.rssKb / 1024)
	};
}

type Measured = Awaited<ReturnType<typeof measure>>;

function formatTable(title: string, run: Measured, rolesByPage: Map<string, Set<string>>): string {
	const lines = [
		`**${title}** (${run.seconds} s; load average ${run.loadAverageAtStart.join(' / ')} at the start, ${run.loadAverageAtEnd.join(' / ')} at the end)`,
		'',
		'| page | asked by | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx |',
		'|---|---|---|---|---|---|---|---|---|'
	];
	const row = (page: string, who: string, s: Measured['overall']) => `| ${page} | ${who} | ${s.requests} | ${s.perSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${s.non2xx} |`;
	for (const [page, s] of Object.entries(run.pages)) lines.push(row(`\`${page}\``, [...(rolesByPage.get(page) ?? [])].join(', '), s));
	lines.push(row('**all**', '', run.overall));
	lines.push(
		'',
		`Server: ${run.serverCpuCores} CPU cores busy, ${run.serverCpuMsPerRequest} ms of CPU per request, peak RSS ${run.serverPeakRssMegabytes} MB (since ${run.serverPeakRssSince}). Load generator: ${run.loadGeneratorCpuCores} cores. Connection errors ${run.connectionErrors}, requests unanswered after 10 s (left out of the latencies) ${run.timeouts}.`
	);
	const p = run.pacing;
	if (p) {
		lines.push(
			'',
			`Requests due: ${p.offered}; sent more than 50 ms late (the session's previous page still loading) ${p.lateStarts}; still unsent at the end ${p.notSent}. Counted from when each was due: p50 ${p.fromDueP50} ms, p95 ${p.fromDueP95} ms, p99 ${p.fromDueP99} ms.`
		);
	}
	return lines.join('\n');
}

// --- CPU profile --------------------------------------------------------------------------------

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

/** A frame's module: the build's without its hash, a package, a node: module; '' for the VM's own. */
function framePlace(frame: CpuProfile['nodes'][number]['callFrame'], buildDir: string): string {
	const url = decodeURIComponent(frame.url.replace(/^file:\/\//, ''));
	const packageMatch = /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (packageMatch) return packageMatch[1]!;
	if (url.startsWith(buildDir)) return url.slice(buildDir.length + 1).replace(/^server\/chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
	return url;
}

function describeFrame(frame: CpuProfile['nodes'][number]['callFrame'], buildDir: string): string {
	const name = frame.functionName || '(anonymous)';
	const place = framePlace(frame, buildDir);
	return place ? `${name} ${place}:${frame.lineNumber + 1}` : name;
}

// SvelteKit's and Svelte's own modules in the build, and the layouts (whose time includes the
// page's): left out of the frames-on-the-stack list, which would otherwise be all framework.
const frameworkModules = /^(index\.js|handler(\.js)?|env\.js|manifest\.js|shims\.js|chunks\/(index|root|utils|utils2|internal|exports|server)\.js|entries\/pages\/(\(app\)\/)?_layout\.svelte\.js|entries\/hooks\.server\.js)$/;

/**
 * Self time by frame; time with an app frame on the stack; time by kind, from the top frame:
 * the libSQL driver, Drizzle, garbage collection, else Svelte's server render when
 * render_response is on the stack, else the rest (loads, hooks, SvelteKit).
 */
function analyzeProfile(profile: CpuProfile, buildDir: string) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const kinds = { libsql: 0, drizzle: 0, gc: 0, render: 0, other: 0 };
	let busy = 0;
	let idle = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const top = byId.get(id)!;
		if (top.callFrame.functionName === '(idle)') {
			idle += ms;
			return;
		}
		busy += ms;
		const topKey = describeFrame(top.callFrame, buildDir);
		self.set(topKey, (self.get(topKey) ?? 0) + ms);
		const onStack: string[] = [];
		let rendering = false;
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at)!.callFrame;
			if (frame.functionName === 'render_response') rendering = true;
			if (frame.url.includes(buildDir) && !frameworkModules.test(framePlace(frame, buildDir))) onStack.push(describeFrame(frame, buildDir));
		}
		for (const key of new Set(onStack)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
		// Queries run after an await, so the app function that asked for them is not on this stack.
		const sql = /libsql/.test(top.callFrame.url) ? 'libsql' : top.callFrame.url.includes('drizzle-orm') ? 'drizzle' : null;
		if (sql) kinds[sql] += ms;
		else if (top.callFrame.functionName === '(garbage collector)') kinds.gc += ms;
		else if (rendering) kinds.render += ms;
		else kinds.other += ms;
	});
	const top = (m: Map<string, number>, n: number) =>
		[...m.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([frame, ms]) => ({ frame, ms: round(ms), share: round(ms / busy, 3) }));
	return {
		busyMs: round(busy),
		idleMs: round(idle),
		share: Object.fromEntries(Object.entries(kinds).map(([k, ms]) => [k, round(ms / busy, 3)])),
		topSelf: top(self, 12),
		topOnStack: top(inclusive, 15)
	};
}

async function profilePages(buildDir: string, databaseUrl: string, sessions: BenchSession[], dir: string) {
	const wanted = profileArg!.includes('=') ? profileArg!.split('=')[1]!.split(',') : [...new Set(sessions.flatMap((s) => s.pages))];
	const results: Record<string, unknown> = {};
	for (const page of wanted) {
		const askers = sessions.filter((s) => s.pages.includes(page)).map((s) => ({ ...s, pages: [page] }));
		if (!askers.length) throw new Error(`no session asks for ${page}`);
		const profileDir = join(dir, `profile-${Object.keys(results).length}`);
		const server = await startServer(buildDir, databaseUrl, profileDir);
		log(`profiling ${page}: ${askers.length} connections, ${profileSeconds} s…`);
		for (const s of askers) await fetchPage(server.port, page, s.cookie);
		const run = await runClosedLoop(server.port, askers, profileSeconds);
		const clean = await stopServer(server);
		const file = clean ? readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
		const profile = file ? analyzeProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, buildDir) : null;
		results[page] = {
			connections: askers.length,
			...summarize(run.samples, run.seconds).overall,
			// Server start-up and the warm-up requests included: an upper bound.
			busyMsPerRequest: profile ? round(profile.busyMs / (run.samples.length + askers.length)) : null,
			profile: profile ?? 'no profile: the server did not exit cleanly'
		};
	}
	return results;
}

async function main() {
	const loadAtStart = loadavg().map((l) => round(l));
	const build = await ensureBuild();
	const dir = mkdtempSync(join(tmpdir(), 'tend-dashboard-load-'));
	// Inside the project so the build's bare imports still find node_modules.
	const buildDir = join(root, '.cache', `bench-dashboard-${process.pid}`, 'build');
	let server: RunningServer | undefined;
	const stopOnSignal = () => {
		server?.child.kill('SIGKILL');
		process.exit(130);
	};
	process.on('SIGINT', stopOnSignal);
	process.on('SIGTERM', stopOnSignal);
	try {
		cpSync(join(root, 'build'), buildDir, { recursive: true });
		const databaseUrl = `file:${join(dir, 'tend.db')}`;
		const database = await openDatabase(databaseUrl);
		await migrateDatabase(database, join(root, 'drizzle'));
		const today = new Date().toISOString().slice(0, 10);
		log(`Seeding the full demo center for ${today}…`);
		let started = performance.now();
		const seeded = await seedDemo(database, { today, scale: 'full', passwordHash: await hashPassword(demoPassword) });
		const seedSeconds = round((performance.now() - started) / 1000);
		const sessions = await createBenchSessions(database);
		database.close();

		server = await startServer(buildDir, databaseUrl);
		started = performance.now();
		const plans = await checkPlans(server.port, sessions);
		const checkSeconds = round((performance.now() - started) / 1000);
		const rolesByPage = new Map<string, Set<string>>();
		for (const s of sessions) for (const p of s.pages) rolesByPage.set(p, (rolesByPage.get(p) ?? new Set()).add(s.plan === 'hr' ? 'hr/admin' : s.plan));
		const setup = {
			date: new Date().toISOString(),
			node: process.version,
			loadAverageAtStart: loadAtStart,
			build,
			seedSeconds,
			seeded: { people: seeded.people, activeAgents: seeded.activeAgents, supervisors: seeded.supervisors, teams: seeded.teams },
			sessions: { total: sessions.length, distinctPeople: new Set(sessions.map((s) => s.personId)).size, byRole: Object.fromEntries(['agent', 'supervisor', 'hr', 'admin'].map((r) => [r, sessions.filter((s) => s.role === r).length])) },
			pagesByPlan: Object.fromEntries((Object.keys(pagesByPlan) as Plan[]).map((p) => [p === 'hr' ? 'hr/admin' : p, sessions.find((s) => s.plan === p)!.pages])),
			optionalPagesStatus: plans.optional,
			planCheckSeconds: checkSeconds
		};

		if (profileArg) {
			await stopServer(server);
			server = undefined;
			console.log(JSON.stringify({ setup, profiles: await profilePages(buildDir, databaseUrl, sessions, dir) }, null, 2));
			return;
		}

		const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
		const port = server.port;
		const closed = await measure(server, 'closed-loop', () => runClosedLoop(port, sessions, seconds), ticksPerSecond);
		// The server is still answering the requests in flight when autocannon stops.
		await sleep(5000);
		const paced = await measure(server, 'paced', () => runPaced(port, sessions, seconds), ticksPerSecond);
		const serverErrors = server.stderrTail.length;
		console.log(JSON.stringify({ setup, closedLoop: closed, paced, serverStderrLines: serverErrors }, null, 2));
		console.log(
			[
				'',
				`${setup.date.slice(0, 16)} UTC, Node ${setup.node}, load average at start ${loadAtStart.join(' / ')}; ${sessions.length} sessions (${Object.entries(setup.sessions.byRole)
					.map(([r, n]) => `${n} ${r}`)
					.join(', ')}; ${setup.sessions.distinctPeople} people).`,
				'',
				formatTable(`Closed loop: ${sessions.length} connections, back to back`, closed, rolesByPage),
				'',
				formatTable(`Paced: ${sessions.length} sessions, one request every ${pacedGapMs[0] / 1000}-${pacedGapMs[1] / 1000} s each`, paced, rolesByPage)
			].join('\n')
		);
		if (serverErrors) log(`server stderr (last lines):\n${server.stderrTail.join('\n')}`);
	} finally {
		if (server) await stopServer(server);
		rmSync(dirname(buildDir), { recursive: true, force: true });
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
