/**
 * The corpus view of many reports: actors × stance counts per day, and the actor–question
 * two-mode network (as the Discourse Network Analyzer exports it) in GraphML for Gephi or visone.
 */
import type { Stance, StanceReport } from '../types';

const STANCES: readonly Stance[] = ['support', 'oppose', 'conditional', 'none'];

/** Counts of one actor on one day. */
export interface DailyRow {
  readonly date: string;
  readonly actor: string;
  readonly name: string;
  readonly counts: Readonly<Record<Stance, number>>;
}

/** Accumulates reports; memory grows with actors × days, not with documents. */
export class CorpusSummary {
  private readonly daily = new Map<string, { date: string; actor: string; name: string; counts: Record<Stance, number> }>();
  private readonly questions = new Map<string, string>();
  documents = 0;

  add(report: StanceReport): void {
    this.documents++;
    this.questions.set(report.question.id, report.question.label);
    for (const a of report.actors) {
      const key = `${report.date}\u0000${report.question.id}\u0000${a.actor.id}`;
      let row = this.daily.get(key);
      if (!row) {
        row = { date: report.date, actor: a.actor.id, name: a.actor.name, counts: { support: 0, oppose: 0, conditional: 0, none: 0 } };
        this.daily.set(key, row);
      }
      row.counts[a.stance]++;
    }
  }

  /** Rows sorted by date, then actor. */
  rows(): DailyRow[] {
    return [...this.daily.values()].sort((a, b) => a.date.localeCompare(b.date) || a.actor.localeCompare(b.actor));
  }

  /** CSV: date, actor, name, then one count column per stance. */
  toCsv(): string {
    const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [`date,actor,name,${STANCES.join(',')}`];
    for (const r of this.rows()) lines.push([r.date, r.actor, esc(r.name), ...STANCES.map((s) => String(r.counts[s]))].join(','));
    return `${lines.join('\n')}\n`;
  }

  /**
   * GraphML two-mode network: actor nodes and question nodes; one edge per actor, question and
   * qualifier (support / oppose / conditional) weighted by the number of documents, plus an
   * `agreement` attribute in [-1, 1] on each actor node (support minus oppose over positions taken).
   */
  toGraphml(): string {
    const totals = new Map<string, { actor: string; name: string; counts: Record<Stance, number>; question: string }>();
    for (const [key, r] of this.daily) {
      const question = key.split('\u0000')[1];
      const k = `${question}\u0000${r.actor}`;
      const t = totals.get(k) ?? { actor: r.actor, name: r.name, question, counts: { support: 0, oppose: 0, conditional: 0, none: 0 } };
      for (const s of STANCES) t.counts[s] += r.counts[s];
      totals.set(k, t);
    }
    const x = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
    const nodes: string[] = [];
    const edges: string[] = [];
    const seen = new Set<string>();
    for (const [qid, label] of this.questions) nodes.push(`<node id="q:${x(qid)}"><data key="type">question</data><data key="label">${x(label)}</data></node>`);
    let e = 0;
    for (const t of totals.values()) {
      const nodeKey = `a:${t.actor}`;
      const taken = t.counts.support + t.counts.oppose + t.counts.conditional;
      const agreement = taken ? (t.counts.support - t.counts.oppose) / taken : 0;
      if (!seen.has(nodeKey)) {
        seen.add(nodeKey);
        nodes.push(`<node id="${x(nodeKey)}"><data key="type">actor</data><data key="label">${x(t.name)}</data><data key="agreement">${agreement.toFixed(3)}</data></node>`);
      }
      for (const s of ['support', 'oppose', 'conditional'] as const) {
        if (!t.counts[s]) continue;
        edges.push(`<edge id="e${e++}" source="${x(nodeKey)}" target="q:${x(t.question)}"><data key="qualifier">${s}</data><data key="weight">${t.counts[s]}</data></edge>`);
      }
    }
    return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="type" for="node" attr.name="type" attr.type="string"/>
<key id="label" for="node" attr.name="label" attr.type="string"/>
<key id="agreement" for="node" attr.name="agreement" attr.type="double"/>
<key id="qualifier" for="edge" attr.name="qualifier" attr.type="string"/>
<key id="weight" for="edge" attr.name="weight" attr.type="double"/>
<graph id="standpoint" edgedefault="undirected">
${nodes.join('\n')}
${edges.join('\n')}
</graph>
</graphml>
`;
  }
}
