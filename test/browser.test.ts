/**
 * The page to try it (examples/browser), as a person uses it: built with esbuild into a temporary
 * folder, served from a tiny node:http static file server on 127.0.0.1, opened in headless Chromium
 * (Debian's `chromium` package) through playwright-core. An article is pasted, Analyse is clicked,
 * and the stances on the report's actor cards must be the ones `analyze()` gives in Node for the
 * same text; the JSON the page shows must be Node's report exactly.
 *
 * Without Chromium at /usr/bin/chromium (or STANDPOINT_CHROMIUM) the tests skip with a message,
 * unless STANDPOINT_BROWSER_TEST=1 (set by .ci/run): then a missing browser is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildBrowserExample, type BrowserBuild } from '../examples/browser/build';
import { analyze, type StanceReport } from '../src/index';

const CHROMIUM = process.env.STANDPOINT_CHROMIUM || '/usr/bin/chromium';
const REQUIRED = process.env.STANDPOINT_BROWSER_TEST === '1';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SKIP = !HAVE_CHROMIUM && !REQUIRED;
const TIMEOUT = 120_000;
/** app.js is ~3.95 MB minified (3.6 MB of it wink's English model); fail on a big jump. */
const BUNDLE_BUDGET = 4_500_000;

if (SKIP) {
  console.warn(`test/browser.test.ts: skipped, no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) `
    + 'or point STANDPOINT_CHROMIUM at one; STANDPOINT_BROWSER_TEST=1 makes a missing browser a failure.');
}

// Written for this test: a support, an oppose, a conditional (hostages) and two actors without a position.
const ARTICLE = [
  'Mediators push for a truce as fighting spreads',
  'CAIRO, May 4, 2024 - Egypt called on Saturday for an immediate ceasefire in Gaza and offered to host new talks between the two sides.',
  '“There is no military solution; only negotiations can end this war,” Egyptian Foreign Minister Sameh Shoukry told reporters in Cairo.',
  'Israel rejected the proposal. Prime Minister Benjamin Netanyahu said there would be no ceasefire until Hamas was destroyed.',
  'Qatar said it would keep mediating, and that a truce could hold only if all the hostages were released.',
  'Jordan did not comment.',
].join('\n');
const ARTICLE_EXPECTED = { EGY: 'support', ISR: 'oppose', QAT: 'conditional', HAMAS: 'none', JOR: 'none' };
const SAMPLE = readFileSync(new URL('../examples/sample-article.txt', import.meta.url), 'utf8');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the files directly in `dir` ("/" is index.html); anything else is a 404. Logs each path asked for. */
function serve(dir: string, log: string[]): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    log.push(path);
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (req.method !== 'GET' || !/^[\w.-]+$/.test(name) || !TYPES[extname(name)]) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(dir, name));
      res.writeHead(200, { 'content-type': TYPES[extname(name)], 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const labelsOf = (report: StanceReport) => Object.fromEntries(report.actors.map((a) => [a.actor.id, a.stance]));
/** Plain JSON, as the page's <pre> holds it (no undefined fields). */
const asJson = (report: StanceReport) => JSON.parse(JSON.stringify(report));

// In CI a missing browser is a failed test of its own, not only a failing hook.
if (REQUIRED) {
  it(`Chromium is at ${CHROMIUM} (STANDPOINT_BROWSER_TEST=1)`, () => {
    expect(HAVE_CHROMIUM, `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set STANDPOINT_CHROMIUM`).toBe(true);
  });
}

describe.skipIf(SKIP)('the browser page in headless Chromium', { timeout: TIMEOUT }, () => {
  let dir: string;
  let built: BrowserBuild;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(`STANDPOINT_BROWSER_TEST=1 but there is no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    }
    dir = await mkdtemp(join(tmpdir(), 'standpoint-browser-'));
    built = await buildBrowserExample(dir);
    server = await serve(dir, requested);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright-core launches Chromium without its sandbox by default (needed as root, as in CI).
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    // The page must need nothing but its own two files.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
  });

  afterEach(async () => {
    await page?.close();
  });

  /** Analyses what is in the text box and returns the actor cards of the report in the iframe. */
  async function analyseAndReadCards(): Promise<{ id: string; stance: string; confidence: string }[]> {
    await page.click('#analyse');
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-state'), await page.textContent('#status') ?? '').toBe('done');
    const report = page.frameLocator('#report');
    await report.locator('.cards').waitFor();
    const ids = await report.locator('.card h3 code').allTextContents();
    const stances = await report.locator('.card .stance').allTextContents();
    expect(stances).toHaveLength(ids.length);
    return ids.map((id, i) => {
      const m = /^(\w+) · confidence ([\d.]+)/.exec(stances[i]);
      return { id, stance: m?.[1] ?? `unreadable: ${stances[i]}`, confidence: m?.[2] ?? '' };
    });
  }

  const cardsOf = (report: StanceReport) =>
    report.actors.map((a) => ({ id: a.actor.id, stance: a.stance, confidence: a.confidence.toFixed(2) }));

  it(`loads with no errors and no request outside the page; app.js is under ${BUNDLE_BUDGET / 1e6} MB`, async () => {
    expect(await page.textContent('#status')).toMatch(/^Ready/);
    expect(await page.isEnabled('#analyse')).toBe(true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining(['/', '/app.js']));
    expect(built.bytes).toBeLessThan(BUNDLE_BUDGET);
    expect(Object.keys(built.byPackage).sort()).toEqual(['natural', 'standpoint', 'wink-eng-lite-web-model', 'wink-nlp']);
  });

  it('a pasted article gets the stances analyze() gives in Node', async () => {
    const node = analyze(ARTICLE);
    expect(labelsOf(node)).toEqual(ARTICLE_EXPECTED);
    await page.fill('#text', ARTICLE);
    const cards = await analyseAndReadCards();
    expect(cards).toEqual(cardsOf(node));
    expect(JSON.parse(await page.textContent('#report-json') ?? '')).toEqual(asJson(node));
    expect(await page.textContent('#status')).toContain(`office holders as of ${node.date}`);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('the sample article with a date set gets the same report as in Node', async () => {
    const node = analyze(SAMPLE, { date: '2024-03-21' });
    expect(labelsOf(node)).toMatchObject({ CHN: 'support', GBR: 'conditional' });
    await page.fill('#date', '2024-03-21');
    await page.click('#sample');
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    expect(await page.inputValue('#text')).toBe(SAMPLE);
    const cards = await analyseAndReadCards();
    expect(cards).toEqual(cardsOf(node));
    expect(JSON.parse(await page.textContent('#report-json') ?? '')).toEqual(asJson(node));
    // The article is in the report with its evidence highlighted.
    const marks = await page.frameLocator('#report').locator('article mark').count();
    expect(marks).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('markup in a pasted text stays text, and an empty box asks for an article', async () => {
    await page.click('#analyse');
    await page.waitForSelector('body[data-state="error"]');
    expect(await page.textContent('#status')).toBe('Paste an article first.');

    const text = 'Spain called for an immediate ceasefire. <img src=x onerror="alert(1)"><script>alert(2)</script>';
    await page.fill('#text', text);
    expect(await analyseAndReadCards()).toEqual(cardsOf(analyze(text)));
    const article = await page.frameLocator('#report').locator('article').textContent();
    expect(article).toContain('<script>alert(2)</script>');
    expect(await page.frameLocator('#report').locator('article img, article script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  });
});
