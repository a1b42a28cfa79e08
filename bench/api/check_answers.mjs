// node check_answers.mjs --url URL --scenario a|b|c|d|e --bodies FILE --out FILE [--limit N]
//
// Sends the first N (default 25) bodies of a scenario to URL (POST JSON) and
// checks that each answer is a correct GraphQL answer for it: status 200, JSON,
// `data` present, no `errors`, and the scenario's shape (the VOD asked for, the
// range and group asked for in start-time order, 50 VODs in the order of the ids,
// a schema with our types). Writes the answers, one JSON text per line, to --out
// so run.sh can compare ours with the peer's (for d: the schema's own types in
// name order, as servers may order them differently). Exit status 1 with the first
// problem on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' }, scenario: { type: 'string' }, bodies: { type: 'string' },
    out: { type: 'string' }, limit: { type: 'string', default: '25' },
  },
});

function fail(message) {
  console.error(`check_answers ${opts.scenario}: ${message}`);
  process.exit(1);
}

function checkRange(list, { from, to, group }) {
  if (!Array.isArray(list)) fail('perfVods is not a list');
  list.forEach((vod, i) => {
    if (vod === null || vod.startTime < from || vod.startTime >= to) fail(`VOD ${i} outside [${from}, ${to})`);
    if (group && vod.group !== group) fail(`VOD ${vod.id} is of ${vod.group}, not ${group}`);
    if (i > 0 && list[i - 1].startTime > vod.startTime) fail(`VOD ${vod.id} out of start-time order`);
    if (vod.bestStream !== (vod.fhdStream ?? vod.hdStream ?? vod.sdStream)) fail(`VOD ${vod.id}: bestStream`);
  });
}

// The schema's own types (fields, arguments, enum values, descriptions), in name
// order: servers may list types in any order.
function schemaShape(schema) {
  const typeRef = (t) => (t.ofType ? `${t.kind}(${typeRef(t.ofType)})` : t.name);
  return schema.types.filter((t) => !t.name.startsWith('__')).map((t) => ({
    kind: t.kind, name: t.name, description: t.description,
    fields: t.fields?.map((f) => ({
      name: f.name, type: typeRef(f.type), description: f.description,
      args: f.args.map((a) => ({ name: a.name, type: typeRef(a.type), description: a.description })),
    })),
    enumValues: t.enumValues?.map((v) => ({ name: v.name, description: v.description })),
  })).sort((x, y) => x.name.localeCompare(y.name));
}

const checks = {
  a: (data, { id }) => {
    if (data.perfVod?.id !== id) fail(`perfVod(id: ${id}) gave ${JSON.stringify(data.perfVod)}`);
  },
  b: (data, variables) => checkRange(data.perfVods, variables),
  c: (data, variables) => {
    checkRange(data.perfVods, variables);
    if (data.perfVods.length === 0) fail(`no VODs of ${variables.group} from ${variables.from}`);
  },
  d: (data) => {
    const names = data.__schema?.types?.map((t) => t.name) ?? [];
    for (const name of ['Query', 'PerfVOD', 'Group']) if (!names.includes(name)) fail(`no type ${name}`);
    return schemaShape(data.__schema);
  },
  e: (data, { ids }) => {
    const got = data.perfVods?.map((vod) => vod?.id);
    if (JSON.stringify(got) !== JSON.stringify(ids)) fail(`ids answered ${JSON.stringify(got)}`);
  },
};

const bodies = readFileSync(opts.bodies, 'utf8').split('\n').filter((line) => line !== '')
  .slice(0, Number(opts.limit));
const answers = [];
for (const body of bodies) {
  const response = await fetch(opts.url, {
    method: 'POST', body, headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  });
  const text = await response.text();
  if (response.status !== 200) fail(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    fail(`not JSON: ${text.slice(0, 300)}`);
  }
  if (answer.errors !== undefined) fail(`errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  if (answer.data == null) fail('no data');
  const kept = checks[opts.scenario](answer.data, JSON.parse(body).variables ?? {});
  answers.push(JSON.stringify(kept ?? answer));
}
writeFileSync(opts.out, `${answers.join('\n')}\n`);
console.log(`${opts.scenario}: ${answers.length} answers correct`);
