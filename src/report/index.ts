/**
 * Report stage: turns the analysed document into the public StanceReport (plain JSON).
 */
import type { ActorStance, Condition, Diagnostic, Evidence, EvidenceMark, Speaker, StanceReport, Statement, Via } from '../types';
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import type { ScoredStatement } from '../stance';
import type { Scored } from '../document';
import { cueMarks, conditionMarks, within } from './marks';
import { SCHEMA_VERSION, STANDPOINT_VERSION } from '../version';
import { addStatement, confidenceOf, emptyTally, label, scoreOf, RECALL_WEIGHT, VIA_WEIGHT, type Tally } from './aggregate';

/** Evidence items kept per actor. */
const MAX_EVIDENCE = 8;

interface ActorAcc {
  tally: Tally;
  evidence: Evidence[];
  conditions: Condition[];
  mentions: number;
  first: number;
}

export function buildReport(doc: Doc, c: Compiled, scored: readonly ScoredStatement[], dateUsed: string, diagnostics: readonly Diagnostic[]): StanceReport {
  const acc = new Map<number, ActorAcc>();
  const get = (actor: number, at: number) => {
    let a = acc.get(actor);
    if (!a) { a = { tally: emptyTally(), evidence: [], conditions: [], mentions: 0, first: at }; acc.set(actor, a); }
    return a;
  };
  for (const m of doc.actorMentions) get(m.actor, m.first).mentions++;
  for (const pm of doc.personMentions) {
    const actor = doc.persons[pm.person].actor;
    if (actor !== undefined) get(actor, pm.first).mentions++;
  }
  const statements: Statement[] = [];
  for (const s of scored) {
    for (const agent of s.frame.agents) {
      if (agent.actor === undefined) continue;
      statements.push(addToActor(doc, c, s, agent, get(agent.actor, agent.first)));
    }
  }
  const speakers = speakersByActor(doc);
  const actors: ActorStance[] = [...acc.entries()].map(([index, a]) => actorStance(doc, index, a, speakers.get(index) ?? []));
  actors.sort(byStrength);
  return {
    schemaVersion: SCHEMA_VERSION,
    standpointVersion: STANDPOINT_VERSION,
    question: { id: c.question.id, label: c.question.label },
    date: dateUsed,
    actors,
    statements,
    diagnostics: [...diagnostics],
  };
}

/** Adds one scored statement to one of its agents' actor: tally, evidence, conditions; returns the statement. */
function addToActor(doc: Doc, c: Compiled, s: ScoredStatement, agent: Frame['agents'][number], a: ActorAcc): Statement {
  const via = (k: number) => viaAt(doc, s.frame, k);
  addStatement(a.tally, s, via, doc.tokens.start[s.frame.verb] / Math.max(1, doc.text.length), agent.rule ? RECALL_WEIGHT : 1);
  const speaker = agent.person !== undefined ? doc.persons[agent.person].name : undefined;
  for (const sc of s.scores) a.evidence.push(evidenceOf(doc, s.frame, agent.rule ? { ...sc, cues: [...sc.cues, agent.rule] } : sc, via(sc.first), speaker, cueMarks(doc, c.question, sc)));
  for (const cond of s.conditions) {
    for (const kind of cond.kinds) a.conditions.push(conditionOf(doc, kind, cond));
    const sc = { polarity: 0, weight: 1, first: cond.first, last: cond.last, cues: [cond.marker, ...cond.kinds.map((k) => `kind.${k}`)] };
    a.evidence.push(evidenceOf(doc, s.frame, sc, via(cond.first), speaker, conditionMarks(doc, c.question, cond)));
  }
  return statementOf(doc, s, agent.actor!, speaker);
}

/** The people named in the text, by the actor they speak for. */
function speakersByActor(doc: Doc): Map<number, Speaker[]> {
  const speakers = new Map<number, Speaker[]>();
  for (const p of doc.persons) {
    if (p.actor === undefined) continue;
    const list = speakers.get(p.actor) ?? [];
    list.push(p.role ? { name: p.name, role: p.role } : { name: p.name });
    speakers.set(p.actor, list);
  }
  return speakers;
}

function actorStance(doc: Doc, index: number, a: ActorAcc, speakers: Speaker[]): ActorStance {
  const actor = doc.gaz.actors[index];
  const stance = label(a.tally);
  return {
    actor: { id: actor.id, name: actor.name, kind: actor.kind },
    stance,
    score: scoreOf(a.tally, stance),
    confidence: confidenceOf(a.tally, stance),
    conditions: dedupeConditions(a.conditions),
    evidence: stance === 'none' ? [] : bestEvidence(a.evidence, stance),
    speakers,
    mentions: a.mentions,
  };
}

const STANCE_ORDER = { support: 0, oppose: 0, conditional: 0, none: 1 };
function byStrength(a: ActorStance, b: ActorStance): number {
  return STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || b.confidence - a.confidence || b.mentions - a.mentions;
}

/** How the words at token k reached the text: inside a quote they are a quote. */
function viaAt(doc: Doc, f: Frame, k: number): Via {
  return doc.quoteAt[k] >= 0 ? 'quote' : f.via;
}

/** The evidence span: the cue's sentence, clipped to the statement (and its agent) and to the quote. */
function evidenceOf(doc: Doc, f: Frame, sc: Scored, via: Via, speaker: string | undefined, marks: readonly EvidenceMark[]): Evidence {
  const t = doc.tokens;
  const s = doc.sentences[t.sentence[sc.first]];
  let start = t.start[Math.max(s.first, Math.min(f.first, f.agents[0].first, sc.first))];
  // Agents after the content ("… were A, B and C", "rejected by A and B") belong to the evidence.
  let end = t.end[Math.min(s.last, Math.max(f.last, sc.last, f.agents[f.agents.length - 1].last)) - 1];
  if (f.via === 'quote' && f.quote !== undefined) {
    const q = doc.quotes[f.quote];
    start = Math.max(start, q.innerStart);
    end = Math.min(end, q.innerEnd);
  }
  if (t.start[sc.first] < start) start = t.start[sc.first];
  if (t.end[sc.last - 1] > end) end = t.end[sc.last - 1];
  ({ start, end } = trim(doc.text, start, end));
  return { text: doc.text.slice(start, end), start, end, speaker, via, cues: sc.cues, polarity: sc.polarity, marks: within(marks, start, end) };
}

export function trim(text: string, start: number, end: number): { start: number; end: number } {
  if (end < start) end = start;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Strongest first: evidence agreeing with the label, then by weight; one item per span. */
function bestEvidence(list: Evidence[], stance: string): Evidence[] {
  const want = stance === 'support' ? 1 : stance === 'oppose' ? -1 : 0;
  const rank = (e: Evidence) => (Math.sign(e.polarity) === want ? 2 : want === 0 ? 1 : 0) + VIA_WEIGHT[e.via] / 10;
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...list].sort((a, b) => rank(b) - rank(a) || a.start - b.start)) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

function conditionOf(doc: Doc, kind: Condition['kind'], cond: { marker: string; first: number; last: number }): Condition {
  const t = doc.tokens;
  const { start, end } = trim(doc.text, t.start[cond.first], t.end[cond.last - 1]);
  return { kind, text: doc.text.slice(start, end), start, end, cue: cond.marker };
}

function dedupeConditions(list: Condition[]): Condition[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.kind) && (seen.add(c.kind), true));
}

function statementOf(doc: Doc, s: ScoredStatement, actor: number, speaker: string | undefined): Statement {
  const t = doc.tokens;
  const f = s.frame;
  const { start, end } = trim(doc.text, t.start[f.first], t.end[f.last - 1]);
  const net = s.scores.reduce((n, x) => n + Math.sign(x.polarity) * x.weight, 0);
  const stance = s.conditions.length ? 'conditional' : net > 0 ? 'support' : net < 0 ? 'oppose' : 'none';
  const cues = [...new Set([...s.scores.flatMap((x) => x.cues), ...s.conditions.map((x) => x.marker)])];
  return {
    actor: doc.gaz.actors[actor].id,
    ...(speaker ? { speaker } : {}),
    cue: f.via === 'quote' ? 'quote' : t.value[f.verb],
    via: f.via,
    text: doc.text.slice(start, end), start, end,
    stance, cues,
  };
}
