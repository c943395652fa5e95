/**
 * People in the text: known office holders (found by the gazetteer or by surname) and people
 * no list knows, recognised from a title or an apposition. Each gets the actor they speak for:
 * from the words around the name first, then from the known roles valid on the text's date,
 * then, for titled officials only, from the nearest actor named before them in the paragraph.
 */
import type { ActorLayer, Person, PersonMention, Segmented, TextDate, WithActors } from '../document';
import type { ActorMention } from './mentions';
import type { Gazetteer } from './gazetteer';
import type { PersonData } from '../data/types';
import type { PersonHit } from './mentions';
import { keyOf } from './trie';
import { bareSurname, laterForms, validOn } from './gazetteer';
import { chunkAt, institutional, type Chunk } from './names';
import { leftApposition, prefixPhrase, readRolePhrase, rightApposition } from './affiliation';
import type { TitleIndex } from './titles';
import { similarName } from './similarity';
import { PLACE_PREPOSITIONS_WORDS, POSSESSIVE_S_WORDS } from '../data/grammar';

/** Prepositions after which a capitalised run is a place ("in Tel Aviv"), not a person. */
const PLACE_PREPOSITIONS = new Set(PLACE_PREPOSITIONS_WORDS);
const POSSESSIVE_S = new Set(POSSESSIVE_S_WORDS);

/** A person while the stage still learns their role and actor. */
type PersonDraft = { -readonly [K in keyof Person]: Person[K] } & { readonly keys: Set<string> };

/** What findPeople starts from: the segmented text, its date and its actor mentions. */
export interface PeopleInput extends Segmented, TextDate {
  readonly gaz: Gazetteer;
  readonly actorMentions: readonly ActorMention[];
  readonly actorAt: Int32Array;
}

/** The stage's working state: the people layer being filled (returned frozen), readable as WithActors. */
interface Work extends PeopleInput, WithActors {
  readonly persons: PersonDraft[];
  /** Later-mention key → persons with it, in order of appearance (so lookups never scan all persons). */
  readonly personKeys: Map<string, number[]>;
  readonly personMentions: PersonMention[];
}

type PeopleLayer = Pick<ActorLayer, 'persons' | 'personMentions' | 'personAt'>;

/** Finds people and their mentions, in text order, with the actor each speaks for. */
export function findPeople(input: PeopleInput, titles: TitleIndex, hits: readonly PersonHit[]): PeopleLayer {
  const doc: Work = { ...input, persons: [], personKeys: new Map(), personMentions: [], personAt: new Int32Array(input.tokens.count).fill(-1) };
  const t = doc.tokens;
  let h = 0;
  for (let i = 0; i < t.count; i++) {
    if (doc.actorAt[i] >= 0) continue;
    if (h < hits.length && hits[h].first === i) {
      const hit = hits[h++];
      const c: Chunk = { first: hit.first, last: hit.last, words: hit.last - hit.first };
      addMention(doc, personForKnown(doc, hit.person, c), c);
      i = hit.last - 1;
      continue;
    }
    const c = chunkAt(doc, titles, i, hits[h]?.first ?? t.count);
    if (!c) continue;
    const p = resolveChunk(doc, titles, c);
    if (p !== undefined) addMention(doc, p, c);
    i = c.last - 1;
  }
  // Affiliation reads names around each mention ("an adviser to President Donald Trump"), so it
  // runs once all names are known; twice, so a later-named patron's actor reaches the earlier aide.
  for (let pass = 0; pass < 2; pass++) {
    for (const pm of doc.personMentions) {
      const p = doc.persons[pm.person];
      if (p.actor === undefined || p.role === undefined) affiliate(doc, titles, p, { first: pm.first, last: pm.last, words: pm.last - pm.first });
    }
  }
  return { persons: Object.freeze(doc.persons.map((p) => Object.freeze(p))), personMentions: Object.freeze(doc.personMentions), personAt: doc.personAt };
}

function addMention(doc: Work, person: number, c: Chunk): void {
  const index = doc.personMentions.length;
  doc.personMentions.push({ person, first: c.first, last: c.last });
  for (let k = c.first; k < c.last; k++) doc.personAt[k] = index;
}

/** The text's person for a known-person index, created on first mention. */
function personForKnown(doc: Work, known: number, c: Chunk): number {
  const found = doc.personKeys.get(`#${known}`);
  return found ? found[0] : newPerson(doc, c, known);
}

function newPerson(doc: Work, c: Chunk, known?: number): number {
  const t = doc.tokens;
  const name = doc.text.slice(t.start[c.first], t.end[c.last - 1]);
  const data = known === undefined ? undefined : doc.gaz.people[known];
  const keys = new Set<string>([keyOf(name), ...surnameKeys(name)]);
  if (data) for (const k of laterForms(data)) keys.add(k);
  const p: PersonDraft = { id: doc.persons.length, name: data?.name ?? name, known, gender: data?.gender, keys };
  doc.persons.push(p);
  // Index keys: each key, the known-person id (#n), and each one-word key's initial (^X) for spelling variants.
  const initials = [...keys].filter((k) => !k.includes(' ')).map((k) => `^${k[0]}`);
  for (const k of new Set([...keys, ...initials, known === undefined ? '' : `#${known}`])) {
    if (!k) continue;
    const list = doc.personKeys.get(k) ?? [];
    list.push(p.id);
    doc.personKeys.set(k, list);
  }
  return p.id;
}

/** Later-mention keys of a written name: its last word, and that word without "al-". */
function surnameKeys(name: string): string[] {
  const words = keyOf(name).split(' ');
  const last = words[words.length - 1];
  const bare = bareSurname(last);
  return words.length > 1 ? [last, bare] : [];
}

/** Decides whether a name chunk is a person, and which. */
function resolveChunk(doc: Work, titles: TitleIndex, c: Chunk): number | undefined {
  const t = doc.tokens;
  const key = keyOf(doc.text.slice(t.start[c.first], t.end[c.last - 1]));
  const seen = seenPerson(doc, key, c);
  if (seen !== undefined) return seen;
  const known = knownBySurname(doc, key, c);
  if (known !== undefined) return personForKnown(doc, known, c);
  if (institutional(doc, c) || c.words === 0) return undefined;
  if (!looksLikePerson(doc, titles, c)) return undefined;
  return newPerson(doc, c);
}

/** A person already in the text whose keys match this chunk (most recent first). */
function seenPerson(doc: Work, key: string, c: Chunk): number | undefined {
  const words = key.split(' ');
  const last = words[words.length - 1];
  const exact = doc.personKeys.get(key);
  if (exact) return exact[exact.length - 1];
  if (c.words > 1) {
    const same = (doc.personKeys.get(last) ?? []).filter((i) => sameInitial(doc.persons[i].name, key));
    return same.length ? same[same.length - 1] : undefined;
  }
  // One word: a spelling variant of a surname seen before (Zelenskiy / Zelenskyy), among names with its initial.
  const bucket = doc.personKeys.get(`^${last[0]}`) ?? [];
  for (let i = bucket.length - 1; i >= 0; i--) {
    for (const k of doc.persons[bucket[i]].keys) if (!k.includes(' ') && similarName(k, last)) return bucket[i];
  }
  return undefined;
}

const sameInitial = (a: string, b: string) => a[0]?.toLowerCase() === b[0]?.toLowerCase();

/** A known person this chunk names by surname (or short form), valid on the text's date. */
function knownBySurname(doc: Work, key: string, c: Chunk): number | undefined {
  const words = key.split(' ');
  const last = words[words.length - 1];
  // The whole chunk a known later form ("Putin", "von der Leyen", capitalised at a sentence's start
  // as "Von der Leyen"): no initial to check.
  const whole = doc.gaz.surnames.get(key) ?? doc.gaz.surnames.get(key[0].toLowerCase() + key.slice(1));
  const cands = whole ?? (c.words > 1 ? doc.gaz.surnames.get(last) : undefined) ?? doc.gaz.surnames.get(bareSurname(last)) ?? [];
  const named = whole ? cands : cands.filter((i) => c.words === 1 || sameInitial(doc.gaz.people[i].name, key));
  const active = named.filter((i) => activeOn(doc.gaz.people[i], doc.date));
  if (active.length === 1) return active[0];
  return !doc.dateKnown && active.length === 0 && named.length === 1 ? named[0] : undefined;
}

/** True when a known person holds some role on the date (or holds no dated role at all). */
function activeOn(p: PersonData, date: string): boolean {
  return p.roles.some((r) => validOn(date, r.from, r.to));
}

/** An unknown capitalised run is a person when a title, an apposition or a speech verb says so. */
function looksLikePerson(doc: Work, titles: TitleIndex, c: Chunk): boolean {
  const t = doc.tokens;
  if (PLACE_PREPOSITIONS.has(t.lower[c.first - 1] ?? '')) return false;
  if (prefixPhrase(doc, titles, c.first)) return true;
  if (c.words < 2) return false;
  const next = t.lower[c.last];
  if (POSSESSIVE_S.has(next)) return true;
  if (t.pos[c.last] === 'VERB' || t.pos[c.last] === 'AUX') return true;
  if (next === ',' && /^(who|whose)$/.test(t.lower[c.last + 1] ?? '')) return true;
  const right = rightApposition(doc, c.last);
  if (right && readRolePhrase(doc, titles, right[0], right[1], 'right').role) return true;
  const left = leftApposition(doc, c.first);
  return left !== undefined && readRolePhrase(doc, titles, left[0], left[1], 'left').role !== undefined;
}

/** Fills role, actor and gender of a person from the words around this mention and from known roles. */
function affiliate(doc: Work, titles: TitleIndex, p: PersonDraft, c: Chunk): void {
  const prefix = prefixPhrase(doc, titles, c.first);
  const phrases: [[number, number] | undefined, 'left' | 'right'][] = [
    [prefix, 'left'], [leftApposition(doc, prefix ? prefix[0] : c.first), 'left'], [rightApposition(doc, c.last), 'right'],
  ];
  let titleActor: string | undefined;
  let former: number | undefined;
  for (const [i, [span, side]] of phrases.entries()) {
    if (!span) continue;
    const aff = readRolePhrase(doc, titles, span[0], span[1], side);
    former ??= aff.formerActor;
    // "a summit between Russia and Ukraine, President X said": a phrase before the comma is an apposition
    // only when it is a role phrase itself ("China's foreign minister, Qin Gang").
    if (i === 1 && prefix && aff.role === undefined) continue;
    p.role ??= aff.role;
    if (!(aff.weak && p.known !== undefined)) p.actor ??= aff.actor;
    p.gender ??= aff.gender;
    titleActor ??= aff.titleActor;
  }
  if (p.known !== undefined) fromKnownRoles(doc, p, former);
  if (p.actor === undefined && titleActor) p.actor = doc.gaz.byId.get(titleActor)?.index;
  if (p.actor === undefined && p.role !== undefined) p.actor = nearbyActor(doc, c.first);
}

/** Actor and role from the known person's role valid on the date. */
function fromKnownRoles(doc: Work, p: PersonDraft, former?: number): void {
  const data = doc.gaz.people[p.known!];
  // "former US President X" on a day when the data has X in office again: the text's word wins.
  const roles = data.roles.filter((r) => doc.gaz.byId.get(r.actor)?.index !== former);
  const valid = roles.filter((r) => validOn(doc.date, r.from, r.to));
  const ofActor = p.actor === undefined ? undefined : [...valid, ...data.roles].find((r) => doc.gaz.byId.get(r.actor)?.index === p.actor);
  const role = ofActor ?? valid[0] ?? (doc.dateKnown ? undefined : latestRole(roles));
  if (!role) return;
  p.actor ??= doc.gaz.byId.get(role.actor)?.index;
  if (doc.gaz.byId.get(role.actor)?.index === p.actor) p.role ??= role.title;
}

/** For a titled official with no actor in sight: the nearest actor named earlier in the paragraph,
 *  outside quotes (a quote names whom its speaker talks about, not whom the speaker serves). */
function nearbyActor(doc: Work, first: number): number | undefined {
  const t = doc.tokens;
  const para = doc.paragraphs[doc.paragraphOf[t.sentence[first]]];
  for (let m = doc.actorMentions.length - 1; m >= 0; m--) {
    const am = doc.actorMentions[m];
    if (am.first >= first) continue;
    if (t.start[am.first] < para.start) break;
    if (doc.quoteAt[am.first] < 0) return am.actor;
  }
  return undefined;
}

/** With no date to go by, the role that began last. */
function latestRole(roles: PersonData['roles']): PersonData['roles'][number] | undefined {
  let best = roles[0];
  for (const r of roles) if ((r.from ?? '') > (best.from ?? '')) best = r;
  return best;
}
