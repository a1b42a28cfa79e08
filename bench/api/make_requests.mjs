// node make_requests.mjs --peer-dir DIR --ids FILE --out DIR
//
// Writes the request bodies of the API benchmark's scenarios, one JSON body per
// line, to DIR/<scenario>.bodies (wrk's scenario.lua rotates through them), and
// the introspection query text to DIR/introspection.graphql. The introspection
// query is graphql-js's getIntrospectionQuery() with every option on, taken from
// the peer's node_modules (graphql 16.15.0). Deterministic: the same ids file
// gives the same bodies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: { 'peer-dir': { type: 'string' }, ids: { type: 'string' }, out: { type: 'string' } },
});
const { getIntrospectionQuery } = createRequire(resolve(opts['peer-dir'], 'package.json'))('graphql');

const FIELDS = 'id l4cClubId l4cId l4cUrl group title subtitle startTime ' +
  'sdStream hdStream fhdStream bestStream';
const SHANGHAI = 8 * 3600;
const midnight = (year, month, day) => Date.UTC(year, month - 1, day) / 1000 - SHANGHAI;

// A small seeded generator (mulberry32), so the bodies do not change run to run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const body = (query, variables, operationName) =>
  JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) });

const ids = readFileSync(opts.ids, 'utf8').split('\n').filter((line) => line !== '');
if (ids.length < 50) throw new Error(`${opts.ids}: ${ids.length} ids, need at least 50`);

// (a) one VOD by id, through every sample id.
const perfVod = `query PerfVod($id: String!) { perfVod(id: $id) { ${FIELDS} } }`;
const a = ids.map((id) => body(perfVod, { id }));

// (b) the VODs of one day (Shanghai time), 1000 random days of 2014-2026.
const range = `query Day($from: Int!, $to: Int!) { perfVods(from: $from, to: $to) { ${FIELDS} } }`;
const next = random(48);
const firstDay = midnight(2014, 1, 1);
const days = (midnight(2027, 1, 1) - firstDay) / 86400;
const b = Array.from({ length: 1000 }, () => {
  const from = firstDay + Math.floor(next() * days) * 86400;
  return body(range, { from, to: from + 86400 });
});

// (c) one month of one group, every month of 2016-2026 for the three main groups.
const monthOfGroup = 'query MonthOfGroup($from: Int!, $to: Int!, $group: Group!) ' +
  `{ perfVods(from: $from, to: $to, group: $group) { ${FIELDS} } }`;
const c = [];
for (let year = 2016; year <= 2026; ++year) {
  for (let month = 1; month <= 12; ++month) {
    for (const group of ['SNH48', 'BEJ48', 'GNZ48']) {
      const to = month === 12 ? midnight(year + 1, 1, 1) : midnight(year, month + 1, 1);
      c.push(body(monthOfGroup, { from: midnight(year, month, 1), to, group }));
    }
  }
}

// (d) the full introspection query, as GraphiQL-era tools send it.
const introspection = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
  schemaDescription: true, inputValueDeprecation: true,
});
const d = [body(introspection, {}, 'IntrospectionQuery')];

// (e) 50 VODs by id, through consecutive slices of the sample ids.
const byIds = `query ByIds($ids: [String]) { perfVods(ids: $ids) { ${FIELDS} } }`;
const e = [];
for (let first = 0; first + 50 <= ids.length; first += 50) {
  e.push(body(byIds, { ids: ids.slice(first, first + 50) }));
}

mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'introspection.graphql'), `${introspection}\n`);
for (const [name, bodies] of Object.entries({ a, b, c, d, e })) {
  writeFileSync(join(opts.out, `${name}.bodies`), `${bodies.join('\n')}\n`);
}
console.log(`bodies: a ${a.length}, b ${b.length}, c ${c.length}, d ${d.length}, e ${e.length}`);
