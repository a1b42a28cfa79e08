// node supervise.mjs --dir DIR --probe BODY -- COMMAND ARGS...
//
// Starts a server for the API benchmark and stays its parent until told to stop.
// COMMAND must write its port to DIR/port (digits + newline) once it accepts
// connections. Files in DIR:
//   pid    the server's process id (written right after the spawn)
//   ready  "first_answer_ms=<ms>" once a POST /api/graphql of BODY got a 200 JSON
//          answer with data and no errors, timed from just before the spawn;
//          "failed <reason>" if it exits first or takes more than 20 s
//   log    the server's stdout and stderr
//   exit   "code=<n> signal=<name>" when the server has exited
// SIGTERM or SIGINT to this process is passed on to the server; this process
// exits when the server has, with status 0 if the server exited 0.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values: opts, positionals: command } = parseArgs({
  options: { dir: { type: 'string' }, probe: { type: 'string' } },
  allowPositionals: true,
});
const file = (name) => join(opts.dir, name);
const log = openSync(file('log'), 'a');

const started = performance.now();
const server = spawn(command[0], command.slice(1), { stdio: ['ignore', log, log] });
writeFileSync(file('pid'), `${server.pid}\n`);

let ready = null;
server.on('exit', (code, signal) => {
  writeFileSync(file('exit'), `code=${code} signal=${signal}\n`);
  if (ready === null) writeFileSync(file('ready'), `failed: exited (${code ?? signal}) before answering\n`);
  process.exit(code === 0 ? 0 : 1);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));

function readPort() {
  try {
    const text = readFileSync(file('port'), 'utf8');
    return text.endsWith('\n') ? Number.parseInt(text, 10) : null;
  } catch {
    return null;
  }
}

// Resolves true on a 200 JSON answer with data and without errors.
function probe(port) {
  return new Promise((resolve) => {
    const request = http.request({
      host: '127.0.0.1', port, path: '/api/graphql', method: 'POST', agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(opts.probe) },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve(response.statusCode === 200 && answer.data != null && answer.errors === undefined);
        } catch {
          resolve(false);
        }
      });
    });
    request.on('error', () => resolve(false));
    request.end(opts.probe);
  });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));
while (ready === null) {
  if (performance.now() - started > 20000) {
    ready = 'failed: no answer within 20 s';
  } else {
    const port = readPort();
    if (port !== null && (await probe(port))) {
      ready = `first_answer_ms=${(performance.now() - started).toFixed(1)}`;
    } else {
      await pause();
    }
  }
}
writeFileSync(file('ready'), `${ready}\n`);
