/**
 * Statement frames of one sentence: every speech or action verb outside quotes that has a
 * subject opens a frame whose content runs to the end of its clause (see clause.ts); whose
 * voice a frame inside another is, is decided in nesting.ts.
 */
import type { Agent, Doc, Frame } from '../document';
import type { Sentence } from '../segment/tokens';
import type { Compiled } from '../compiled';
import { subjectsOf } from './subjects';
import { agentEndingAt, documentAuthors, firstVerb } from './agents';
import { agentStartingAt, joinedSubject, listedSubject, nounTaggedVerb, partners, passiveAgents, verbLemma, verbSlot } from './lists';
import { clauseEnd, clauseStart, finiteAfter, nextComma, nextVerb, verbGroupStart } from './clause';
import { nest } from './nesting';
import { INVERTING_VERBS, PHRASE_PREPOSITIONS_WORDS, ARTICLE_WORDS } from '../data/grammar';

/** Speech verbs that put their speaker after them: "“…,” said the minister", "…, added Lavrov". */
const INVERTING = new Set(INVERTING_VERBS);
/** Verbs whose complement is about their object, never the subject's own position. */
const ACCUSE = new Set(['accuse', 'blame', 'charge', 'fault']);
const QUOTE_MARK = /^[“”"‘’]$/;
/** Prepositions inside a speaker phrase: "officials in Kyiv", "a spokesman for the group". */
const PHRASE_PREPOSITIONS = new Set(PHRASE_PREPOSITIONS_WORDS);


/** Articles and possessives that open a speaker phrase: "…, the Peruvian president said". */
const ARTICLES = new Set(ARTICLE_WORDS);

/** The frames of a body sentence, nested (see nesting.ts) and read-only. */
export function sentenceFrames(doc: Doc, c: Compiled, s: Sentence): readonly Frame[] {
  const frames: Frame[] = [];
  for (let v = s.first; v < s.last; v++) {
    if (doc.quoteAt[v] >= 0) continue;
    const f = verbFrame(doc, c, s, v, frames) ?? accordingTo(doc, c, s, v);
    if (f) frames.push(f);
  }
  if (frames.length === 0) {
    const f = documentVoice(doc, c, s);
    if (f) frames.push(f);
  }
  return nest(doc, c, frames);
}

/** A frame for the verb at v, if it is a speech/action verb with a subject. */
function verbFrame(doc: Doc, c: Compiled, s: Sentence, v: number, earlier: readonly Frame[]): Frame | undefined {
  const t = doc.tokens;
  const lemma = verbLemma(doc, c, v);
  const speech = c.speechVerbs.has(lemma) || makesClear(doc, v) || holdsView(doc, c, v);
  if (!speech && !c.actionVerbs.has(lemma) && !putsForward(doc, v)) return undefined;
  // wink tags some verbs after a negation as adverbs ("did not back"): a verb group still makes them verbs.
  const gerund = lemma !== t.lemma[v] || nounTaggedVerb(doc, c, v) || verbSlot(doc, v);
  if (t.pos[v] !== 'VERB' && !gerund && !(t.pos[v] === 'AUX' && holdsView(doc, c, v)) && !(t.pos[v - 1] === 'PART' && t.pos[v] !== 'NOUN' && t.pos[v] !== 'PROPN')) return undefined;
  const speaker = inverted(doc, c, s, v, speech);
  let agents = speaker ?? passiveAgents(doc, c, v);
  const passive = agents !== undefined && t.lower[v + 1] !== undefined && !speaker;
  // ", adding that …", ", accusing …": the participle's subject is the main clause's, or a name right
  // before the comma, never the nearest noun ("talks due to open in Luanda, the Angolan capital, …, accusing").
  if (!agents && t.value[v - 1] === ',') {
    agents = participleSubject(doc, v, earlier, s);
    if (!agents && /ing$/.test(t.lower[v])) {
      const named = agentEndingAt(doc, c, v - 2);
      agents = named ? [named] : mainSubject(doc, c, v);
      if (!agents) return undefined;
    }
  }
  // "A draft put forward by X demanding a ceasefire was vetoed …": a bare participle after a noun
  // phrase ends before the sentence's finite verb.
  const reduced = !agents && /ing$/.test(t.lower[v]) && /^(?:NOUN|PROPN)$/.test(t.pos[v - 1] ?? '');
  agents ??= subjectsOf(doc, c, v) ?? participleSubject(doc, v, earlier, s);
  const listed = agents ? undefined : listedSubject(doc, c, s, v);
  agents ??= listed?.agents;
  if (!agents || (!speech && agents[0].kind === 'document')) return undefined;
  agents = [...agents, ...onBehalfOf(doc, s, agents[0].first, agents), ...partners(doc, c, s, v, lemma), ...(passive ? joinedSubject(doc, c, v, lemma) : [])];
  const trailing = speech && !passive && (speaker ? unquotedBefore(doc, v) : trailingAttribution(doc, c, s, agents[0].first));
  // "the ceasefire announced by Trump": a participle after its noun covers that noun phrase only.
  const first = passive && t.pos[v - 1] === 'NOUN' ? nounPhraseStart(doc, s, v) : passive || trailing ? Math.max(s.first, clauseStart(doc, s, trailing ? agents[0].first : v)) : verbGroupStart(doc, s, v);
  const last = clauseEnd(doc, s, v);
  const excluded: Frame['excluded'] = ACCUSE.has(lemma) ? [[v + 1, last, 'clause.accusation']] : [];
  const end = listed ? listed.end : frameEnd(doc, v, last, passive ? agents[agents.length - 1].last : -1, reduced);
  if (end <= first) return undefined;
  return { agents, verb: v, via: speech ? 'reported' : 'action', first, last: end, excluded, embedded: false, trailing, passive };
}

/** Where a frame's content ends when it modifies a noun. A compound adjective ("the Iran-backed group
 *  that began firing", "the US-brokered truce") covers its noun only; a passive participle ("a deal,
 *  announced by Washington, …") ends at the next comma, and with its agent ("a truce brokered by Angola
 *  last year collapsed") before the main verb (`agentsEnd` ≥ 0 for a passive); a bare participle
 *  (`reduced`) before the finite verb. */
function frameEnd(doc: Doc, v: number, last: number, agentsEnd: number, reduced: boolean): number {
  if (compound(doc, v)) return Math.min(last, v + 2);
  if (agentsEnd >= 0) return Math.min(nextComma(doc, v, last), nextVerb(doc, agentsEnd, last));
  return reduced ? finiteAfter(doc, v + 1, last) : last;
}

/** First token of the noun phrase that ends right before v ("the 30-day ceasefire announced …"). */
function nounPhraseStart(doc: Doc, s: Sentence, v: number): number {
  const t = doc.tokens;
  let k = v;
  while (k > s.first && /^(?:NOUN|PROPN|ADJ|DET|NUM)$|^-$/.test(t.pos[k - 1] === 'PUNCT' ? t.value[k - 1] : t.pos[k - 1])) k--;
  return k;
}

/** "Speaking on behalf of Algeria, Sierra Leone, Somalia and Guyana, the representative of Sierra
 *  Leone called …": the states spoken for, named between "on behalf of" and the speaker. */
function onBehalfOf(doc: Doc, s: Sentence, before: number, agents: readonly Agent[]): Agent[] {
  const t = doc.tokens;
  const out: Agent[] = [];
  let k = s.first;
  while (k + 2 < before && !(t.lower[k] === 'on' && t.lower[k + 1] === 'behalf' && t.lower[k + 2] === 'of')) k++;
  for (k += 3; k < before; k++) {
    const m = doc.actorAt[k] >= 0 ? doc.actorMentions[doc.actorAt[k]] : undefined;
    if (!m) continue;
    if (![...agents, ...out].some((a) => a.actor === m.actor)) out.push({ first: m.first, last: m.last, actor: m.actor, kind: 'actor' });
    k = m.last - 1;
  }
  return out;
}

/** The verb ends a hyphenated compound: "Iran-backed", "Saudi-led", "US-brokered". */
function compound(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  return t.value[v - 1] === '-' && t.start[v - 1] === t.end[v - 2] && t.end[v - 1] === t.start[v];
}

/** "…, according to Qatar's foreign ministry": the sentence is the named source's report. */
function accordingTo(doc: Doc, c: Compiled, s: Sentence, v: number): Frame | undefined {
  const t = doc.tokens;
  if (t.lower[v] !== 'according' || t.lower[v + 1] !== 'to') return undefined;
  const agent = agentStartingAt(doc, c, v + 2, s.last);
  if (!agent || agent.actor === undefined) return undefined;
  return { agents: [agent], verb: v, via: 'reported', first: s.first, last: s.last, excluded: [[v, agent.last, 'clause.attribution']], embedded: false, trailing: true };
}

/** "put forward a plan", "a draft put forward by the UAE". */
function putsForward(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  return (t.lemma[v] === 'put' || t.lemma[v] === 'set') && (t.lower[v + 1] === 'forward' || t.lower[v + 1] === 'out');
}

/** "had serious doubts about …", "raised reservations about …": holding a view reports a position. */
function holdsView(doc: Doc, c: Compiled, v: number): boolean {
  const t = doc.tokens;
  if (!c.viewVerbs.has(t.lemma[v])) return false;
  for (let k = v + 1; k < v + 4; k++) if (c.viewNouns.has(t.lower[k])) return true;
  return false;
}

/** "Baku had made clear …", "made it clear that …": a phrase that reports a position. */
function makesClear(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  return t.lemma[v] === 'make' && (t.lower[v + 1] === 'clear' || (t.lower[v + 1] === 'it' && t.lower[v + 2] === 'clear'));
}

/** "Talk of talks was “premature”, she told reporters" / "Any settlement, he said, would …":
 *  an attribution after a comma or quote speaks for the words before it too. */
function trailingAttribution(doc: Doc, c: Compiled, s: Sentence, agentFirst: number): boolean {
  const t = doc.tokens;
  let k = agentFirst - 1;
  // Step back over a title before the name: "…, his foreign policy aide Hikmet Hajiyev told reporters."
  while (k > s.first && k > agentFirst - 7 && (c.titles.modifiers.has(t.lower[k]) || c.titles.byLast.has(t.lower[k])
    || c.voiceNouns.has(t.lower[k]) || PHRASE_PREPOSITIONS.has(t.lower[k]) || doc.actorAt[k] >= 0 || ARTICLES.has(t.lower[k]))) k--;
  const prev = t.value[k];
  if (k <= s.first || (prev !== ',' && !QUOTE_MARK.test(prev ?? ''))) return false;
  // "In Washington, … spokesman X said": a leading adverbial is no attributed content
  // ("Any settlement, he said, would …" is: a subject the statement goes on with).
  if (prev === ',' && adverbialBefore(doc, s.first, k)) return false;
  // "… that although the rebels accepted the truce, it wanted more": a concessive clause is no attributed content.
  if (prev === ',' && /^(?:although|though|whereas)$/.test(t.lower[clauseStart(doc, s, k) - 1] ?? '')) return false;
  // "China's foreign minister, Qin Gang, called for …": a name in apposition, not an attribution after the fact.
  // A title between the comma and the name ("…, President X said") makes it no apposition.
  return !(doc.personAt[agentFirst] >= 0 && k === agentFirst - 1 && (c.titles.byLast.has(t.lower[k - 1]) || doc.actorAt[k - 1] >= 0 || doc.personAt[k - 1] >= 0));
}

/** Tokens [a, b) are a prepositional phrase with no verb or quote ("In Washington on Friday"). */
function adverbialBefore(doc: Doc, a: number, b: number): boolean {
  if (doc.tokens.pos[a] !== 'ADP') return false;
  for (let k = a; k < b; k++) if (/^(?:VERB|AUX)$/.test(doc.tokens.pos[k]) || doc.quoteAt[k] >= 0) return false;
  return true;
}

/** "The talks went well, said Norway": an inverted speech verb after a comma with no quotation before
 *  it attributes the words before the comma (after a quote, the quote's own frame does). */
function unquotedBefore(doc: Doc, v: number): boolean {
  return doc.tokens.value[v - 1] === ',' && !QUOTE_MARK.test(doc.tokens.value[v - 2] ?? '') && doc.quoteAt[v - 2] < 0;
}

/** "…,” said X" / "…, said the AU's chief mediator": a speech verb followed by its speaker. */
function inverted(doc: Doc, c: Compiled, s: Sentence, v: number, speech: boolean): Agent[] | undefined {
  // Only verbs of saying invert ("…, said Israel's foreign minister"); "…, criticized Israel's incursions" has an object.
  if (!speech || !INVERTING.has(doc.tokens.lemma[v])) return undefined;
  const prev = doc.tokens.value[v - 1];
  if (prev !== ',' && !QUOTE_MARK.test(prev ?? '')) return undefined;
  const a = agentStartingAt(doc, c, v + 1, s.last);
  // "…, said it was …": the words after the verb have their own verb; that is not an inverted speaker.
  if (!a || /^(?:VERB|AUX)$/.test(doc.tokens.pos[a.last] ?? '')) return undefined;
  return [a];
}

/** "…, saying that …", "days after urging …": an -ing verb shares the subject of the sentence's
 *  last statement, or else of the sentence ("Sikorski took a different line, saying …"). */
function participleSubject(doc: Doc, v: number, earlier: readonly Frame[], s: Sentence): Agent[] | undefined {
  if (!/ing$/.test(doc.tokens.lower[v])) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) if (!earlier[i].embedded) return [...earlier[i].agents];
  return sentenceSubject(doc, s, v);
}

/** The subject of the sentence's first verb before v ("Israel's finance minister went further, calling …"). */
function mainSubject(doc: Doc, c: Compiled, v: number): Agent[] | undefined {
  const k = firstVerb(doc, v);
  return k < v ? subjectsOf(doc, c, k) : undefined;
}

/** The agent that opens a sentence (its subject), before token v: a person or a named actor. */
function sentenceSubject(doc: Doc, s: Sentence, v: number): Agent[] | undefined {
  const t = doc.tokens;
  for (let k = s.first; k < Math.min(v, s.first + 12); k++) {
    if (t.pos[k] === 'VERB') return undefined;
    if (doc.personAt[k] >= 0) {
      const pm = doc.personMentions[doc.personAt[k]];
      const actor = doc.persons[pm.person].actor;
      return actor === undefined ? undefined : [{ first: pm.first, last: pm.last, actor, person: pm.person, kind: 'person' }];
    }
  }
  return undefined;
}

/**
 * "The counter-proposal from Britain, France and Germany … is predicated on …": a sentence
 * with no speech verb whose subject is a document with named authors speaks for them.
 */
function documentVoice(doc: Doc, c: Compiled, s: Sentence): Frame | undefined {
  const t = doc.tokens;
  for (let k = s.first; k < Math.min(s.last, s.first + 4); k++) {
    if (!c.documentNouns.has(t.lower[k])) continue;
    const authors = documentAuthors(doc, k);
    if (!authors.length) return undefined;
    return { agents: authors, verb: k, via: 'action', first: s.first, last: s.last, excluded: [], embedded: false, trailing: true };
  }
  return undefined;
}
