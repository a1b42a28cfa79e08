// Benchmark peer for kvm48-server: the same GraphQL schema on graphql-js 16 and
// better-sqlite3 12, over node:http, reading the same SQLite file read-only.
//
//   node server.mjs --db FILE [--listen HOST:PORT] [--port-file FILE]
//                   [--max-results N] [--revision TEXT] [--no-document-cache]
//
// Routes: POST /api/graphql (application/json: query, variables, operationName)
// and GET /health. Like Apollo Server, it keeps parsed and validated documents in
// a bounded cache keyed by the query text (--no-document-cache turns that off).
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { GraphQLError, execute, parse, validate } from 'graphql';

import { buildSchema } from './schema.mjs';
import { openStore } from './store.mjs';

const MAX_BODY_BYTES = 1 << 20;
const CACHE_ENTRIES = 1000;

const { values: opts } = parseArgs({
  options: {
    db: { type: 'string' },
    listen: { type: 'string', default: '127.0.0.1:0' },
    'port-file': { type: 'string' },
    'max-results': { type: 'string', default: '10000' },
    revision: { type: 'string', default: '20261128.1' },
    'no-document-cache': { type: 'boolean', default: false },
  },
});
if (!opts.db) {
  console.error('usage: node server.mjs --db FILE [--listen HOST:PORT] [--port-file FILE]');
  process.exit(2);
}

const store = openStore(opts.db);
const schema = buildSchema(store, {
  revision: opts.revision, maxResults: Number.parseInt(opts['max-results'], 10),
});

// query text -> { document } or { errors } (parse or validation errors).
const documents = new Map();
function prepare(query) {
  let entry = documents.get(query);
  if (entry) return entry;
  try {
    const document = parse(query);
    const errors = validate(schema, document);
    entry = errors.length > 0 ? { errors } : { document };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    entry = { errors: [error] };
  }
  if (!opts['no-document-cache']) {
    if (documents.size >= CACHE_ENTRIES) documents.delete(documents.keys().next().value);
    documents.set(query, entry);
  }
  return entry;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const sendJson = (res, status, value) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function answer(res, body) {
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.' }] });
  }
  if (request === null || typeof request !== 'object' || typeof request.query !== 'string') {
    return sendJson(res, 400, { errors: [{ message: "The request has no 'query' string." }] });
  }
  const { document, errors } = prepare(request.query);
  if (errors) return sendJson(res, 200, { errors });
  const result = execute({
    schema, document, variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
  });
  return sendJson(res, 200, result); // every resolver is synchronous
}

function graphqlEndpoint(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, { errors: [{ message: 'Use POST.' }] });
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, { errors: [{ message: 'Content-Type must be application/json.' }] });
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      sendJson(res, 413, { errors: [{ message: 'The request body is too large.' }] });
      req.destroy();
    } else {
      chunks.push(chunk);
    }
  });
  req.on('end', () => {
    if (size <= MAX_BODY_BYTES) answer(res, Buffer.concat(chunks).toString('utf8'));
  });
}

const server = http.createServer((req, res) => {
  const path = req.url.split('?', 1)[0];
  if (path === '/api/graphql') return graphqlEndpoint(req, res);
  if (path === '/health' && req.method === 'GET') return send(res, 200, 'text/plain', 'ok\n');
  return send(res, 404, 'text/plain', 'not found\n');
});

const split = opts.listen.lastIndexOf(':');
server.listen(Number(opts.listen.slice(split + 1)), opts.listen.slice(0, split), () => {
  const { address, port } = server.address();
  if (opts['port-file']) writeFileSync(opts['port-file'], `${port}\n`);
  console.error(`listening on http://${address}:${port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => {
      store.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}
