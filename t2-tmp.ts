import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { parseCurtois } from './src/lib/domain/roster/curtois-format';
import { emptyRoster } from './src/lib/domain/roster/curtois-model';
import { buildMip, solveMip } from './src/lib/domain/roster/curtois-mip';
const highs = await loadHighs();
for (const n of process.argv.slice(2)) {
  const inst = parseCurtois(readFileSync(`/work/shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8'));
  const cur = emptyRoster(inst);
  const t0 = Date.now();
  for (let e = 0; e < Math.min(10, inst.staff.length); e++) {
    const mip = buildMip(inst, cur, (ee) => ee === e);
    const r = solveMip(highs, inst, cur, mip, { timeLimit: 60, now: Date.now, deadline: Date.now() + 60000 });
  }
  console.log(n, 'per-employee', (Date.now() - t0) / Math.min(10, inst.staff.length), 'ms');
  // LP relaxation of full
  const t1 = Date.now();
  const lp = buildMip(inst, cur, () => true, true);
  const r = solveMip(highs, inst, cur, lp, { timeLimit: 60, now: Date.now, deadline: Date.now() + 60000 });
  console.log(n, 'LP', r.status, r.objective, (Date.now() - t1), 'ms');
}
