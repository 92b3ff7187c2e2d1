// `node server/dist/bench/hub-main.js [--quick] [--offices N] [--year-only]`: the hub phase of `npm run bench` on its
// own, for work on the hub without the office's ten minutes first. Prints the table and the hub's
// pieces of the summary line.
import { hubPhase } from './hub-phase.js';
import { HUB_PLANS, type HubPlan } from './hub-plan.js';
import { hubRows, hubSummary } from './hub-result.js';
import { table } from './stats.js';

const argv = process.argv.slice(2);
const plan: HubPlan = { ...(argv.includes('--quick') ? HUB_PLANS.quick : HUB_PLANS.full) };
const offices = Number(argv[argv.indexOf('--offices') + 1]);
if (argv.includes('--offices') && offices > 0) {
  plan.big = Math.max(1, Math.round(offices / 25));
  plan.district = Math.max(0, offices - plan.big);
}
if (argv.includes('--year-only')) plan.yearOnly = true;
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

hubPhase(plan, log).then(
  (r) => {
    const line = r.forward ? `\nbench: ${hubSummary(r)}\n` : '';
    process.stdout.write(`\n${table(hubRows(r))}\n${line}`);
    process.exit(0);
  },
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
