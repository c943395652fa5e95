/**
 * toHtml: stance-coloured highlights with a legend, cue words and condition phrases marked inside
 * evidence, polarity per evidence, everything escaped and no scripts; and the evidence marks the
 * report carries for it (offsets inside their span).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, toHtml, type StanceReport } from '../../src';
import { marked, polarityLabel } from '../../src/format/html';
import { SEED_LIKE, NEGATION } from '../fixtures/articles';

const report = analyze(SEED_LIKE, { date: '2023-03-17' });
const html = toHtml(report, SEED_LIKE);
const article = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));

describe('toHtml highlights', () => {
  it('has a legend naming the stance colours, cue words, conditions and polarity', () => {
    const legend = /<p class="legend">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    for (const s of ['support', 'oppose', 'conditional']) expect(legend).toContain(`<span class="key s-${s}">${s}</span>`);
    expect(legend).toContain('<b class="cue">cue words</b>');
    expect(legend).toContain('<span class="condition">condition</span>');
    expect(legend).toMatch(/polarity/);
    for (const s of ['support', 'oppose', 'conditional']) expect(html).toMatch(new RegExp(`\\.s-${s}\\{background:#[0-9a-f]{6}\\}`));
  });

  it('colours each evidence span by its actor\'s stance and shows actor and polarity', () => {
    expect(article).toMatch(/<mark class="s-support" title="CHN support; reported; polarity \+1; [^"]*">Qin Gang, /);
    expect(article).toMatch(/<mark class="s-oppose" title="USA oppose;[^"]*">John Kirby said/);
    expect(article).toMatch(/<mark class="s-conditional" title="GBR conditional;[^"]*polarity 0;/);
    expect(article).toContain('<sup>CHN\u00a0+1</sup>');
    expect(article).toContain('<sup>USA\u00a0\u22121</sup>');
    expect(article).toContain('<sup>GBR\u00a00</sup>');
  });

  it('marks cue words and condition phrases inside the evidence', () => {
    expect(article).toContain('<b class="cue" title="support.call-for">called for</b> <b class="cue" title="target.talks">peace talks</b>');
    expect(article).toContain('<b class="cue" title="oppose.ratify-conquest">ratification of Russian conquest</b>');
    expect(article).toMatch(/<b class="cue" title="cond\.not-a-deal">which is not<\/b> <span class="condition" title="condition: sovereignty">predicated on Ukraine’s sovereignty/);
  });

  it('shows the polarity of every evidence in the cards', () => {
    const cards = html.slice(html.indexOf('<section class="cards">'), html.indexOf('</section>'));
    expect(cards).toContain('<span class="pol pol-neg" title="polarity of these words alone">\u22121</span> John Kirby said');
    expect(cards).toMatch(/<span class="pol pol-pos"[^>]*>\+1<\/span> /);
    expect(cards).toMatch(/<span class="pol pol-zero"[^>]*>0<\/span> Jamie Davies/);
    expect([polarityLabel(1), polarityLabel(-1), polarityLabel(0)]).toEqual(['+1', '\u22121', '0']);
  });

  it('a report without marks (0.1.0) still marks its actors\' conditions', () => {
    const old: StanceReport = { ...report, actors: report.actors.map((a) => ({ ...a, evidence: a.evidence.map(({ marks, ...e }) => e) })) };
    const page = toHtml(old, SEED_LIKE);
    expect(page).toContain('<span class="condition" title="condition: sovereignty">predicated on');
    expect(page).not.toContain('<b class="cue" title=');
  });

  it('marked() nests a cue inside a condition and escapes every piece', () => {
    const text = 'only if <troops> & "guns" leave';
    const out = marked(text, 0, text.length, [
      { kind: 'cue', id: 'cond.only-if', start: 0, end: 7 },
      { kind: 'condition', id: 'withdrawal', start: 8, end: text.length },
      { kind: 'cue', id: 'x"><script>', start: 8, end: 16 },
    ]);
    expect(out).toBe('<b class="cue" title="cond.only-if">only if</b> '
      + '<span class="condition" title="condition: withdrawal"><b class="cue" title="x&quot;&gt;&lt;script&gt;">&lt;troops&gt;</b></span>'
      + '<span class="condition" title="condition: withdrawal"> &amp; &quot;guns&quot; leave</span>');
  });
});

describe('toHtml escaping', () => {
  const hostile = [
    'Envoys meet as the war goes on',
    'Air strikes and shelling continued as the war entered its second year.',
    'China called for peace talks <script>alert(1)</script> to end the war & "more" <img src=x onerror=alert(2)>.',
    'The Northern Front said: “We reject any <b>ceasefire</b> <iframe src=javascript:alert(3)>.”',
  ].join('\n');
  const custom = createAnalyzer({ actors: [{ id: 'NF', name: '<b onmouseover=alert(4)>Northern Front', kind: 'organization', names: ['Northern Front'] }] });
  const r = custom.analyze(hostile, { date: '2023-03-17' });
  const page = toHtml(r, hostile, { title: '</title><script>alert(5)</script>' });

  it('runs no script and opens no element from the text, the data or the title', () => {
    expect(r.actors.some((a) => a.evidence.length > 0)).toBe(true);
    expect(page).not.toMatch(/<(?:script|iframe|img)\b/i);
    expect(page).not.toMatch(/<[^>]*\son\w+=/i); // no event handler attribute inside any real tag
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;b onmouseover=alert(4)&gt;Northern Front');
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;</title>');
  });

  it('keeps the page\'s own tags balanced around marks', () => {
    for (const tag of ['mark', 'b', 'span', 'p', 'sup']) {
      expect(page.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0, tag).toBe(page.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0);
    }
  });
});

describe('evidence marks in reports', () => {
  const dir = fileURLToPath(new URL('../fixtures/heldout', import.meta.url));
  const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string });

  it('lie inside their evidence span, name cues the evidence names, and mark every condition', () => {
    let cues = 0;
    let conditions = 0;
    for (const d of [{ id: 'seed', text: SEED_LIKE }, { id: 'negation', text: NEGATION }, ...docs]) {
      for (const a of analyze(d.text).actors) {
        for (const e of a.evidence) {
          expect(e.marks, d.id).toBeDefined();
          for (const m of e.marks!) {
            expect(m.start >= e.start && m.end <= e.end && m.end > m.start, `${d.id} ${a.actor.id} ${m.id}`).toBe(true);
            if (m.kind === 'cue') { cues++; expect(e.cues, `${d.id} ${m.id}`).toContain(m.id); }
            else { conditions++; expect(e.cues, `${d.id} ${m.id}`).toContain(`kind.${m.id}`); }
          }
          if (e.polarity === 0 && e.cues.some((c) => c.startsWith('kind.'))) expect(e.marks!.some((m) => m.kind === 'condition'), `${d.id} ${a.actor.id}`).toBe(true);
        }
      }
    }
    expect(cues).toBeGreaterThan(100);
    expect(conditions).toBeGreaterThan(10);
  });
});
