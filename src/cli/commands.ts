import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDatabase, isFileUrl, type Database } from '$lib/server/db';
import { backupDatabase } from '$lib/server/db/backup';
import { purgeExpiredSurveyData } from '$lib/server/personal-data';
import { importOutcomes } from '$lib/server/outcome-import';
import { hashPassword } from '$lib/server/auth/password';
import { isDatabaseEmpty, seedDemo } from '../../seeds/demo';
import { CliError } from './cli-error';
import { staffingCommand } from './staffing-command';
import { forecastCommand } from './forecast-command';
import { rosterCommand } from './roster-command';
import { riskCommand } from './risk-command';
import { empathyCommand } from './empathy-command';

export { CliError };

export const demoPassword = 'tend-demo-password';

export const helpText = `tend: Tend's command line. JSON on stdin and stdout; errors as {"error": "..."} with a non-zero exit.

Usage: npm run -s tend -- <command>

Commands:
  --help                     this text
  db migrate                 apply the SQL migrations in drizzle/ to DATABASE_URL
  db seed --demo             seed the deterministic demo contact center (refuses a non-empty database)
      [--if-empty]           do nothing, successfully, when the database already has data
      [--small]              a tiny center (2 teams, 14 days of history) for tests
      [--today YYYY-MM-DD]   the day seeding happens; history ends the day before (default: today, UTC)
  db backup FILE             write a consistent copy of the file database to FILE (VACUUM INTO)
  db retention               clear expired survey comments and delete expired survey answers (the server also does it daily)
  outcomes import FILE [--organization 1]
                             import outcomes from a CSV file, one row per interaction or, with a worked_minutes
                             column, per agent and day (all rows or none; errors name row and column)
  staffing                   agents needed per interval (Erlang C / Erlang A); JSON in, JSON out:
      {"model":"erlang_c"|"erlang_a","interval_minutes":30,"service_level":0.8,"answer_seconds":20,
       "max_occupancy":0.85,"shrinkage":0.3,"patience_seconds":120,
       "intervals":[{"start":"2026-01-05T08:00:00Z","volume":100,"aht_seconds":180,"agents":14}]}
  forecast                   offered volume per future interval; JSON in, JSON out:
      {"interval_minutes":5,"history":[{"start":"...","volume":123}],"starts":["..."]}
  roster --format curtois [--time-limit 60] [--seed 1] [--threads 2] < InstanceN.txt
                             solve a Curtois & Qu shift-scheduling instance (text on stdin),
                             one independent search per thread (default: up to 2 cores);
      writes {"objective":607,"lower_bound":607,"seconds":3.2,"assignments":[{"employee":"A","day":0,"shift":"D"}]}
  empathy                    empathy of practice replies, EPITOME mechanisms 0 (none) / 1 (weak) / 2 (strong); JSON in, JSON out:
      {"items":[{"seeker":"...","response":"..."}]}
      writes {"items":[{"emotional_reaction":0,"interpretation":1,"exploration":2}]}
  risk [--with-model]        turnover risk (L2 logistic regression, penalty by cross-validation); JSON in, JSON out:
      {"train":[{"features":{"Age":41,"OverTime":"Yes"},"left":true}],"score":[{"features":{...}}]}
      writes {"scores":[0.31],"explanations":[[{"feature":"OverTime","contribution":0.8}]]}
      (--with-model adds "model": kind, fallback reason when there are too few exits, penalty)

Environment: DATABASE_URL (default file:data/tend.db; http://host:port for a libSQL server).`;

type Stdin = () => Promise<string>;

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const value = args[i + 1];
	if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value`);
	return value;
}

async function seedCommand(database: Database, args: string[]) {
	if (!args.includes('--demo')) throw new CliError('db seed needs --demo (the only seed there is)');
	const today = option(args, '--today') ?? new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new CliError(`--today must be a date YYYY-MM-DD, got "${today}"`);
	if (!(await isDatabaseEmpty(database))) {
		if (args.includes('--if-empty')) return { seeded: false, reason: 'database already has data' };
		throw new CliError('the database already has data; the demo seed only fills an empty database');
	}
	const started = performance.now();
	const summary = await seedDemo(database, { today, scale: args.includes('--small') ? 'small' : 'full', passwordHash: await hashPassword(demoPassword) });
	return { seeded: true, seconds: Math.round((performance.now() - started) / 100) / 10, summary };
}

async function backupCommand(database: Database, args: string[]) {
	const file = args[0];
	if (!file) throw new CliError('db backup needs a FILE to write');
	if (!isFileUrl(database.url)) throw new CliError('db backup copies an embedded file database; back up a libSQL server with its own snapshots');
	const target = resolve(file);
	if (existsSync(target)) throw new CliError(`${file} already exists; choose a new file name`);
	await backupDatabase(database, target);
	return { backup: target, bytes: statSync(target).size };
}

export async function runCommand(args: string[], stdin: Stdin): Promise<unknown> {
	const [group, verb, ...rest] = args;
	if (!group || group === '--help' || group === 'help' || group === '-h') return helpText;
	if (group === 'db') {
		const database = await getDatabase(); // opens and migrates
		try {
			if (verb === 'migrate') return { migrated: true, url: database.url.replace(/\/\/[^@/]*@/, '//***@') };
			if (verb === 'seed') return await seedCommand(database, rest);
			if (verb === 'backup') return await backupCommand(database, rest);
			if (verb === 'retention') return await purgeExpiredSurveyData(database, new Date().toISOString().slice(0, 10), Date.now());
			throw new CliError(`unknown db command "${verb ?? ''}"; see tend --help`);
		} finally {
			database.close();
		}
	}
	if (group === 'outcomes') {
		if (verb !== 'import' || !rest[0]) throw new CliError('outcomes import needs a FILE (a CSV of interaction or agent-day outcomes)');
		if (!existsSync(rest[0])) throw new CliError(`${rest[0]} does not exist`);
		const organization = Number(option(rest, '--organization') ?? '1');
		const database = await getDatabase();
		try {
			const result = await importOutcomes(database, organization, resolve(rest[0]), null, Date.now());
			if (!result.ok) throw new CliError(`nothing imported: ${result.errors.map((e) => `row ${e.row}, ${e.column}: ${e.code}`).slice(0, 10).join('; ')}${result.moreErrors || result.errors.length > 10 ? ' …' : ''}`);
			return result;
		} finally {
			database.close();
		}
	}
	if (group === 'staffing') return staffingCommand(parseJson(await stdin()));
	if (group === 'forecast') return forecastCommand(parseJson(await stdin()));
	if (group === 'roster') return rosterCommand(args.slice(1), await stdin());
	if (group === 'empathy') return empathyCommand(parseJson(await stdin()));
	if (group === 'risk') {
		const unknown = args.slice(1).filter((a) => a !== '--with-model');
		if (unknown.length) throw new CliError(`unknown option ${unknown[0]}; risk takes only --with-model`);
		return riskCommand(parseJson(await stdin()), args.includes('--with-model'));
	}
	throw new CliError(`unknown command "${args.join(' ')}"; see tend --help`);
}

function parseJson(text: string): unknown {
	if (!text.trim()) throw new CliError('expected JSON on standard input, got nothing');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new CliError(`standard input is not valid JSON: ${(error as Error).message}`);
	}
}
