// The oracle of the differential test: runs graphql-js (parse -> validate -> execute)
// on every corpus document and writes what it decided, for the C++ side to compare with.
//
//   node oracle.mjs <corpus-dir> <out-dir>
//
// Writes <out-dir>/<group>.json (an array, one entry per document) and
// <out-dir>/schema.graphql (the test schema as graphql-js prints it).
// Each entry: { name, query, variables?, operationName?, phase, errors, data? } where phase
// is "syntax" (parse failed), "validation" (validate returned errors), "request" (execution
// produced no data: variable coercion or operation selection failed) or "execution".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './corpus.mjs';
import { attachResolvers } from './resolvers.mjs';

const EXPECTED_VERSION = '16.15.0';

// Imported dynamically to fail with a clear message when graphql-js is not installed.
let graphql;
try {
  graphql = await import('graphql');
} catch (e) {
  console.error('graphql-js is not installed: run `npm install --no-audit --no-fund` in ' +
    `tests/differential (${e.message})`);
  process.exit(1);
}
const { buildSchema, execute, parse, printSchema, validate, version } = graphql;
const here = dirname(fileURLToPath(import.meta.url));

function errorJson(e) {
  const out = { message: e.message };
  if (e.locations) out.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) out.path = e.path;
  return out;
}

function runOne(schema, doc) {
  const out = { name: doc.name, query: doc.query };
  if (doc.variables !== undefined) out.variables = doc.variables;
  if (doc.operationName !== undefined) out.operationName = doc.operationName;
  let ast;
  try {
    ast = parse(doc.query);
  } catch (e) {
    return { ...out, phase: 'syntax', errors: [errorJson(e)] };
  }
  const validationErrors = validate(schema, ast);
  if (validationErrors.length) {
    return { ...out, phase: 'validation', errors: validationErrors.map(errorJson) };
  }
  const result = execute({
    schema, document: ast, variableValues: doc.variables, operationName: doc.operationName,
  });
  if (typeof result.then === 'function') throw new Error(`${doc.name}: resolvers must be sync`);
  const errors = (result.errors ?? []).map(errorJson);
  if (!('data' in result)) return { ...out, phase: 'request', errors };
  return { ...out, phase: 'execution', errors, data: result.data };
}

function main() {
  const [corpusDir, outDir] = process.argv.slice(2);
  if (!corpusDir || !outDir) throw new Error('usage: node oracle.mjs <corpus-dir> <out-dir>');
  if (version !== EXPECTED_VERSION) {
    throw new Error(`graphql-js ${version} is installed, the oracle needs ${EXPECTED_VERSION}`);
  }
  const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
  attachResolvers(schema, JSON.parse(readFileSync(join(here, 'data.json'), 'utf8')));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'schema.graphql'), printSchema(schema) + '\n');
  const counts = {};
  let total = 0;
  for (const docs of readCorpus(corpusDir)) {
    const results = docs.map((d) => runOne(schema, d));
    for (const r of results) counts[r.phase] = (counts[r.phase] ?? 0) + 1;
    total += results.length;
    writeFileSync(join(outDir, `${docs[0].group}.json`), JSON.stringify(results, null, 1) + '\n');
  }
  console.log(`graphql-js ${version}: ${total} documents`, JSON.stringify(counts));
}

main();
