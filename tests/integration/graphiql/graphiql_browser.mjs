// Drives Debian's headless Chromium through kvm48-server's GraphiQL page.
//
//   node graphiql_browser.mjs <server-url> <artifacts-dir>
//
// <server-url> is a running kvm48-server on 127.0.0.1 (e.g. http://127.0.0.1:40123); this
// script starts nothing. It asks the server for its revision over plain HTTP, then opens
// <server-url>/api/graphql in Chromium (a navigation: Accept: text/html), waits for GraphiQL
// and its default query, runs that (it must give perfVods, no errors), then sets `{ revision }`,
// clicks the run button, waits for exactly {"data":{"revision":<the server's>}} in the result
// pane, and opens the docs on Query (the schema came through introspection).
// Any request to a host other than 127.0.0.1 is blocked and fails the test (the page must
// work offline); so does an error on the browser console or an uncaught one in the page.
// Exit 0 on success (screenshot <artifacts-dir>/graphiql-result.png); 1 with a message and
// <artifacts-dir>/graphiql-failure.png otherwise. CHROMIUM overrides /usr/bin/chromium.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT_MS = 30000;
const QUERY = '{ revision }';

const [serverUrl, artifactsDir] = process.argv.slice(2);
if (!serverUrl || !artifactsDir) {
  console.error('usage: node graphiql_browser.mjs <server-url> <artifacts-dir>');
  process.exit(2);
}
const endpoint = new URL('/api/graphql', serverUrl).href;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

// What the page must show: the server's own answer, asked for without a browser.
async function serverRevision() {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  let revision;
  try {
    revision = JSON.parse(text)?.data?.revision;
  } catch {
    // reported below
  }
  if (response.status !== 200 || typeof revision !== 'string' || revision === '') {
    throw new Error(`POST ${endpoint} ${QUERY} gave HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
  return revision;
}

// Waits until the CodeMirror editor under `selector` contains `needle` (a string), or holds
// exactly the JSON value `needle.json`.
async function waitForEditorText(page, selector, needle, what) {
  try {
    await page.waitForFunction(
      ([sel, wanted]) => {
        const text = document.querySelector(sel)?.CodeMirror?.getValue();
        if (text === undefined) return false;
        if (typeof wanted === 'string') return text.includes(wanted);
        try {
          return JSON.stringify(JSON.parse(text)) === wanted.json;
        } catch {
          return false;
        }
      },
      [selector, typeof needle === 'string' ? needle : { json: JSON.stringify(needle.json) }],
      { timeout: STEP_TIMEOUT_MS, polling: 100 },
    );
  } catch {
    const shown = await page
      .evaluate((sel) => document.querySelector(sel)?.CodeMirror?.getValue() ?? '(no editor)', selector)
      .catch(() => '(page gone)');
    throw new Error(`${what}: not seen within ${STEP_TIMEOUT_MS} ms; the editor shows: ${shown}`);
  }
}

async function run(context, revision, problems, artifactsDir) {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // An uncaught error in the page fails the test at once, not after a step's timeout.
  const pageFailed = new Promise((_, reject) => {
    page.on('pageerror', (error) => reject(new Error(`uncaught error in the page: ${error.message}`)));
  });
  pageFailed.catch(() => {});
  const step = (promise) => Promise.race([promise, pageFailed]);

  const started = Date.now();
  const response = await step(page.goto(endpoint, { waitUntil: 'load' }));
  const contentType = response?.headers()['content-type'] ?? '';
  if (response?.status() !== 200 || !contentType.startsWith('text/html')) {
    throw new Error(`GET ${endpoint} as a browser gave HTTP ${response?.status()} ${contentType}`);
  }
  const title = await page.title();
  if (title !== 'kvm48-server GraphiQL') throw new Error(`unexpected page title: ${title}`);

  const queryEditor = '.graphiql-query-editor .CodeMirror';
  await step(page.waitForSelector(queryEditor, { state: 'visible' }));
  await step(waitForEditorText(page, queryEditor, 'perfVods', 'the default query'));
  const loadedMs = Date.now() - started;

  // The default query is valid against the server's schema (the database may be empty).
  const resultPane = '.graphiql-response .CodeMirror';
  await step(page.click('button.graphiql-execute-button'));
  await step(waitForEditorText(page, resultPane, '"perfVods": [', 'the default query\'s perfVods'));
  const defaultResult = await page.evaluate((sel) => document.querySelector(sel).CodeMirror.getValue(), resultPane);
  if (defaultResult.includes('"errors"')) throw new Error(`the default query failed: ${defaultResult}`);

  await page.evaluate(([sel, query]) => document.querySelector(sel).CodeMirror.setValue(query), [
    queryEditor,
    QUERY,
  ]);
  await step(page.click('button.graphiql-execute-button'));
  // Exactly this result: the default query's (which has revision too) must be gone.
  const expected = { data: { revision } };
  await step(waitForEditorText(page, resultPane, { json: expected }, `the result ${JSON.stringify(expected)}`));
  const totalMs = Date.now() - started;

  // The schema came through introspection: the docs list Query's fields.
  await step(page.getByRole('button', { name: /Documentation Explorer/ }).first().click());
  const docs = page.locator('section[aria-label="Documentation Explorer"]');
  await step(docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click());
  await step(docs.getByText('perfVods', { exact: true }).first().waitFor());
  await page.screenshot({ path: path.join(artifactsDir, 'graphiql-result.png') });
  return { loadedMs, totalMs };
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install chromium)`);
  }
  const revision = await serverRevision();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvm48-graphiql-chromium-'));
  const blocked = [];
  const problems = [];
  fs.mkdirSync(artifactsDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let timings;
  let failure;
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    timings = await run(context, revision, problems, artifactsDir);
  } catch (error) {
    failure = error;
    const page = context.pages()[0];
    if (page) {
      const shot = path.join(artifactsDir, 'graphiql-failure.png');
      await page.screenshot({ path: shot, fullPage: true }).then(
        () => console.error(`screenshot: ${shot}`),
        (shotError) => console.error(`no screenshot: ${shotError.message}`),
      );
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(problem);
  if (failure) throw failure;
  if (blocked.length > 0) {
    throw new Error(`the page tried to reach other hosts:\n  ${blocked.join('\n  ')}`);
  }
  // A clean page logs no errors (a blocked file, a Content-Security-Policy violation ...).
  if (problems.length > 0) throw new Error(`the page logged ${problems.length} error(s), above`);
  console.log(
    `GraphiQL ran ${QUERY} and showed revision ${JSON.stringify(revision)} ` +
      `(page ready in ${timings.loadedMs} ms, query answered at ${timings.totalMs} ms, ` +
      `whole test ${Date.now() - started} ms)`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`FAIL: ${error.message}`);
    process.exit(1);
  },
);
