/**
 * Stance stage: scores every attributed statement. Its content is cut into clauses; in each,
 * the question's cues are matched (off-topic targets dropped), conditions are found, and the
 * remaining cues are composed into signed, weighted scores.
 */
import type { Doc, Frame } from '../document';
import type { Compiled } from '../compiled';
import { clauses } from './clauses';
import { clausePolarity, type Scored } from './polarity';
import { clauseConditions, type FoundCondition } from './conditions';
import { matchAll } from './match';
import { inDomain, offTopic } from './relevance';

export interface ScoredStatement {
  readonly frame: Frame;
  readonly scores: readonly Scored[];
  readonly conditions: readonly FoundCondition[];
}

export function scoreStatements(doc: Doc, c: Compiled): ScoredStatement[] {
  const domain = inDomain(doc, c.question);
  const out: ScoredStatement[] = [];
  for (const f of doc.frames) {
    if (f.embedded || f.agents.every((a) => a.actor === undefined)) continue;
    out.push(domain ? scoreFrame(doc, c, f) : { frame: f, scores: [], conditions: [] });
  }
  return out;
}

function scoreFrame(doc: Doc, c: Compiled, f: Frame): ScoredStatement {
  const t = doc.tokens;
  const q = c.question;
  const skip = (k: number) => f.excluded.some(([a, b]) => k >= a && k < b) || (f.via !== 'quote' && doc.quoteAt[k] >= 0 && !quoteInside(doc, f, k));
  const scores: Scored[] = [];
  const conditions: FoundCondition[] = [];
  const owners = new Set(f.agents.map((x) => x.actor));
  let prev: [number, number] | undefined;
  for (const [a, b] of clauses(t, f.first, f.last, skip)) {
    if (describesOther(doc, owners, f, a, b)) continue;
    const items = matchAll(q.cues, t, a, b, skip).filter((m) => m.entry.polarity !== 0 && (m.entry.role !== 'target' || !offTopic(t, q, m)));
    const found = clauseConditions(t, q, items, a, b, skip, (sub, x, y) => clausePolarity(t, q, sub, x, y), prev);
    prev = [a, b];
    conditions.push(...found.conditions);
    const act = f.via === 'action' ? f.verb : -1;
    scores.push(...clausePolarity(t, q, items.filter(found.outside), a, b, act), ...found.extra);
  }
  return { frame: f, scores, conditions };
}

/** Leading words skipped when looking for a clause's subject. */
const LEAD = new Set(['that', 'and', 'but', 'the', 'a', '“', '"', '‘', 'while', 'now', 'so', 'also', 'then']);
/** Clause openers that make it a condition or a time clause, never another actor's statement. */
const CONTINGENT = new Set(['if', 'unless', 'until', 'once', 'when', 'only', 'as', 'provided', 'before', 'after']);
/** Modals that make "X must …" the speaker's demand rather than a description of X. */
const DEONTIC = new Set(['must', 'should', 'need', 'needs', 'ought', 'has', 'have']);
/** Tokens after a speech verb searched for the subject of what was said. */
const SUBJECT_SEARCH = 10;
const THIRD_PERSON = new Set(['he', 'she', 'they']);
/** Tokens between a subject and its verb. */
const SUBJECT_GAP = 4;

/**
 * "Zelensky said Putin was trying to drag out the war": a clause whose subject is another actor
 * describes that actor; it is neither the speaker's position nor the other actor's (guideline 1).
 * Demands ("Russia must accept the ceasefire") stay the speaker's.
 */
function describesOther(doc: Doc, owners: ReadonlySet<number | undefined>, f: Frame, a: number, b: number): boolean {
  const t = doc.tokens;
  let k = a;
  while (k < b && LEAD.has(t.lower[k])) k++;
  if (k === f.verb) {
    // "said in his nightly address that Russia …": look past the verb's own phrases for the subject.
    k++;
    while (k < Math.min(b, f.verb + SUBJECT_SEARCH) && doc.actorAt[k] < 0 && doc.personAt[k] < 0 && !/^(?:VERB|AUX)$/.test(t.pos[k])
      && !(doc.quoteAt[k] >= 0 && THIRD_PERSON.has(t.lower[k]))) k++;
  }
  if (CONTINGENT.has(t.lower[k])) return false;
  // In a quote, "he" / "they" is someone the speaker talks about (speakers say "I" and "we").
  if (doc.quoteAt[k] >= 0 && THIRD_PERSON.has(t.lower[k]) && /^(?:VERB|AUX)$/.test(t.pos[k + 1] ?? '')) return true;
  const m = doc.actorAt[k] >= 0 ? doc.actorMentions[doc.actorAt[k]] : undefined;
  const p = doc.personAt[k] >= 0 ? doc.personMentions[doc.personAt[k]] : undefined;
  const actor = m?.actor ?? (p ? doc.persons[p.person].actor : undefined);
  if (actor === undefined || owners.has(actor)) return false;
  const end = m?.last ?? p!.last;
  for (let j = end; j < Math.min(b, end + SUBJECT_GAP); j++) {
    if (DEONTIC.has(t.lower[j])) return false;
    if (t.pos[j] === 'VERB' || t.pos[j] === 'AUX') return true;
    if (t.lower[j] === "'s" || t.lower[j] === '’s') return false; // "Russia's foreign ministry said": a possessive, not the subject
  }
  return false;
}

/** Quotes inside a reported statement's content are its speaker's words. */
function quoteInside(doc: Doc, f: Frame, k: number): boolean {
  const q = doc.quotes[doc.quoteAt[k]];
  const t = doc.tokens;
  return t.start[f.first] <= q.start && q.end <= t.end[f.last - 1] + 1;
}
