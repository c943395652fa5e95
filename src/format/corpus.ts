/**
 * The corpus view of many reports: actors × stance counts per day, ISO week or month; the
 * actor–question two-mode network (as the Discourse Network Analyzer exports it) in GraphML for
 * Gephi or visone; and actor × actor agreement and conflict networks per period (GraphML, CSV).
 * Counts are documents, or summed confidences with `weight: 'confidence'`.
 */
import { STANCES, type ActorEdge, type CorpusSummaryOptions, type CsvOptions, type DailyRow, type Period, type Relation, type Stance, type StanceReport, type Weighting } from '../types';
import { csvDocument } from './csv';
import { graphml, type GraphmlEdge, type GraphmlElement } from './graphml';
import { periodEdges, POSITIONS, sumOverPeriods, type Strengths } from './network';
import { PERIODS, periodOf } from './periods';


/** What one actor did on one day for one question. */
interface DayCell {
  readonly date: string;
  readonly question: string;
  readonly actor: string;
  readonly name: string;
  readonly counts: Record<Stance, number>;
  /** Sum and highest confidence per stance. */
  readonly confidence: Record<Stance, number>;
  readonly best: Record<Stance, number>;
}

const zeros = (): Record<Stance, number> => ({ support: 0, oppose: 0, conditional: 0, none: 0 });
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Accumulates reports; memory grows with actors × days, not with documents. */
export class CorpusSummary {
  private readonly daily = new Map<string, DayCell>();
  private readonly questions = new Map<string, string>();
  readonly by: Period;
  readonly weight: Weighting;
  documents = 0;

  constructor(options: CorpusSummaryOptions = {}) {
    this.by = options.by ?? 'day';
    this.weight = options.weight ?? 'count';
    if (!PERIODS.includes(this.by)) throw new RangeError(`standpoint: by must be one of ${PERIODS.join(', ')}, got ${String(this.by)}`);
    if (this.weight !== 'count' && this.weight !== 'confidence') throw new RangeError(`standpoint: weight must be count or confidence, got ${String(this.weight)}`);
  }

  add(report: StanceReport): void {
    this.documents++;
    this.questions.set(report.question.id, report.question.label);
    for (const a of report.actors) {
      const key = `${report.date}\u0000${report.question.id}\u0000${a.actor.id}`;
      let cell = this.daily.get(key);
      if (!cell) {
        cell = { date: report.date, question: report.question.id, actor: a.actor.id, name: a.actor.name, counts: zeros(), confidence: zeros(), best: zeros() };
        this.daily.set(key, cell);
      }
      cell.counts[a.stance]++;
      cell.confidence[a.stance] += a.confidence;
      cell.best[a.stance] = Math.max(cell.best[a.stance], a.confidence);
    }
  }

  /** Rows per period, question and actor, sorted by period, then actor. */
  rows(): DailyRow[] {
    const rows = new Map<string, DailyRow & { counts: Record<Stance, number> }>();
    for (const c of this.daily.values()) {
      const date = periodOf(c.date, this.by);
      const key = `${date}\u0000${c.question}\u0000${c.actor}`;
      const row = rows.get(key) ?? { date, question: c.question, actor: c.actor, name: c.name, counts: zeros() };
      for (const s of STANCES) row.counts[s] = round(row.counts[s] + this.weighOf(c, s));
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || a.actor.localeCompare(b.actor) || a.question.localeCompare(b.question));
  }

  /** CSV: the period (`date`, `week` or `month` column), actor, name, then one count column per stance. */
  toCsv(options: CsvOptions = {}): string {
    const first = this.by === 'day' ? 'date' : this.by;
    return csvDocument([first, 'actor', 'name', ...STANCES], this.rows().map((r) => [r.date, r.actor, r.name, ...STANCES.map((s) => r.counts[s])]), options);
  }

  /**
   * GraphML two-mode network: actor nodes and question nodes; one edge per actor, question and
   * qualifier (support / oppose / conditional) weighted by the number of documents (or their
   * summed confidence), plus an `agreement` attribute in [-1, 1] on each actor node (support minus
   * oppose over positions taken).
   */
  toGraphml(): string {
    const totals = new Map<string, { actor: string; name: string; counts: Record<Stance, number>; question: string }>();
    for (const c of this.daily.values()) {
      const k = `${c.question}\u0000${c.actor}`;
      const t = totals.get(k) ?? { actor: c.actor, name: c.name, question: c.question, counts: zeros() };
      for (const s of STANCES) t.counts[s] = round(t.counts[s] + this.weighOf(c, s));
      totals.set(k, t);
    }
    const nodes: GraphmlElement[] = [...this.questions].map(([qid, label]) => ({ id: `q:${qid}`, data: { type: 'question', label } }));
    const edges: GraphmlEdge[] = [];
    const seen = new Set<string>();
    for (const t of totals.values()) {
      const id = `a:${t.actor}`;
      const taken = t.counts.support + t.counts.oppose + t.counts.conditional;
      const agreement = taken ? (t.counts.support - t.counts.oppose) / taken : 0;
      if (!seen.has(id)) { seen.add(id); nodes.push({ id, data: { type: 'actor', label: t.name, agreement: agreement.toFixed(3) } }); }
      for (const s of POSITIONS) {
        if (t.counts[s]) edges.push({ id: `e${edges.length}`, source: id, target: `q:${t.question}`, data: { qualifier: s, weight: t.counts[s] } });
      }
    }
    return graphml([
      { id: 'type', for: 'node', type: 'string' }, { id: 'label', for: 'node', type: 'string' }, { id: 'agreement', for: 'node', type: 'double' },
      { id: 'qualifier', for: 'edge', type: 'string' }, { id: 'weight', for: 'edge', type: 'double' },
    ], nodes, edges);
  }

  /**
   * Actor × actor edges per period and question: `agreement` when both actors hold the same
   * position (support, oppose or conditional) in the period, `conflict` when one supports and the
   * other opposes. Weight per period and shared position: 1 (`count`), or the product of the two
   * actors' highest confidences for it (`confidence`).
   */
  actorEdges(): ActorEdge[] {
    const groups = new Map<string, { period: string; question: string; actors: Map<string, Strengths> }>();
    for (const c of this.daily.values()) {
      const period = periodOf(c.date, this.by);
      const key = `${period}\u0000${c.question}`;
      const g = groups.get(key) ?? { period, question: c.question, actors: new Map<string, Strengths>() };
      groups.set(key, g);
      const st = g.actors.get(c.actor) ?? {};
      for (const p of POSITIONS) if (c.counts[p]) st[p] = Math.max(st[p] ?? 0, this.weight === 'count' ? 1 : c.best[p]);
      if (Object.keys(st).length) g.actors.set(c.actor, st);
    }
    const order = (a: ActorEdge, b: ActorEdge) => a.period.localeCompare(b.period) || a.question.localeCompare(b.question)
      || a.relation.localeCompare(b.relation) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
    return [...groups.values()].flatMap((g) => periodEdges(g.period, g.question, g.actors)).sort(order);
  }

  /** CSV edge list, one row per period, question, actor pair and relation: `period,question,source,target,relation,weight`. */
  toEdgesCsv(options: CsvOptions & { readonly relation?: Relation } = {}): string {
    const edges = this.actorEdges().filter((e) => !options.relation || e.relation === options.relation);
    return csvDocument(['period', 'question', 'source', 'target', 'relation', 'weight'], edges.map((e) => [e.period, e.question, e.source, e.target, e.relation, e.weight]), options);
  }

  /**
   * GraphML actor × actor network summed over periods: actor nodes (label), one edge per actor
   * pair, question and relation with `relation`, `question`, `weight` (summed) and `periods`
   * (how many periods it appeared in). `relation` keeps one network only.
   */
  toActorGraphml(options: { readonly relation?: Relation } = {}): string {
    const names = new Map<string, string>();
    for (const c of this.daily.values()) if (!names.has(c.actor)) names.set(c.actor, c.name);
    const totals = sumOverPeriods(this.actorEdges().filter((e) => !options.relation || e.relation === options.relation));
    const used = new Set(totals.flatMap((e) => [e.source, e.target]));
    const positioned = new Set([...this.daily.values()].filter((c) => POSITIONS.some((p) => c.counts[p])).map((c) => c.actor));
    const nodes = [...names].filter(([id]) => used.has(id) || positioned.has(id)).sort(([a], [b]) => a.localeCompare(b))
      .map(([id, label]) => ({ id: `a:${id}`, data: { label } }));
    const edges = totals.map((e, i) => ({ id: `e${i}`, source: `a:${e.source}`, target: `a:${e.target}`, data: { relation: e.relation, question: e.question, weight: e.weight, periods: e.periods } }));
    return graphml([
      { id: 'label', for: 'node', type: 'string' }, { id: 'relation', for: 'edge', type: 'string' }, { id: 'question', for: 'edge', type: 'string' },
      { id: 'weight', for: 'edge', type: 'double' }, { id: 'periods', for: 'edge', type: 'int' },
    ], nodes, edges);
  }

  private weighOf(c: DayCell, s: Stance): number {
    return this.weight === 'count' ? c.counts[s] : c.confidence[s];
  }
}
