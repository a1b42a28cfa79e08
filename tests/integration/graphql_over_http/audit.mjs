// Runs graphql-http's serverAudits (the GraphQL-over-HTTP spec as graphql-http checks it)
// against a live server and prints one line per audit.
//
// Usage: node audit.mjs http://127.0.0.1:PORT/api/graphql
// Exit status 0 when every MUST and SHOULD audit passes (MAY audits are reported, not
// required); 1 otherwise; 2 on a usage or network error. Deliberate differences would be
// listed in DELIBERATE with their reason (docs/graphql-api.md repeats them); there are none.
import { serverAudits } from 'graphql-http';

const DELIBERATE = new Map([]);

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}

let failed = 0;
const counts = { ok: 0, warn: 0, error: 0, notice: 0 };
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  counts[result.status] += 1;
  let line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
  if (result.status !== 'ok') {
    line += `\n       reason: ${result.reason}`;
    const required = result.status === 'error' || result.status === 'warn';
    if (required && !DELIBERATE.has(result.id)) failed += 1;
    if (DELIBERATE.has(result.id)) line += `\n       deliberate: ${DELIBERATE.get(result.id)}`;
  }
  console.log(line);
}
console.log(
  `audits: ${counts.ok} ok, ${counts.error} MUST failed, ${counts.warn} SHOULD failed, ` +
    `${counts.notice} MAY not done`,
);
process.exit(failed === 0 ? 0 : 1);
