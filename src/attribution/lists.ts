/**
 * Agents that stand apart from their verb in real news: a list after a copula whose subject is a
 * group ("The seven countries voting against it were A, B and C"), a partner after "with" ("X agreed
 * with Y to pause the offensive"), and gerunds that wink tags as nouns ("countries voting against").
 */
import type { Doc } from '../document';
import type { Sentence } from '../segment/tokens';
import type { Compiled } from '../compiled';
import type { Agent } from '../document';
import { agentList } from './subjects';
import { agentEndingAt } from './agents';
import { LIST_LINKS_WORDS, RELATIVE_PRONOUNS, BE_WORDS } from '../data/grammar';

const BE = new Set(BE_WORDS);
/** Words between a group's clause and its list: "were", "included". */
const LIST_LINKS = new Set(LIST_LINKS_WORDS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
/** Furthest the copula may sit after the group's verb, in tokens. */
const MAX_LISTED = 14;

/** "The N countries voting against it were A, B and C", "Those that backed it included A and B":
 *  the listed actors and where the group's clause ends (the copula). */
export function listedSubject(doc: Doc, c: Compiled, s: Sentence, v: number): { agents: Agent[]; end: number } | undefined {
  const t = doc.tokens;
  const g = RELATIVES.has(t.lower[v - 1]) ? v - 2 : v - 1;
  // "Voting against were A and B": a gerund opening the sentence is the group itself.
  if (!c.groupNouns.has(t.lower[g]) && !(v === s.first && t.lower[v].endsWith('ing'))) return undefined;
  for (let k = v + 1; k < Math.min(s.last, v + MAX_LISTED); k++) {
    if (doc.quoteAt[k] >= 0 || t.value[k] === ';') return undefined;
    if (LIST_LINKS.has(t.lower[k])) {
      const agents = agentList(doc, c, k + 1, s.last).map((a) => ({ ...a, rule: 'rule.list' }));
      return agents.length ? { agents, end: k } : undefined;
    }
    if (t.pos[k] === 'VERB') return undefined;
  }
  return undefined;
}

/** "X agreed with Y to …", "X worked with Y and Z on …": the partners act with the subject. */
export function partners(doc: Doc, c: Compiled, s: Sentence, v: number, lemma: string): Agent[] {
  if (!c.partnerVerbs.has(lemma) || doc.tokens.lower[v + 1] !== 'with') return [];
  return agentList(doc, c, v + 2, s.last).map((a) => ({ ...a, rule: 'rule.partner' }));
}

/** The verb lemma at v; for a gerund wink tags as a noun ("countries voting against"), the verb
 *  it comes from when that is a speech or action verb and a preposition or determiner follows. */
export function verbLemma(doc: Doc, c: Compiled, v: number): string {
  const t = doc.tokens;
  const lemma = t.lemma[v];
  // A capitalised gerund opening a sentence ("Voting against were …") is tagged as a name.
  const nounLike = t.pos[v] === 'NOUN' || (t.pos[v] === 'PROPN' && t.sentence[v - 1] !== t.sentence[v]);
  if (!nounLike || !lemma.endsWith('ing') || !/^(?:ADP|DET)$/.test(t.pos[v + 1] ?? '') || t.lower[v + 1] === 'of') return lemma;
  const stem = lemma.slice(0, -3);
  const known = (w: string) => c.actionVerbs.has(w) || c.speechVerbs.has(w);
  for (const w of [stem, `${stem}e`, stem.slice(0, -1)]) if (w.length > 1 && known(w)) return w;
  return lemma;
}

/** "Chile was joined by Peru and Ghana in calling for a truce": the one joined acts too. */
export function joinedSubject(doc: Doc, c: Compiled, v: number, lemma: string): Agent[] {
  const t = doc.tokens;
  if (lemma !== 'join' || !BE.has(t.lower[v - 1] ?? '')) return [];
  const k = t.lower[v - 2] === 'has' || t.lower[v - 2] === 'have' ? v - 3 : v - 2;
  const a = agentEndingAt(doc, c, k);
  return a && a.actor !== undefined ? [{ ...a, rule: 'rule.partner' }] : [];
}

/** A present-tense verb wink tags as a noun after its subject: "Peru, like Chile, backs the truce". */
export function nounTaggedVerb(doc: Doc, c: Compiled, v: number): boolean {
  const t = doc.tokens;
  if (t.pos[v] !== 'NOUN' || !t.lower[v].endsWith('s') || !/^(?:DET|ADP|PRON)$/.test(t.pos[v + 1] ?? '')) return false;
  if (!c.actionVerbs.has(t.lemma[v]) && !c.speechVerbs.has(t.lemma[v])) return false;
  return t.value[v - 1] === ',' || doc.actorAt[v - 1] >= 0 || doc.personAt[v - 1] >= 0;
}
