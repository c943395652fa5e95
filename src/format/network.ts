/**
 * Actor × actor networks of a corpus summary. In each period (and question), two actors agree
 * when both hold the same position (support, oppose or conditional), and conflict when one
 * supports and the other opposes. Each actor's strength for a position in a period is 1 when it
 * held it in at least one document (`count`), or the highest confidence it held it with
 * (`confidence`); an edge adds the product of the two strengths, per position shared.
 */
import { STANCES, type ActorEdge, type Relation, type Stance } from '../types';

export type Position = Exclude<Stance, 'none'>;
export const POSITIONS: readonly Position[] = STANCES.filter((s): s is Position => s !== 'none');

/** Strength per position of one actor in one period. */
export type Strengths = Partial<Record<Position, number>>;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Agreement and conflict weights of two actors in a period. */
export function relate(a: Strengths, b: Strengths): Record<Relation, number> {
  let agreement = 0;
  for (const p of POSITIONS) agreement += (a[p] ?? 0) * (b[p] ?? 0);
  const conflict = (a.support ?? 0) * (b.oppose ?? 0) + (a.oppose ?? 0) * (b.support ?? 0);
  return { agreement: round(agreement), conflict: round(conflict) };
}

/** The edges among the actors of one period and question (actors: id → strengths). */
export function periodEdges(period: string, question: string, actors: ReadonlyMap<string, Strengths>): ActorEdge[] {
  const ids = [...actors.keys()].sort();
  const out: ActorEdge[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const w = relate(actors.get(ids[i])!, actors.get(ids[j])!);
      for (const relation of ['agreement', 'conflict'] as const) {
        if (w[relation] > 0) out.push({ period, question, source: ids[i], target: ids[j], relation, weight: w[relation] });
      }
    }
  }
  return out;
}

/** An edge summed over periods: total weight and the number of periods it appeared in. */
export interface TotalEdge {
  readonly question: string;
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  weight: number;
  periods: number;
}

export function sumOverPeriods(edges: readonly ActorEdge[]): TotalEdge[] {
  const totals = new Map<string, TotalEdge>();
  for (const e of edges) {
    const key = `${e.question}\u0000${e.relation}\u0000${e.source}\u0000${e.target}`;
    const t = totals.get(key) ?? { question: e.question, source: e.source, target: e.target, relation: e.relation, weight: 0, periods: 0 };
    t.weight = round(t.weight + e.weight);
    t.periods++;
    totals.set(key, t);
  }
  return [...totals.values()];
}
