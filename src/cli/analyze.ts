/** `standpoint analyze`: one text (a file or standard input) to one report, in the format asked for. */
import { createAnalyzer } from '../analyzer';
import { toHtml } from '../format/html';
import { toCsv, toMarkdown, toTable } from '../format/text';
import type { StanceReport } from '../types';
import { choice, onlyWith, UsageError, type Parsed } from './args';
import { analyzerOptions, readStdin, readText } from './input';
import { output } from './output';

const FORMATS = ['table', 'json', 'md', 'html', 'csv'];

function render(format: string, report: StanceReport, text: string, title?: string): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'md': return toMarkdown(report);
    case 'html': return toHtml(report, text, title === undefined ? {} : { title });
    case 'csv': return toCsv(report);
    default: return toTable(report);
  }
}

export async function analyzeCommand(p: Parsed): Promise<number> {
  if (p.positional.length > 1) throw new UsageError('analyze takes one FILE (or - for standard input)');
  // A person at a terminal reads a table; a pipe or a file gets JSON for the next program.
  const format = choice(p.flags, 'format', FORMATS, process.stdout.isTTY ? 'table' : 'json');
  const title = onlyWith(p.flags, 'title', format, ['html']) as string | undefined;
  const trace = onlyWith(p.flags, 'trace', format, ['json']) === true;
  const file = p.positional[0] ?? '-';
  const text = file === '-' ? await readStdin() : readText(file);
  const date = p.flags.date;
  const analyzer = createAnalyzer(analyzerOptions(p.flags));
  const report = analyzer.analyze(text, { ...(typeof date === 'string' ? { date } : {}), ...(trace ? { trace } : {}) });
  const out = output(p.flags);
  await out.write(render(format, report, text, title));
  await out.close();
  return 0;
}
