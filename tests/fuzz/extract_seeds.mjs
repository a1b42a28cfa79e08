// Writes every corpus document as one libFuzzer seed file (the pipeline harness format:
// query, then "\n###\n" and the variables JSON when the document has variables).
//   node extract_seeds.mjs <corpus-dir> <out-dir>      (plain Node, no npm packages)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../differential/corpus.mjs';

const [corpusDir, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
let count = 0;
for (const doc of readCorpus(corpusDir).flat()) {
  const vars = doc.variables === undefined ? '' : `\n###\n${JSON.stringify(doc.variables)}`;
  writeFileSync(join(outDir, doc.name), doc.query + vars);
  ++count;
}
console.log(`${count} seeds in ${outDir}`);
