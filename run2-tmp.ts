import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { parseCurtois } from "./src/lib/domain/roster/curtois-format";
import { solveCurtois, mulberry32 } from "./src/lib/domain/roster/curtois-solver";
const highs = await loadHighs();
const [lim, ...ns] = process.argv.slice(2);
for (const n of ns) {
  const inst = parseCurtois(readFileSync(`/work/shared/data/curtois-shift-scheduling/instances/Instance${n}.txt`, 'utf8'));
  const r = solveCurtois(highs, inst, { timeLimitSeconds: Number(lim), now: Date.now, random: mulberry32(1) });
  console.log(n, r.objective, r.lowerBound, r.log.join(' | '));
}
