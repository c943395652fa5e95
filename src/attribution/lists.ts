/**
 * Agents that stand apart from their verb in real news: a list after a copula whose subject is a
 * group ("The seven countries voting against it were A, B and C"), a partner after "with" ("X agreed
 * with Y to pause the offensive"), a passive's agents after "by" (a group's members too: "backed by
 * 90 states, including A and B"), and gerunds that wink tags as nouns ("countries voting against").
 * Also the reader of a list of names rightwards (agentList) that the noun-phrase rules share.
 */
import type { Doc } from '../document';
import type { Sentence } from '../segment/tokens';
import type { Compiled } from '../compiled';
import type { Agent } from '../document';
import { agentEndingAt } from './agents';
import { LIST_LINKS_WORDS, RELATIVE_PRONOUNS, BE_WORDS, SUBJECTS_PARTICLES_WORDS, SUBJECT_PRONOUNS, COORDINATOR_WORDS, VERB_GROUP_WORDS } from '../data/grammar';

const BE = new Set(BE_WORDS);
const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
const COORD = new Set(COORDINATOR_WORDS);
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
  // "Egypt mediated the truce": a past form wink tags as an adjective in a verb's slot.
  if (t.pos[v] === 'ADJ' && lemma.endsWith('ed') && verbSlot(doc, v)) return knownStem(c, lemma, 2) ?? lemma;
  // A capitalised gerund opening a sentence ("Voting against were …") is tagged as a name.
  const nounLike = t.pos[v] === 'NOUN' || (t.pos[v] === 'PROPN' && t.sentence[v - 1] !== t.sentence[v]);
  if (!nounLike || !lemma.endsWith('ing') || !/^(?:ADP|DET)$/.test(t.pos[v + 1] ?? '') || t.lower[v + 1] === 'of') return lemma;
  return knownStem(c, lemma, 3) ?? lemma;
}

/** The speech or action verb a word is with its suffix of `cut` letters off ("mediat|ed" → mediate, "vot|ing" → vote). */
function knownStem(c: Compiled, word: string, cut: number): string | undefined {
  const stem = word.slice(0, -cut);
  const known = (w: string) => c.actionVerbs.has(w) || c.speechVerbs.has(w);
  return [stem, `${stem}e`, stem.slice(0, -1)].find((w) => w.length > 1 && known(w));
}

/** Words of a verb group before its main verb: "would back", "will not close", "did not welcome". */
const VERB_GROUP = new Set(VERB_GROUP_WORDS);

/** A word wink tags as an adjective or adverb where a verb must stand: after a modal or "did" ("would
 *  welcome", "will back"), or between a named subject and its object ("Egypt mediated the truce"). */
export function verbSlot(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  if (t.pos[v] !== 'ADJ' && t.pos[v] !== 'ADV') return false;
  let p = v - 1;
  while (p > 0 && (t.pos[p] === 'PART' || t.pos[p] === 'ADV')) p--;
  if (VERB_GROUP.has(t.lower[p] ?? '')) return /^(?:DET|ADP|PRON|NOUN|PROPN|ADJ)$/.test(t.pos[v + 1] ?? '');
  return (doc.actorAt[v - 1] >= 0 || doc.personAt[v - 1] >= 0) && /^(?:DET|PRON)$/.test(t.pos[v + 1] ?? '');
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

/** The agent phrase starting at or just after token i ("the AU's chief mediator, Olusegun Obasanjo"). */
export function agentStartingAt(doc: Doc, c: Compiled, i: number, ceiling: number): Agent | undefined {
  const t = doc.tokens;
  // A name after a title ("said Turkish President Recep Tayyip Erdogan") is the speaker itself.
  for (let k = i; k < Math.min(ceiling, i + 8); k++) {
    if (doc.quoteAt[k] >= 0 || t.value[k] === ',' || t.value[k] === '.' || t.pos[k] === 'VERB' || t.pos[k] === 'AUX') break;
    if (doc.personAt[k] >= 0) return agentEndingAt(doc, c, doc.personMentions[doc.personAt[k]].last - 1);
  }
  for (let k = i; k < Math.min(ceiling, i + 8); k++) {
    if (doc.quoteAt[k] >= 0 || t.value[k] === ',' || t.value[k] === '.' || t.pos[k] === 'VERB' || t.pos[k] === 'AUX') break;
    const end = phraseEnd(doc, c, k, ceiling);
    if (end === undefined) continue;
    const agent = agentEndingAt(doc, c, end);
    if (!agent) continue;
    // "the UN secretary-general, Antonio Guterres": the name in apposition is the speaker.
    const named = t.value[agent.last] === ',' && doc.personAt[agent.last + 1] >= 0 ? agentEndingAt(doc, c, doc.personMentions[doc.personAt[agent.last + 1]].last - 1) : undefined;
    return named ?? agent;
  }
  return undefined;
}

/** Last token of a mention or institution noun starting at k, if k starts one. */
function phraseEnd(doc: Doc, c: Compiled, k: number, ceiling: number): number | undefined {
  const t = doc.tokens;
  if (doc.personAt[k] >= 0) return doc.personMentions[doc.personAt[k]].last - 1;
  if (doc.actorAt[k] >= 0) {
    const m = doc.actorMentions[doc.actorAt[k]];
    // "the Chinese foreign ministry": read on to the institution noun.
    for (let j = m.last; j < Math.min(ceiling, m.last + 4); j++) if (c.voiceNouns.has(t.lower[j])) return j;
    return m.type === 'demonym' ? undefined : m.last - 1;
  }
  if (c.voiceNouns.has(t.lower[k]) || t.lower[k] in c.institutionNouns) return k;
  if (SUBJECT_PRONOUN.has(t.lower[k])) return k;
  return undefined;
}

/** Agents after a passive "by": "co-hosted by the United States and Saudi Arabia". */
export function passiveAgents(doc: Doc, c: Compiled, v: number): Agent[] | undefined {
  const t = doc.tokens;
  let j = v + 1;
  if (PARTICLES.has(t.lower[j])) j++; // "put forward by", "turned down by", "brushed aside by"
  if (t.lower[j] === 'jointly' || t.pos[j] === 'ADV') j++;
  if (t.lower[j] !== 'by') return undefined;
  const last = doc.sentences[t.sentence[v]].last;
  const out = agentList(doc, c, j + 1, last);
  if (!out.length) out.push(...groupMembers(doc, c, j + 1, last));
  return out.length ? out : undefined;
}

/** Tokens from a group phrase's start to its noun: "by more than 120 countries". */
const GROUP_REACH = 5;

/** "backed by 120 countries, including A, B and C": the members a group phrase at k names. */
export function groupMembers(doc: Doc, c: Compiled, k: number, ceiling: number): Agent[] {
  const t = doc.tokens;
  for (let g = k; g < Math.min(ceiling, k + GROUP_REACH); g++) {
    if (!c.groupNouns.has(t.lower[g])) continue;
    const j = t.value[g + 1] === ',' ? g + 2 : g + 1;
    const n = phraseLength(c.memberWords, t.lower, j);
    return n === 0 ? [] : agentList(doc, c, j + n, ceiling).map((a) => ({ ...a, rule: 'rule.list' }));
  }
  return [];
}

/** Particles of a phrasal verb between a passive participle and its "by". */
const PARTICLES = new Set(SUBJECTS_PARTICLES_WORDS);

/** Named actors listed from token k: "Cuba, Laos and Iran", "the United States, France and Egypt". */
export function agentList(doc: Doc, c: Compiled, k: number, ceiling: number): Agent[] {
  const t = doc.tokens;
  const out: Agent[] = [];
  while (k < ceiling) {
    const a = agentStartingAt(doc, c, k, ceiling);
    if (!a || a.actor === undefined) break;
    out.push(a);
    k = a.last;
    // A comma continues the list only into another name.
    if (t.lower[k] === ',' && doc.actorAt[k + 1] < 0 && doc.personAt[k + 1] < 0 && t.lower[k + 1] !== 'the') break;
    if (!COORD.has(t.lower[k])) break;
    k++;
  }
  return out;
}

/** Length of the longest phrase of `phrases` (up to three words) starting at k, or 0. */
export function phraseLength(phrases: ReadonlySet<string>, lower: readonly string[], k: number): number {
  for (let n = 3; n >= 1; n--) if (phrases.has(lower.slice(k, k + n).join(' '))) return n;
  return 0;
}
