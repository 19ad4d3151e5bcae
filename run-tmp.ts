import { readFileSync } from 'node:fs';
import { rosterCommand } from "./src/cli/roster-command";
const [lim, ...ns] = process.argv.slice(2);
for (const n of ns) {
  const text = readFileSync(`/work/shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8');
  try { const r = await rosterCommand(['--time-limit', lim!], text); console.log(n, r.objective, r.lower_bound, r.seconds); }
  catch (e) { console.log(n, 'ERR', (e as Error).message); }
}
