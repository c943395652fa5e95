/**
 * Finding who does a verb: the subject to its left (skipping auxiliaries, adverbs, dates and
 * comma-bounded asides, or named in an aside of companions or members), a document's authors, and
 * coordinated subjects ("Israel and the United States", "Egyptian and Qatari mediators").
 * A passive's agents after "by" are read rightwards in lists.ts.
 */
import type { Doc } from '../document';
import type { Compiled } from '../compiled';
import { agentEndingAt, documentAuthors, type Agent } from './agents';
import { isTimeWord } from './clause';
import { agentList, phraseLength } from './lists';
import { isNameSuffix } from '../actors/names';
import { SKIP_WORDS_LIST, TIME_LEAD_WORDS, BE_WORDS, RELATIVE_PRONOUNS, COORDINATOR_WORDS } from '../data/grammar';

/** Furthest a subject may sit left of its verb, in tokens. */
const MAX_SUBJECT_DISTANCE = 30;
/** Longest comma-bounded aside skipped between a subject and its verb. */
const MAX_ASIDE = 28;
const SKIP_WORDS = new Set(SKIP_WORDS_LIST);
const TIME_LEAD = new Set(TIME_LEAD_WORDS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const COORD = new Set(COORDINATOR_WORDS);

/** Subjects of the verb at token v, or undefined when it has none in reach. */
export function subjectsOf(doc: Doc, c: Compiled, v: number): Agent[] | undefined {
  const t = doc.tokens;
  const floor = Math.max(doc.sentences[t.sentence[v]].first, v - MAX_SUBJECT_DISTANCE);
  if (passiveAt(doc, v)) return undefined; // "the agreement would be implemented": its subject is no agent
  let j = v - 1;
  while (j >= floor) {
    const w = t.lower[j];
    if (w === 'to') return undefined; // infinitive: the verb belongs to an enclosing clause
    if (SKIP_WORDS.has(w) || t.pos[j] === 'ADV' || t.pos[j] === 'AUX' || t.pos[j] === 'PART') { j--; continue; }
    if (isNameSuffix(t.value[j]) && doc.personAt[j - 1] >= 0) { j--; continue; } // "King Abdullah II told …
    if (isTimeWord(w)) { j = skipTime(doc, j, floor); continue; }
    if (w === ',' || w === '—' || w === '–') {
      const found = beforeAside(doc, c, j, floor);
      if (typeof found !== 'number') return found;
      j = found;
      continue;
    }
    if (RELATIVES.has(w) && c.groupNouns.has(t.lower[j - 1])) return amongSubject(doc, c, j - 1, floor);
    if (RELATIVES.has(w) && t.value[j - 1] === ',') {
      // "China's paper, published in February, which called for …": the antecedent may sit before an aside.
      const aside = agentEndingAt(doc, c, j - 2) ? -1 : previousComma(doc, j - 2, floor);
      j = aside > floor && agentEndingAt(doc, c, aside - 1) ? aside - 1 : j - 2;
      continue;
    }
    if ((w === 'and' || w === 'but') && !agentEndingAt(doc, c, j - 1)) return sharedSubject(doc, c, j, floor);
    const agent = agentEndingAt(doc, c, j);
    return agent ? (authorsOf(doc, agent) ?? withCoordinated(doc, c, agent, floor)) : undefined;
  }
  return undefined;
}

/** Every author a document agent names ("the plan, drafted by X and Y"), or undefined. */
function authorsOf(doc: Doc, agent: Agent): Agent[] | undefined {
  if (agent.kind !== 'document') return undefined;
  const authors = documentAuthors(doc, agent.last - 1);
  return authors.length ? authors : undefined;
}

/** At a comma or dash j before the verb: the subjects the aside names or follows, or the token to
 *  read on from (before the aside), or undefined when the aside does not close. */
function beforeAside(doc: Doc, c: Compiled, j: number, floor: number): Agent[] | number | undefined {
  const joined = companionSubjects(doc, c, j, floor) ?? memberSubjects(doc, c, j, floor);
  if (joined) return joined;
  const before = doc.personAt[j - 1] >= 0 || (doc.actorAt[j - 1] >= 0 && doc.actorMentions[doc.actorAt[j - 1]].type !== 'demonym');
  const named = before ? agentEndingAt(doc, c, j - 1) : undefined;
  // "the foreign minister, Dmytro Kuleba, said", "the UN mission, UNMISS, said": the aside is the name
  // itself, not a phrase that ends with one ("The proposal, unveiled at the U.N. General Assembly, called").
  if (named && isWholeAside(named, asideStart(doc, j, floor))) return withCoordinated(doc, c, named, floor);
  const opening = openingSubject(doc, c, j);
  if (opening) return opening;
  const a = asideStart(doc, j, floor);
  return a === undefined ? undefined : a - 1;
}

/** "It fired rockets and said …", "… but added that …": a verb coordinated with an earlier one shares its subject. */
function sharedSubject(doc: Doc, c: Compiled, j: number, floor: number): Agent[] | undefined {
  const t = doc.tokens;
  for (let p = j - 1; p >= floor; p--) {
    if (doc.quoteAt[p] >= 0) continue;
    if (t.pos[p] === 'VERB' && t.lower[p - 1] !== 'to') return subjectsOf(doc, c, p);
  }
  return undefined;
}

const BE = new Set(BE_WORDS);

/** A passive: a form of "be" (adverbs allowed) right before the verb; "has been mediating" is progressive. */
function passiveAt(doc: Doc, v: number): boolean {
  const t = doc.tokens;
  if (t.lower[v].endsWith('ing')) return false;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    if (BE.has(t.lower[k])) return true;
    if (t.pos[k] !== 'ADV' && t.pos[k] !== 'PART') return false;
  }
  return false;
}

/** "X, Y and Z were among the 10 countries that voted against": the subjects of "were among". */
function amongSubject(doc: Doc, c: Compiled, noun: number, floor: number): Agent[] | undefined {
  const t = doc.tokens;
  for (let k = noun - 1; k >= Math.max(floor, noun - 5); k--) {
    if (t.lower[k] !== 'among') continue;
    const be = k - 1;
    return BE.has(t.lower[be]) ? subjectsOf(doc, c, be) : undefined;
  }
  return undefined;
}

/** The comma before token j within a short aside, or -1. */
function previousComma(doc: Doc, j: number, floor: number): number {
  for (let k = j; k >= Math.max(floor, j - 8); k--) if (doc.tokens.value[k] === ',') return k;
  return -1;
}

/** Skips a date phrase leftwards ("on Monday", "late on Thursday", "last week"); returns the next index to read. */
function skipTime(doc: Doc, j: number, floor: number): number {
  const t = doc.tokens;
  let k = j - 1;
  while (k >= floor && (TIME_LEAD.has(t.lower[k]) || isTimeWord(t.lower[k]))) k--;
  return k;
}

/**
 * "The proposal, set out in a statement by Biden, Macron and others, called for …": when the
 * sentence opens with a subject and a comma, that subject owns the verb after the aside, however
 * many commas the aside holds. Returns a token to resolve the subject from (the first comma).
 */
function openingSubject(doc: Doc, c: Compiled, j: number): Agent[] | undefined {
  const t = doc.tokens;
  const s = doc.sentences[t.sentence[j]];
  let first = s.first;
  while (first < j && t.value[first] !== ',') first++;
  if (first >= j || first - s.first > 8) return undefined;
  const agent = agentEndingAt(doc, c, first - 1);
  if (!agent || agent.kind === 'pronoun') return undefined;
  const authors = authorsOf(doc, agent);
  if (authors) return authors; // "The proposal, drafted by Chile and Peru, called for …": every author
  // "Qatar and Egypt, which have been mediating, said", "Chile, Peru and Ghana, all members of …, voted":
  // coordinated subjects all speak.
  const list = agentList(doc, c, agent.first, j);
  const all = list.length > 1 && t.value[list[list.length - 1].last] === ',' ? list : withCoordinated(doc, c, agent, s.first - 1);
  if (all[0].first > s.first + 2) return undefined;
  // "Egypt's U.N. ambassador, Osama Abdelkhalek, who …, urged": the name in apposition speaks.
  const named = doc.personAt[first + 1];
  if (named >= 0) {
    const person = agentEndingAt(doc, c, doc.personMentions[named].last - 1);
    if (person?.actor !== undefined) return [person];
  }
  return all;
}

/** The agent fills the aside opened at `open` (a determiner or a title word may lead it). */
function isWholeAside(agent: Agent, open: number | undefined): boolean {
  return open === undefined || agent.first - open <= 2;
}

/** For a comma at j closing an aside ("Orban, campaigning for …, said"), the aside's opening comma. */
function asideStart(doc: Doc, j: number, floor: number): number | undefined {
  const t = doc.tokens;
  const open = t.value[j];
  for (let k = j - 1; k >= Math.max(floor, j - MAX_ASIDE); k--) {
    if (doc.quoteAt[k] >= 0 && doc.quoteAt[j] < 0) continue;
    if (t.value[k] === open || (open === ',' && t.value[k] === ',')) return k;
  }
  return undefined;
}

/** Adds subjects coordinated before the first: "X and Y", "X, Y and Z" (a comma only inside an and-list). */
function withCoordinated(doc: Doc, c: Compiled, agent: Agent, floor: number): Agent[] {
  const out = [agent];
  let j = titleStart(doc, c, agent.first, floor) - 1;
  let sawAnd = false;
  while (j > floor && COORD.has(doc.tokens.lower[j])) {
    const isAnd = doc.tokens.lower[j] !== ',';
    if (!isAnd && !sawAnd) break;
    const prev = agentEndingAt(doc, c, j - 1) ?? sharedHead(doc, agent, j);
    if (!prev || prev.actor === undefined) break;
    sawAnd ||= isAnd;
    out.unshift(prev);
    j = titleStart(doc, c, prev.first, floor) - 1;
  }
  return out;
}

/** "Egyptian and Qatari mediators": a demonym before the link shares the head noun of the demonym after it. */
function sharedHead(doc: Doc, agent: Agent, j: number): Agent | undefined {
  const mentionAt = (k: number) => (doc.actorAt[k] >= 0 ? doc.actorMentions[doc.actorAt[k]] : undefined);
  const after = mentionAt(j + 1);
  const before = mentionAt(j - 1);
  if (after?.type !== 'demonym' || before?.type !== 'demonym' || before.last !== j) return undefined;
  return { first: before.first, last: before.last, actor: before.actor, kind: agent.kind };
}

/** "Sir Keir Starmer and President Macron": the first token of the title words before a person at k. */
function titleStart(doc: Doc, c: Compiled, k: number, floor: number): number {
  const t = doc.tokens;
  if (doc.personAt[k] < 0) return k;
  while (k - 1 > floor && (c.titles.byLast.has(t.lower[k - 1]) || c.titles.modifiers.has(t.lower[k - 1]) || c.titles.honorifics.has(t.lower[k - 1]))) k--;
  return k;
}

/** "Cuba, alongside Laos and Iran, has been mediating": for a comma at j closing an aside made only of a
 *  companion phrase and names, the subject before the aside and the companions all act. */
function companionSubjects(doc: Doc, c: Compiled, j: number, floor: number): Agent[] | undefined {
  const aside = namesAside(doc, c, c.companionWords, j, floor);
  if (!aside) return undefined;
  const main = agentEndingAt(doc, c, aside.open - 1);
  if (!main || main.actor === undefined) return undefined;
  return [...withCoordinated(doc, c, main, floor), ...aside.names.map((a) => ({ ...a, rule: 'rule.companion' }))];
}

/** "120 countries, including Chile and Peru, voted for …": a group's members named in an aside are its subjects. */
function memberSubjects(doc: Doc, c: Compiled, j: number, floor: number): Agent[] | undefined {
  const aside = namesAside(doc, c, c.memberWords, j, floor);
  if (!aside || !c.groupNouns.has(doc.tokens.lower[aside.open - 1])) return undefined;
  return aside.names.map((a) => ({ ...a, rule: 'rule.list' }));
}

/** For a comma at j closing an aside made only of a phrase of `words` and names: its opening comma and the names. */
function namesAside(doc: Doc, c: Compiled, words: ReadonlySet<string>, j: number, floor: number): { open: number; names: Agent[] } | undefined {
  const open = asideStart(doc, j, floor);
  if (open === undefined) return undefined;
  const n = phraseLength(words, doc.tokens.lower, open + 1);
  if (n === 0) return undefined;
  const names = agentList(doc, c, open + 1 + n, j);
  return names.length && names[names.length - 1].last === j ? { open, names } : undefined;
}
