/**
 * One self-contained HTML page for a report: a card per actor coloured by stance (confidence,
 * conditions, speakers, evidence with its polarity), then a legend and the article with every
 * evidence span highlighted in the colour of its actor's stance, its cue words and condition
 * phrases marked inside. No scripts, no external assets; all text is escaped, so an article
 * containing `<script>` stays text.
 */
import type { ActorStance, Evidence, EvidenceMark, HtmlOptions, StanceReport, Stance } from '../types';

const STANCE_COLOUR: Readonly<Record<Stance, string>> = {
  support: '#1b7f3b', oppose: '#b3261e', conditional: '#b86e00', none: '#5f6368',
};
/** Highlight colours per stance, light enough to read text on. */
const STANCE_TINT: Readonly<Record<Stance, string>> = {
  support: '#cdeed6', oppose: '#f8d3cf', conditional: '#ffe2b8', none: '#e8eaed',
};

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
${report.actors.map(card).join('\n')}
</section>
<h2>Article</h2>
${LEGEND}
<article>${highlight(text, report)}</article>
${report.diagnostics.length ? `<h2>Diagnostics</h2><ul class="diag">${report.diagnostics.map((d) => `<li><code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}: “${escapeHtml(clip(text.slice(d.start, d.end), 120))}”</li>`).join('')}</ul>` : ''}
</body>
</html>
`;
}

function card(a: ActorStance): string {
  const speakers = a.speakers.map((s) => escapeHtml(s.role ? `${s.name} (${s.role})` : s.name)).join(', ');
  const conditions = a.conditions.map((c) => `<li><b>${escapeHtml(c.kind)}</b>: ${escapeHtml(clip(c.text, 140))}</li>`).join('');
  const evidence = a.evidence.slice(0, 3).map((e) => `<li>${polarityBadge(e)} ${escapeHtml(clip(e.text, 200))}</li>`).join('');
  return `<div class="card" style="border-color:${STANCE_COLOUR[a.stance]}">
<h3><span class="s-${a.stance}">${escapeHtml(a.actor.name)}</span> <code>${escapeHtml(a.actor.id)}</code></h3>
<p class="stance" style="background:${STANCE_COLOUR[a.stance]}">${a.stance} · confidence ${a.confidence.toFixed(2)} · score ${a.score.toFixed(2)}</p>
${conditions ? `<ul class="cond">${conditions}</ul>` : ''}
${speakers ? `<p class="speakers">${speakers}</p>` : ''}
${evidence ? `<ul class="ev">${evidence}</ul>` : ''}
<p class="mentions">${a.mentions} mention${a.mentions === 1 ? '' : 's'}</p>
</div>`;
}

/** "+1", "−1" or "0": what the evidence's words say alone (0: a condition). */
export function polarityLabel(p: number): string {
  return p > 0 ? `+${p}` : p < 0 ? `−${-p}` : '0';
}

function polarityBadge(e: Evidence): string {
  const cls = e.polarity > 0 ? 'pos' : e.polarity < 0 ? 'neg' : 'zero';
  return `<span class="pol pol-${cls}" title="polarity of these words alone">${polarityLabel(e.polarity)}</span>`;
}

const LEGEND = `<p class="legend">Highlights: <span class="key s-support">support</span> <span class="key s-oppose">oppose</span> \
<span class="key s-conditional">conditional</span> (the actor's stance) · <b class="cue">cue words</b> · <span class="condition">condition</span> · \
<sup>CHN&nbsp;+1</sup> actor and polarity of the words alone (+1 support, \u22121 oppose, 0 a condition)</p>`;

interface Span { readonly start: number; readonly end: number; readonly actor: ActorStance; readonly evidence: Evidence }

/** The article with evidence spans marked; overlapping spans keep the first (strongest) one. */
function highlight(text: string, report: StanceReport): string {
  const spans: Span[] = [];
  for (const a of report.actors) for (const e of a.evidence) spans.push({ start: e.start, end: e.end, actor: a, evidence: e });
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end <= s.start) continue;
    out += escapeHtml(text.slice(at, s.start)) + markSpan(text, s);
    at = s.end;
  }
  out += escapeHtml(text.slice(at));
  return out.split('\n').map((line) => `<p>${line}</p>`).join('\n');
}

function markSpan(text: string, s: Span): string {
  const { actor: a, evidence: e } = s;
  const id = a.actor.id;
  const title = `${id} ${a.stance}; ${e.via}; polarity ${polarityLabel(e.polarity)}; ${e.cues.join(' ')}`;
  return `<mark class="s-${a.stance}" title="${escapeHtml(title)}">${marked(text, s.start, s.end, marksOf(a, e))}<sup>${escapeHtml(id)}\u00a0${polarityLabel(e.polarity)}</sup></mark>`;
}

/** The evidence's own marks; without them (a report from 0.1.0), its actor's conditions inside the span. */
function marksOf(a: ActorStance, e: Evidence): readonly EvidenceMark[] {
  if (e.marks) return e.marks;
  return a.conditions.map((c) => ({ kind: 'condition' as const, id: c.kind, start: c.start, end: c.end }));
}

/** [start, end) of the text with cue words in <b class="cue"> and condition phrases in <span class="condition">. */
export function marked(text: string, start: number, end: number, marks: readonly EvidenceMark[]): string {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = [...new Set([start, end, ...inside.flatMap((m) => [m.start, m.end]).filter((x) => x > start && x < end)])].sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = (kind: EvidenceMark['kind']) => inside.find((m) => m.kind === kind && m.start <= a && b <= m.end);
    let piece = escapeHtml(text.slice(a, b));
    const cue = covering('cue');
    const cond = covering('condition');
    if (cue) piece = `<b class="cue" title="${escapeHtml(cue.id)}">${piece}</b>`;
    if (cond) piece = `<span class="condition" title="${escapeHtml(`condition: ${cond.id}`)}">${piece}</span>`;
    out += piece;
  }
  return out;
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
mark{border-radius:.2rem;padding:0 .1rem;color:inherit}mark sup{font-size:.65em;color:#3c4043;margin-left:.15em}
.s-support{background:${STANCE_TINT.support}}.s-oppose{background:${STANCE_TINT.oppose}}.s-conditional{background:${STANCE_TINT.conditional}}.s-none{background:${STANCE_TINT.none}}
.cue{font-weight:700}.condition{text-decoration:underline dotted ${STANCE_COLOUR.conditional} 2px;text-underline-offset:.2em}
.legend{font-size:.85rem;color:#3c4043}.legend .key{border-radius:.2rem;padding:0 .3rem}.legend sup{font-size:.75em}
.pol{display:inline-block;min-width:1.6em;text-align:center;border-radius:.2rem;font-size:.8em;color:#fff}
.pol-pos{background:${STANCE_COLOUR.support}}.pol-neg{background:${STANCE_COLOUR.oppose}}.pol-zero{background:${STANCE_COLOUR.conditional}}
.diag{font-size:.9rem;color:#5f6368}
`;
