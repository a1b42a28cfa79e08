// node report.mjs RESULTS_FILE
//
// Prints the API benchmark's table from run.sh's results (tab-separated lines):
//   <server> run <scenario> <round> <requests> <duration_us> <p50_us> <p99_us> <cpu_seconds>
//                <timeouts> <socket_errors>
//   <server> meta <first_answer_ms median> <first_answer_ms min> <peak_rss_kib>
// Each number of the table is the median over the rounds of a scenario. The ratio
// peer/ours of server CPU per request is taken round by round (the two servers ran
// seconds apart) and its median and range are shown, with PASS/MISS against the
// targets on the medians (informational: this never fails).
import { readFileSync } from 'node:fs';

const SCENARIOS = [
  ['health', 'GET /health (HTTP ceiling)'],
  ['a', '(a) perfVod(id)'],
  ['b', '(b) perfVods, one day'],
  ['c', '(c) perfVods, month+group'],
  ['d', '(d) introspection query'],
  ['e', '(e) perfVods(ids: 50)'],
];
const P99_TARGET_US = 5000;
const CPU_RATIO_TARGET = 5;
const RSS_TARGET_KIB = 64 * 1024;
const FIRST_ANSWER_TARGET_MS = 100;

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// runs['ours/a'] = [{ round, rps, p50, p99, cpuUs, timeouts, socketErrors }, ...]
const runs = {};
const meta = {};
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const [server, kind, ...f] = line.split('\t');
  if (kind === 'run') {
    const [scenario, ...numbers] = f;
    const [round, requests, durationUs, p50, p99, cpuSeconds, timeouts, socketErrors] =
      numbers.map(Number);
    (runs[`${server}/${scenario}`] ??= []).push({
      round, rps: requests / (durationUs / 1e6), p50, p99, cpuUs: (cpuSeconds * 1e6) / requests,
      timeouts, socketErrors,
    });
  } else if (kind === 'meta') {
    meta[server] = { firstAnswerMs: Number(f[0]), firstAnswerMinMs: Number(f[1]), rssKib: Number(f[2]) };
  }
}

// The medians of a server's rounds of one scenario (errors summed), or undefined.
const summary = (list) => list && {
  rounds: list.length,
  rps: median(list.map((r) => r.rps)),
  p50: median(list.map((r) => r.p50)),
  p99: median(list.map((r) => r.p99)),
  cpuUs: median(list.map((r) => r.cpuUs)),
  timeouts: list.reduce((sum, r) => sum + r.timeouts, 0),
  socketErrors: list.reduce((sum, r) => sum + r.socketErrors, 0),
};

// peer/ours CPU per request of each round both servers ran.
const roundRatios = (ours, peer) => (ours ?? []).flatMap((o) => {
  const p = (peer ?? []).find((r) => r.round === o.round);
  return p ? [p.cpuUs / o.cpuUs] : [];
});

const ms = (us) => (us / 1000).toFixed(2);
const cells = (r) => (r
  ? [r.rps.toFixed(0), ms(r.p50), ms(r.p99), r.cpuUs.toFixed(1)]
  : ['-', '-', '-', '-']);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

const header = ['scenario', 'ours rps', 'p50 ms', 'p99 ms', 'CPU µs/req',
  'peer rps', 'p50 ms', 'p99 ms', 'CPU µs/req', 'CPU peer/ours', 'targets'];
const rows = [header];
let roundCount = 0;
for (const [key, label] of SCENARIOS) {
  const ours = summary(runs[`ours/${key}`]);
  const peer = summary(runs[`peer/${key}`]);
  if (!ours && !peer) continue;
  roundCount = Math.max(roundCount, ours?.rounds ?? 0, peer?.rounds ?? 0);
  const ratios = roundRatios(runs[`ours/${key}`], runs[`peer/${key}`]);
  const ratio = ratios.length ? median(ratios) : null;
  const range = ratios.length > 1
    ? ` (${Math.min(...ratios).toFixed(1)}-${Math.max(...ratios).toFixed(1)})` : '';
  const targets = [];
  if (key !== 'health' && ratio !== null) {
    targets.push(`CPU 1/${CPU_RATIO_TARGET}: ${verdict(ratio >= CPU_RATIO_TARGET)}`);
  }
  if (['a', 'b', 'e'].includes(key) && ours) {
    targets.push(`p99<5ms: ${verdict(ours.p99 < P99_TARGET_US)}`);
  }
  rows.push([label, ...cells(ours), ...cells(peer),
    ratio === null ? '-' : `${ratio.toFixed(1)}x${range}`, targets.join(', ')]);
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
for (const row of rows) {
  console.log(row.map((cell, i) => (i === 0 || i === row.length - 1
    ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

console.log('');
if (roundCount > 1) {
  console.log(`Medians of ${roundCount} runs per server; in brackets, the range of the CPU ` +
    'ratio over the rounds (each round pairs two runs made seconds apart).');
}
for (const [key, label] of SCENARIOS) {
  for (const server of ['ours', 'peer']) {
    const r = summary(runs[`${server}/${key}`]);
    if (r?.socketErrors > 0) {
      const runsText = r.rounds > 1 ? ` over ${r.rounds} runs` : '';
      console.log(`${server} ${label}: ${r.socketErrors} socket errors in wrk${runsText}, ` +
        `${r.timeouts} of them timeouts (no answer within 5 s); p99 counts only answered requests`);
    }
  }
}
for (const server of ['ours', 'peer']) {
  const m = meta[server];
  if (!m) continue;
  const rss = `${(m.rssKib / 1024).toFixed(1)} MiB`;
  const first = `${m.firstAnswerMs.toFixed(1)} ms (median; min ${m.firstAnswerMinMs.toFixed(1)})`;
  const marks = server === 'ours'
    ? [` (target < 64 MiB: ${verdict(m.rssKib < RSS_TARGET_KIB)})`,
      ` (target <= ${FIRST_ANSWER_TARGET_MS} ms: ${verdict(m.firstAnswerMs <= FIRST_ANSWER_TARGET_MS)})`]
    : ['', ''];
  console.log(`${server}: peak RSS ${rss}${marks[0]}; first answer ${first} after spawn${marks[1]}`);
}
