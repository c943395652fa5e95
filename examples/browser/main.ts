/**
 * The page to try standpoint: paste an article, press Analyse, see `toHtml`'s report in a
 * sandboxed iframe (and the report as JSON). Everything runs in the browser; bundled with
 * esbuild by ./build.ts (`npm run example:browser`).
 */
// In your own project: import { analyze, toHtml } from 'standpoint';
import { analyze, toHtml, type StanceReport } from '../../src/index';
import sample from '../sample-article.txt';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

const form = byId<HTMLFormElement>('form');
const textBox = byId<HTMLTextAreaElement>('text');
const dateBox = byId<HTMLInputElement>('date');
const analyseButton = byId<HTMLButtonElement>('analyse');
const sampleButton = byId<HTMLButtonElement>('sample');
const statusLine = byId<HTMLSpanElement>('status');
const output = byId<HTMLElement>('output');
const frame = byId<HTMLIFrameElement>('report');
const download = byId<HTMLAnchorElement>('download');
const json = byId<HTMLPreElement>('report-json');

type State = 'ready' | 'busy' | 'done' | 'error';

/** The state is on <body data-state> too, for styles and for tests to wait on. */
function setState(state: State, message: string): void {
  document.body.dataset.state = state;
  statusLine.textContent = message;
  analyseButton.disabled = sampleButton.disabled = state === 'busy';
}

let downloadUrl: string | undefined;

function show(report: StanceReport, text: string): void {
  const html = toHtml(report, text);
  frame.srcdoc = html;
  json.textContent = JSON.stringify(report, null, 2);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  download.href = downloadUrl;
  output.hidden = false;
}

function run(): void {
  const text = textBox.value;
  if (!text.trim()) {
    setState('error', 'Paste an article first.');
    textBox.focus();
    return;
  }
  const date = dateBox.value;
  setState('busy', 'Analysing…');
  // Let the status paint before the synchronous analysis (the first one also compiles the data).
  requestAnimationFrame(() => setTimeout(() => {
    try {
      const started = performance.now();
      const report = analyze(text, date ? { date } : {});
      const ms = Math.round(performance.now() - started);
      show(report, text);
      const positions = report.actors.filter((a) => a.stance !== 'none').length;
      setState('done', `${report.actors.length} actors (${positions} with a position), ${report.statements.length} statements, ${ms} ms; office holders as of ${report.date}.`);
    } catch (e) {
      setState('error', `Could not analyse this text: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, 0));
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
textBox.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
sampleButton.addEventListener('click', () => {
  textBox.value = sample;
  run();
});

setState('ready', 'Ready. Ctrl+Enter in the text box analyses too.');
