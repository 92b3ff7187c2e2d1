// `npm run bench [-- --quick]`: a big centre's day against the real server, beside the bare stack, then the
// region hub under 500 offices (hub-phase.ts).
// Prints a table, then one summary line (the last line) that docs/benchmarks.md and CI read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareBaseline } from './bare.js';
import { bigCentre, DISPLAYS, KIOSKS } from './big-centre.js';
import { cpuMsOf, memoryOf, startKezek } from './child.js';
import { caseReportTimes, casePhase, seedCaseHistory } from './cases.js';
import { connect, connectAll } from './clients.js';
import { fsyncCeiling } from './disk.js';
import { FLOOD_SOCKETS, startLoginFlood } from './flood.js';
import { hubPhase } from './hub-phase.js';
import { HUB_PLANS } from './hub-plan.js';
import { hubRows, hubSummary } from './hub-result.js';
import { finishVisits, officeDay, openDesks, type Hall } from './office-day.js';
import { addPaperKiosk, barePaper, paperDuring, warmPaper } from './paper.js';
import { pollPhones } from './phones.js';
import { reportTimes } from './reports.js';
import { seedDataDir, timeReplay } from './replay.js';
import { saturate } from './saturate.js';
import { percentile as p, round, table, type Row } from './stats.js';

const quick = process.argv.includes('--quick');
const plan = quick
  ? {
      dayMs: 12_000,
      phonesMs: 8_000,
      floodMs: 12_000,
      saturateMs: 4_000,
      diskMs: 2_000,
      reportRuns: 3,
      replayRuns: 1,
      casesMs: 4_000,
    }
  : {
      dayMs: 120_000,
      phonesMs: 40_000,
      floodMs: 60_000,
      saturateMs: 20_000,
      diskMs: 8_000,
      reportRuns: 10,
      replayRuns: 3,
      casesMs: 15_000,
    };
/** Phones in the hall on the public page, each asking every second. */
const PHONES = 200;
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const fmt = (n: number) => String(round(n));

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kezek-bench-'));
  try {
    const centre = bigCentre();
    const paper = await addPaperKiosk(centre.settings);
    const seeded = await seedDataDir(dir, centre.settings);
    log(`seeded a day of ${seeded.events} events (${seeded.entries} journal lines)`);
    const history = await seedCaseHistory(dir, centre.config, Date.now());
    log(`seeded ${history} archived cases (five years)`);
    const replays: number[] = [];
    for (let i = 0; i < plan.replayRuns; i++) replays.push(await timeReplay(dir, centre.config));
    const replayMs = p(replays, 50);
    const disk = await fsyncCeiling(dir, plan.diskMs);
    log(`replay ${fmt(replayMs)} ms; disk ceiling ${Math.round(disk.opsPerSec)} append+fdatasync/s`);

    // The command limits are meant for people; the bench's kiosks issue far faster than any.
    const server = await startKezek(dir, { KEZEK_RATE_LIMIT: '100000/100000' });
    const health = async () =>
      (await (await fetch(`${server.url}/api/health`)).json()) as {
        eventLoopDelayP99Ms: number;
        ticketsToday: number;
      };
    let hall: Hall;
    const loopP99: number[] = [];
    const rss: number[] = [];
    try {
      const sockets = await connectAll(server.url, [
        ...centre.kioskTokens,
        ...centre.operatorTokens,
        ...centre.displayTokens,
      ]);
      hall = {
        kiosks: sockets.slice(0, KIOSKS),
        operators: sockets.slice(KIOSKS, KIOSKS + centre.operatorTokens.length),
        displays: sockets.slice(KIOSKS + centre.operatorTokens.length),
      };
      log(`${sockets.length} clients connected; server started in ${fmt(server.startMs)} ms`);
      await openDesks(hall);
      const paperSocket = await connect(server.url, paper.token);
      await warmPaper(paperSocket, paper);
      await health(); // resets the loop-delay window
      const poll = setInterval(() => {
        rss.push(memoryOf(server.pid).rssMB);
        void health().then(
          (h) => loopP99.push(h.eventLoopDelayP99Ms),
          () => undefined,
        );
      }, 1000);
      const [day, printed] = await Promise.all([
        officeDay(hall, plan.dayMs),
        paperDuring(paperSocket, paper, plan.dayMs),
      ]);
      clearInterval(poll);
      paperSocket.disconnect();
      const tickets = (await health()).ticketsToday;
      log(`office day: ${day.commands} commands, peak ${day.peakPerSecond}/s, ${tickets} tickets today`);
      // The same office working on while 200 phones poll the public figures.
      await finishVisits(hall);
      const phones = pollPhones(server.url, PHONES);
      const busy = await officeDay(hall, plan.phonesMs);
      const polled = await phones.stop();
      log(`with ${PHONES} phones: ${polled.requests} /api/open answers (${polled.failed} failed)`);
      // And again, with strangers' sockets guessing passwords beside it.
      await finishVisits(hall);
      const flood = await startLoginFlood(server.url);
      const floodDay = await officeDay(hall, plan.floodMs);
      const guesses = await flood.stop();
      log(`flood day: ${floodDay.issueMs.length} tickets; guesses ${JSON.stringify(guesses.answers)}`);
      const cpu0 = cpuMsOf(server.pid);
      const sat = await saturate(hall.kiosks, hall.operators, plan.saturateMs);
      const cpuPerCommand = (cpuMsOf(server.pid) - cpu0) / sat.done;
      const mem = memoryOf(server.pid);
      log(`durable ${Math.round(sat.opsPerSec)} ops/s; refused ${JSON.stringify(sat.refused)}`);
      const sectorIds = centre.config.sectors.map((x) => x.id);
      const cases = await casePhase(hall.operators, sectorIds, plan.casesMs);
      const head = await connect(server.url, centre.headToken);
      const caseReports = await caseReportTimes(
        head,
        Date.now(),
        Math.max(2, Math.ceil(plan.reportRuns / 3)),
      );
      head.disconnect();
      const caseAnswer99 = p(cases.answerMs, 99);
      const caseReport = p(caseReports, 50);
      log(`cases: ${cases.answerMs.length} answered, ${cases.refused} refused; report ${fmt(caseReport)} ms`);
      for (const s of sockets) s.disconnect();
      if (!day.captured) throw new Error('no display heard a call');

      const bare = await bareBaseline(day.beats, day.captured, {
        kiosks: KIOSKS,
        operators: hall.operators.length,
        displays: DISPLAYS,
      });
      if (!printed.sample) throw new Error('the printing kiosk printed nothing during the day');
      const bareMs = await barePaper(
        centre.config,
        centre.settings.content,
        printed.sample,
        paper.printer,
        30,
      );
      const paper99 = p(printed.ms, 99);
      const bare99 = p(bareMs, 99);
      const reports = await reportTimes(centre.config, plan.reportRuns);
      const dayReport = p(reports.dayMs, 50);
      const yearReport = p(reports.yearMs, 50);
      // The region hub, on PostgreSQL, with the office's clients gone and its server idle.
      const hub = await hubPhase(quick ? HUB_PLANS.quick : HUB_PLANS.full, log);

      const quiet99 = p(day.issueMs, 99);
      const phones99 = p(busy.issueMs, 99);
      const phonesRatio = phones99 / quiet99;
      const flood99 = p(floodDay.issueMs, 99);
      const floodRatio = flood99 / quiet99;
      const c99 = p(day.callToDisplayMs, 99);
      const b99 = p(bare.callToDisplayMs, 99);
      const ratio = c99 / b99;
      const pct = (100 * sat.opsPerSec) / disk.opsPerSec;
      const rssDay = Math.max(...rss, 0);
      const rows: Row[] = [
        [
          'issue ack p50 / p99',
          `${fmt(p(day.issueMs, 50))} / ${fmt(p(day.issueMs, 99))} ms`,
          `${fmt(p(bare.ackMs, 50))} / ${fmt(p(bare.ackMs, 99))} ms`,
          `${day.issueMs.length} tickets issued`,
        ],
        [
          `issue ack p99 with ${PHONES} phones on /open`,
          `${fmt(phones99)} ms`,
          `quiet ${fmt(quiet99)} ms`,
          `x${round(phonesRatio, 2)} (target <= 1.1); ${polled.requests} answers, p99 ${fmt(p(polled.ms, 99))} ms`,
        ],
        [
          'issue ack p99 beside a login flood',
          `${fmt(flood99)} ms`,
          `quiet ${fmt(quiet99)} ms`,
          `x${round(floodRatio, 2)} (target <= 2); ${floodDay.issueMs.length} issued, ` +
            `${floodDay.issueFailed} failed; ${FLOOD_SOCKETS} sockets, ${guesses.attempts} guesses`,
        ],
        [
          'call-next ack p50 / p99',
          `${fmt(p(day.callMs, 50))} / ${fmt(p(day.callMs, 99))} ms`,
          '',
          `${day.callMs.length} calls`,
        ],
        [
          'call -> last display p50 / p99',
          `${fmt(p(day.callToDisplayMs, 50))} / ${fmt(c99)} ms`,
          `${fmt(p(bare.callToDisplayMs, 50))} / ${fmt(b99)} ms`,
          `x${round(ratio, 2)} (target <= 1.5); ${DISPLAYS} displays, ${day.missed + bare.missed} missed`,
        ],
        [
          'kiosk -> paper p50 / p99',
          `${fmt(p(printed.ms, 50))} / ${fmt(paper99)} ms`,
          `${fmt(p(bareMs, 50))} / ${fmt(bare99)} ms`,
          `${printed.ms.length} tickets to a TCP printer, ${printed.failed} failed; target p99 < 300 ms`,
        ],
        [
          'office day load',
          `${day.commands} commands, peak ${day.peakPerSecond}/s`,
          '',
          `${Math.round(plan.dayMs / 1000)} s, 200 clients`,
        ],
        [
          'durable commands/s',
          `${Math.round(sat.opsPerSec)}`,
          `${Math.round(disk.opsPerSec)} append+fdatasync/s`,
          `${round(pct)}% (target >= 50%)`,
        ],
        [
          'server CPU per durable command',
          `${round(cpuPerCommand, 3)} ms`,
          `${round(1000 / disk.opsPerSec, 3)} ms per sync`,
          `one core allows ${Math.round(1000 / cpuPerCommand)} commands/s`,
        ],
        ['fdatasync p50', '', `${fmt(disk.p50Ms)} ms`, 'the disk under the data folder'],
        [
          'event-loop delay p99 (max over 1 s windows)',
          `${fmt(Math.max(...loopP99, 0))} ms`,
          '',
          'from /api/health during the day',
        ],
        [
          'server RSS, day / after saturation / peak',
          `${fmt(rssDay)} / ${fmt(mem.rssMB)} / ${fmt(mem.peakMB)} MB`,
          '',
          `target < 150 MB; ${tickets} tickets at end of day`,
        ],
        ['replay (Office.start)', `${fmt(replayMs)} ms`, '', `${seeded.events} events; target < 1000 ms`],
        ['server start to listening', `${fmt(server.startMs)} ms`, '', 'node start + settings + replay'],
        ['day report', `${fmt(dayReport)} ms`, '', `${reports.ticketsPerDay} tickets; target < 20 ms`],
        ['year report', `${fmt(yearReport)} ms`, '', `250 days x ${reports.ticketsPerDay}; target < 300 ms`],
        [
          'case open / answer ack p99',
          `${fmt(p(cases.openMs, 99))} / ${fmt(caseAnswer99)} ms`,
          '',
          `${cases.answerMs.length} cases opened, noted and answered by ${hall.operators.length} specialists`,
        ],
        ['case report (last year)', `${fmt(caseReport)} ms`, '', `${history} archived cases over five years`],
        ...hubRows(hub),
      ];
      process.stdout.write(`\n${table(rows)}\n\n`);
      process.stdout.write(
        `bench: call->display p99 ${fmt(c99)} ms (bare ${fmt(b99)} ms, x${round(ratio, 2)}); ` +
          `durable ${Math.round(sat.opsPerSec)} ops/s (ceiling ${Math.round(disk.opsPerSec)}, ${Math.round(pct)}%); ` +
          `day report ${fmt(dayReport)} ms; year report ${fmt(yearReport)} ms; rss ${fmt(rssDay)} MB; replay ${fmt(replayMs)} ms; ` +
          `phones issue p99 ${fmt(phones99)} ms (quiet ${fmt(quiet99)} ms, x${round(phonesRatio, 2)}); ` +
          `kiosk->paper p99 ${fmt(paper99)} ms (bare ${fmt(bare99)} ms); ` +
          `flood issue p99 ${fmt(flood99)} ms (quiet ${fmt(quiet99)} ms, x${round(floodRatio, 2)}); ` +
          `case answer p99 ${fmt(caseAnswer99)} ms; case report ${fmt(caseReport)} ms; ${hubSummary(hub)}\n`,
      );
    } finally {
      await server.stop();
      await paper.printer.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
