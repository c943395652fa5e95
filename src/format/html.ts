/**
 * One self-contained HTML page for a report: a card per actor coloured by stance (confidence,
 * conditions, speakers), then the article with every evidence span highlighted in its actor's
 * colour. No scripts, no external assets; all text is escaped, so an article containing
 * `<script>` stays text.
 */
import type { ActorStance, StanceReport, Stance } from '../types';

export interface HtmlOptions {
  /** Page title; default: the question's label. */
  readonly title?: string;
}

const STANCE_COLOUR: Readonly<Record<Stance, string>> = {
  support: '#1b7f3b', oppose: '#b3261e', conditional: '#b86e00', none: '#5f6368',
};
/** Highlight colours cycled over actors, light enough to read text on. */
const PALETTE = ['#cfe8ff', '#ffe0b2', '#d7f5d0', '#f8d7e8', '#e6dcff', '#fff3b0', '#d0f0ef', '#ffd6d1'];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Renders a report and its article as one HTML page.
 * @param report - the result of `analyze(text)`
 * @param text - the same text that was analysed (offsets point into it)
 * @example
 * writeFileSync('report.html', toHtml(analyze(text), text));
 */
export function toHtml(report: StanceReport, text: string, options: HtmlOptions = {}): string {
  const colours = new Map<string, string>();
  report.actors.filter((a) => a.evidence.length).forEach((a, i) => colours.set(a.actor.id, PALETTE[i % PALETTE.length]));
  const title = escapeHtml(options.title ?? report.question.label);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${title}</h1><p class="meta">Question <code>${escapeHtml(report.question.id)}</code> · office holders as of ${escapeHtml(report.date)} · ${report.actors.length} actors · ${report.statements.length} statements</p></header>
<section class="cards">
${report.actors.map((a) => card(a, colours.get(a.actor.id))).join('\n')}
</section>
<h2>Article</h2>
<article>${highlight(text, report, colours)}</article>
${report.diagnostics.length ? `<h2>Diagnostics</h2><ul class="diag">${report.diagnostics.map((d) => `<li><code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}: “${escapeHtml(clip(text.slice(d.start, d.end), 120))}”</li>`).join('')}</ul>` : ''}
</body>
</html>
`;
}

function card(a: ActorStance, colour: string | undefined): string {
  const swatch = colour ? ` style="box-shadow: inset 0 -0.4em 0 ${colour}"` : '';
  const speakers = a.speakers.map((s) => escapeHtml(s.role ? `${s.name} (${s.role})` : s.name)).join(', ');
  const conditions = a.conditions.map((c) => `<li><b>${escapeHtml(c.kind)}</b>: ${escapeHtml(clip(c.text, 140))}</li>`).join('');
  const evidence = a.evidence.slice(0, 3).map((e) => `<li>${escapeHtml(clip(e.text, 200))}</li>`).join('');
  return `<div class="card" style="border-color:${STANCE_COLOUR[a.stance]}">
<h3><span${swatch}>${escapeHtml(a.actor.name)}</span> <code>${escapeHtml(a.actor.id)}</code></h3>
<p class="stance" style="background:${STANCE_COLOUR[a.stance]}">${a.stance} · confidence ${a.confidence.toFixed(2)} · score ${a.score.toFixed(2)}</p>
${conditions ? `<ul class="cond">${conditions}</ul>` : ''}
${speakers ? `<p class="speakers">${speakers}</p>` : ''}
${evidence ? `<ul class="ev">${evidence}</ul>` : ''}
<p class="mentions">${a.mentions} mention${a.mentions === 1 ? '' : 's'}</p>
</div>`;
}

/** The article with evidence spans marked; overlapping spans keep the first (strongest) one. */
function highlight(text: string, report: StanceReport, colours: Map<string, string>): string {
  const spans: { start: number; end: number; id: string; cues: string }[] = [];
  for (const a of report.actors) for (const e of a.evidence) spans.push({ start: e.start, end: e.end, id: a.actor.id, cues: e.cues.join(' ') });
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end <= s.start) continue;
    out += escapeHtml(text.slice(at, s.start));
    out += `<mark style="background:${colours.get(s.id) ?? '#eee'}" title="${escapeHtml(`${s.id}: ${s.cues}`)}">${escapeHtml(text.slice(s.start, s.end))}<sup>${escapeHtml(s.id)}</sup></mark>`;
    at = s.end;
  }
  out += escapeHtml(text.slice(at));
  return out.split('\n').map((line) => `<p>${line}</p>`).join('\n');
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#202124}
h1{font-size:1.4rem;margin:0}.meta{color:#5f6368;margin:.2rem 0 1.2rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.8rem}
.card{border:2px solid;border-radius:.5rem;padding:.6rem .8rem;background:#fff}
.card h3{margin:0 0 .3rem;font-size:1.05rem}.card code{color:#5f6368;font-size:.85em}
.stance{color:#fff;border-radius:.3rem;padding:.1rem .4rem;margin:.2rem 0;font-size:.9rem;display:inline-block}
.cond,.ev{margin:.3rem 0;padding-left:1.1rem;font-size:.88rem}.ev li{color:#3c4043}
.speakers,.mentions{font-size:.82rem;color:#5f6368;margin:.2rem 0}
article{border-top:1px solid #dadce0;margin-top:.5rem}article p{margin:.6rem 0}
mark{border-radius:.2rem;padding:0 .1rem}mark sup{font-size:.65em;color:#3c4043;margin-left:.15em}
.diag{font-size:.9rem;color:#5f6368}
`;
