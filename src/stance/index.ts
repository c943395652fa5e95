/**
 * Stance stage: scores every attributed statement. Its content is cut into clauses; in each,
 * the question's cues are matched (off-topic targets dropped), conditions are found, and the
 * remaining cues are composed into signed, weighted scores.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import { clauses, concessive, indirectQuestion, pastEvent } from './clauses';
import { clausePolarity, type Scored } from './polarity';
import { clauseConditions, markers, type FoundCondition } from './conditions';
import { matchAll, type Match } from '../lexicon/match';
import { hasOffTopic, inDomain, offTopic } from './relevance';
import { emptyReason, type FrameNote, type Notes, type Skip } from './notes';
import type { DropReason } from '../data/reasons';
import { describesEvent, describesOther, othersAct } from '../attribution/nesting';

export interface ScoredStatement {
  readonly frame: Frame;
  readonly scores: readonly Scored[];
  readonly conditions: readonly FoundCondition[];
}

/** Cue and marker matches of the whole body, found once per text; clauses pick theirs by position. */
export interface BodyMatches {
  readonly cues: readonly Match[];
  /** Index into `cues` of the match starting at each token, else -1. */
  readonly cueAt: Int32Array;
  readonly markers: readonly Match[];
  readonly markerAt: Int32Array;
  /** Running count of cue and marker starts before each token: a frame without any is skipped. */
  readonly before: Int32Array;
}

/** Scores every statement; with `notes`, records why a statement or a part of it gave nothing. */
export function scoreStatements(doc: Doc, c: Compiled, notes?: Notes): ScoredStatement[] {
  const scorable = doc.frames.filter((f) => !f.embedded && f.agents.some((a) => a.actor !== undefined));
  const body = bodyMatches(doc, c, scorable);
  const domain = inDomain(doc, c.question, () => bodyMatches(doc, c, undefined).cues);
  // Outside the domain (a snippet, a headline with its lede) a statement still counts when it
  // names one of the question's targets ("called for a ceasefire"), not a weak one ("a deal"),
  // unless the text is about something else ("tariffs", "climate") that makes the word a metaphor.
  const alone = !domain && !hasOffTopic(doc, c.question);
  return scorable.map((f, i) => {
    if (domain || (alone && namesTarget(body, f))) return scoreFrame(doc, c, f, body, notes, wordsBefore(doc, scorable, i));
    notes?.set(f, { dropped: alone ? 'outside-domain' : 'off-topic', skipped: [] });
    return { frame: f, scores: [], conditions: [] };
  });
}

function namesTarget(body: BodyMatches, f: Frame): boolean {
  for (let k = f.first; k < f.last; k++) {
    const m = body.cueAt[k] >= 0 ? body.cues[body.cueAt[k]] : undefined;
    // A predicate that means something alone ("offered to mediate", "voted against it") names the question too.
    if (m && (m.entry.role === 'target' ? !m.entry.weak : m.entry.alone !== undefined) && m.last <= f.last) return true;
  }
  return false;
}

/** One pass of the question's cues and contingency markers over the sentences that hold a
 *  statement (`frames`), or over every body sentence when `frames` is undefined. */
function bodyMatches(doc: Doc, c: Compiled, frames: readonly Frame[] | undefined): BodyMatches {
  const t = doc.tokens;
  const q = c.question;
  const cues: Match[] = [];
  const found: Match[] = [];
  const none = () => false;
  const wanted = frames && new Set(frames.flatMap((f) => sentencesOf(doc, f)));
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let s = p.firstSentence; s < p.lastSentence; s++) {
      if (wanted && !wanted.has(s)) continue;
      const { first, last } = doc.sentences[s];
      for (const m of matchAll(q.cues, t, first, last)) if (m.entry.polarity !== 0 && (m.entry.role === 'predicate' || !offTopic(t, q, m))) cues.push(m);
      found.push(...markers(t, q, first, last, none));
    }
  }
  const cueAt = indexByStart(cues, t.count);
  const markerAt = indexByStart(found, t.count);
  const before = new Int32Array(t.count + 1);
  for (let k = 0; k < t.count; k++) before[k + 1] = before[k] + (cueAt[k] >= 0 || markerAt[k] >= 0 ? 1 : 0);
  return { cues, cueAt, markers: found, markerAt, before };
}

/** Sentence indices a frame's content touches (with the one before, for "Otherwise" clauses). */
function sentencesOf(doc: Doc, f: Frame): number[] {
  const t = doc.tokens;
  const out: number[] = [];
  for (let s = Math.max(0, t.sentence[f.first] - 1); s <= t.sentence[f.last - 1]; s++) out.push(s);
  return out;
}

function indexByStart(list: readonly Match[], n: number): Int32Array {
  const at = new Int32Array(n).fill(-1);
  list.forEach((m, i) => { at[m.first] = i; });
  return at;
}

/** The matches lying wholly inside [a, b) with no skipped token. */
function within(list: readonly Match[], at: Int32Array, a: number, b: number, skip: Uint8Array, base: number): Match[] {
  const out: Match[] = [];
  for (let k = a; k < b; k++) {
    const i = at[k];
    if (i < 0) continue;
    const m = list[i];
    if (m.last > b) continue;
    let ok = true;
    for (let j = m.first; j < m.last && ok; j++) ok = skip[j - base] === 0;
    if (ok) { out.push(m); k = m.last - 1; }
  }
  return out;
}

/** Tokens of the frame's range that are not its words: described clauses, others' quotes. */
function skipMask(doc: Doc, f: Frame): Uint8Array {
  const mask = new Uint8Array(f.last - f.first);
  for (const [a, b] of f.excluded) for (let k = Math.max(a, f.first); k < Math.min(b, f.last); k++) mask[k - f.first] = 1;
  if (f.via !== 'quote') {
    for (let k = f.first; k < f.last; k++) if (doc.quoteAt[k] >= 0 && !quoteInside(doc, f, k)) mask[k - f.first] = 1;
  }
  return mask;
}

/** Runs of quoted words skipMask leaves out of a reported statement (others' quotes, traced as their own). */
function quoteParts(doc: Doc, f: Frame): Skip[] {
  const out: Skip[] = [];
  if (f.via === 'quote') return out;
  for (let k = f.first; k < f.last; k++) {
    if (doc.quoteAt[k] < 0 || quoteInside(doc, f, k)) continue;
    const first = k;
    while (k + 1 < f.last && doc.quoteAt[k + 1] === doc.quoteAt[first]) k++;
    out.push({ reason: 'clause.quote', first, last: k + 1 });
  }
  return out;
}

/** Scores one statement; `earlier` is the same speaker's words in the sentence before, for markers that point back. */
function scoreFrame(doc: Doc, c: Compiled, f: Frame, body: BodyMatches, notes?: Notes, earlier?: [number, number]): ScoredStatement {
  const t = doc.tokens;
  if (body.before[f.last] === body.before[f.first]) {
    notes?.set(f, { dropped: offTopicIn(doc, c, f) ? 'off-topic' : 'no-cue', skipped: [] });
    return { frame: f, scores: [], conditions: [] };
  }
  const q = c.question;
  const mask = skipMask(doc, f);
  const inEarlier = (k: number) => earlier !== undefined && k >= earlier[0] && k < earlier[1];
  const skip = (k: number) => !inEarlier(k) && (k < f.first || k >= f.last || mask[k - f.first] === 1);
  const scores: Scored[] = [];
  const conditions: FoundCondition[] = [];
  const owners = new Set(f.agents.map((x) => x.actor));
  const skipped: Skip[] = [];
  let prev = earlier;
  for (const [a, b] of clauses(t, f.first, f.last, skip)) {
    const cues = within(body.cues, body.cueAt, a, b, mask, f.first);
    const why = clauseDrop(doc, owners, f, a, b) ?? (describesEvent(doc, owners, f, a, b, cues) ? 'clause.describes-event' : undefined);
    if (why) { skipped.push({ reason: why, first: a, last: b }); continue; }
    const items = ownCues(doc, owners, cues, skipped);
    const marks = within(body.markers, body.markerAt, a, b, mask, f.first);
    const found = clauseConditions(t, q, items, marks, a, b, skip, (sub, x, y) => clausePolarity(t, q, sub, x, y), prev);
    prev = ownWords(doc, f, a, b);
    conditions.push(...found.conditions.map((x) => ({ ...x, ...span(ownWords(doc, f, x.first, x.last)) })));
    const act = f.via === 'action' ? f.verb : -1;
    scores.push(...clausePolarity(t, q, items.filter(found.outside), a, b, act), ...found.extra);
  }
  if (notes) notes.set(f, frameNote(f, body, [...skipped, ...quoteParts(doc, f)], scores.length + conditions.length === 0));
  return { frame: f, scores, conditions };
}

/** The same speaker's statement in the sentence before f's ("“They must withdraw,” Peru said.
 *  “Only then would we sign.”"): its own words, for "otherwise" and "only then". */
function wordsBefore(doc: Doc, frames: readonly Frame[], i: number): [number, number] | undefined {
  const f = frames[i];
  const p = frames[i - 1];
  const t = doc.tokens;
  if (!p || t.sentence[p.last - 1] !== t.sentence[f.first] - 1) return undefined;
  if (!p.agents.some((a) => a.actor !== undefined && f.agents.some((b) => b.actor === a.actor))) return undefined;
  return ownWords(doc, p, p.first, p.last);
}

/** Quote marks and punctuation at the edges of a span. */
const EDGE = /^[“”"‘’'«»,.;:]$/;

/** The words [first, last) without the statement's own attribution ("…,” Peru said.", "said …",
 *  "said that …") and the quote marks and punctuation at their edges; the span itself when nothing else is left. */
function ownWords(doc: Doc, f: Frame, from: number, to: number): [number, number] {
  const t = doc.tokens;
  let first = from;
  let last = to;
  const by = Math.min(...f.agents.map((a) => a.first));
  if (f.trailing && by > first && by <= last && f.verb < last) last = by; // "…,” Peru said."
  if (f.verb === first) first++; // "said Hamas must …"
  while (first < last && (EDGE.test(t.value[first]) || (t.lower[first] === 'that' && first === f.verb + 1))) first++;
  while (last > first && EDGE.test(t.value[last - 1])) last--;
  return last > first ? [first, last] : [from, to];
}

function span([first, last]: [number, number]): { first: number; last: number } {
  return { first, last };
}

function frameNote(f: Frame, body: BodyMatches, skipped: readonly Skip[], empty: boolean): FrameNote {
  return { dropped: empty ? emptyReason(body.before, f, skipped) : undefined, skipped };
}

/** Why a clause of the statement is not its speaker's position, or undefined when it is. */
function clauseDrop(doc: Doc, owners: ReadonlySet<number | undefined>, f: Frame, a: number, b: number): DropReason | undefined {
  if (describesOther(doc, owners, f, a, b)) return 'clause.describes-other';
  if (concessive(doc.tokens, a)) return 'clause.concessive';
  if (pastEvent(doc.tokens, a)) return 'clause.past-event';
  if (indirectQuestion(doc.tokens, a)) return 'clause.indirect-question';
  return undefined;
}

/** The cues that are the speaker's: another actor's act ("violated by Hamas") is skipped. */
function ownCues(doc: Doc, owners: ReadonlySet<number | undefined>, cues: readonly Match[], skipped: Skip[]): Match[] {
  return cues.filter((m) => {
    if (!othersAct(doc, owners, m)) return true;
    skipped.push({ reason: 'cue.others-act', first: m.first, last: m.last });
    return false;
  });
}

/** A question target in the frame's words that only an off-topic word took away ("trade talks"). */
function offTopicIn(doc: Doc, c: Compiled, f: Frame): boolean {
  const q = c.question;
  return matchAll(q.cues, doc.tokens, f.first, f.last).some((m) => m.entry.polarity !== 0 && m.entry.role !== 'predicate' && offTopic(doc.tokens, q, m));
}

/** Quotes inside a reported statement's content are its speaker's words. */
function quoteInside(doc: Doc, f: Frame, k: number): boolean {
  const q = doc.quotes[doc.quoteAt[k]];
  const t = doc.tokens;
  return t.start[f.first] <= q.start && q.end <= t.end[f.last - 1] + 1;
}
