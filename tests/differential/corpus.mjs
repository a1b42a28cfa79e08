// Reads the corpus: corpus/<group>.graphql files holding many documents each.
//
//   ### name: unique-name            starts a document (names are unique in the corpus)
//   ### variables: {"id": "1"}       optional, one line of JSON
//   ### operationName: Foo           optional
//   ### source-json: "query {\u0000}" optional: the document as a JSON string, for bytes
//                                    a text file cannot hold comfortably (then no body)
//   query { ... }                    the body: every line up to the next "### name:"
//
// Trailing blank lines of a body are dropped; the body keeps its final newline.
// Depends on nothing but Node, so the fuzz seed extraction can use it without npm.
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

function parseHeader(doc, line, where) {
  const m = /^### ([A-Za-z-]+): ?(.*)$/.exec(line);
  if (!m) throw new Error(`${where}: bad header line: ${line}`);
  const [, key, value] = m;
  if (key === 'variables') doc.variables = JSON.parse(value);
  else if (key === 'operationName') doc.operationName = value;
  else if (key === 'source-json') doc.query = JSON.parse(value);
  else throw new Error(`${where}: unknown header ${key}`);
}

export function readCorpusFile(path) {
  const group = basename(path, '.graphql');
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs = [];
  let doc = null;
  let body = [];
  let inHeader = false;
  const finish = () => {
    if (!doc) return;
    while (body.length && body[body.length - 1].trim() === '') body.pop();
    if (doc.query === undefined) doc.query = body.join('\n') + '\n';
    else if (body.length) throw new Error(`${path}: ${doc.name} has source-json and a body`);
    docs.push(doc);
  };
  lines.forEach((line, i) => {
    const where = `${path}:${i + 1}`;
    if (line.startsWith('### name: ')) {
      finish();
      doc = { group, name: line.slice('### name: '.length).trim() };
      body = [];
      inHeader = true;
    } else if (inHeader && line.startsWith('### ')) {
      parseHeader(doc, line, where);
    } else if (doc) {
      inHeader = false;
      body.push(line);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      throw new Error(`${where}: text before the first document`);
    }
  });
  finish();
  return docs;
}

export function readCorpus(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  const groups = files.map((f) => readCorpusFile(join(dir, f)));
  const seen = new Set();
  for (const doc of groups.flat()) {
    if (seen.has(doc.name)) throw new Error(`duplicate document name ${doc.name}`);
    seen.add(doc.name);
  }
  return groups;
}
