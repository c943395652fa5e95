/**
 * Checks of user input and custom data. Programmer errors throw, with a message that quotes
 * the bad entry (as valibot and spaCy's span ruler do); messy text never throws.
 */
import { CONDITION_KINDS, type ActorData, type PersonData } from './data/types';
import { CONDITION_REQUIREMENTS, type QuestionData } from './data/question';
import { isDate } from './segment/date';
import { patternError } from './lexicon/compile';

const ID = /^[A-Z][A-Z0-9_]*$/;
const ACTOR_KINDS = new Set(['state', 'organization']);
const KINDS: ReadonlySet<string> = new Set(CONDITION_KINDS);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Every field of QuestionData (the Record type makes the compiler keep this list complete):
 *  a misspelt field ("negator") is an error, not a silently unused key. */
const QUESTION_FIELDS: Record<keyof QuestionData, true> = {
  id: true, label: true, targets: true, predicates: true, phrases: true, neutral: true, negators: true, hedges: true,
  conditions: true, conditionKinds: true, offTopic: true, offTopicPeace: true, domain: true, weakTargets: true,
};
const QUESTION_KEYS = Object.keys(QUESTION_FIELDS);

/** A short JSON rendering of a value for error messages. */
export function quote(value: unknown): string {
  let s: string;
  try { s = JSON.stringify(value) ?? String(value); } catch { s = String(value); }
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

function fail(where: string, entry: unknown, why: string): never {
  throw new TypeError(`standpoint: invalid ${where} ${quote(entry)}: ${why}`);
}

/** Rejects `__proto__` and friends anywhere in user data (they would poison plain-object lookups). */
function noForbiddenKeys(where: string, value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN_KEYS.has(key)) fail(where, key, `the key "${key}" is not allowed`);
    noForbiddenKeys(where, (value as Record<string, unknown>)[key], seen);
  }
}

/** How much a list of strings must hold: `optional` may be missing, `present` must be an array
 *  (possibly empty: "no negators" is a choice), `nonEmpty` must hold at least one string. */
type Need = 'optional' | 'present' | 'nonEmpty';

function strings(where: string, entry: unknown, field: string, list: unknown, need: Need): void {
  if (list === undefined && need === 'optional') return;
  if (!Array.isArray(list)) fail(where, entry, `${field} must be an array of strings`);
  if (need === 'nonEmpty' && list.length === 0) fail(where, entry, `${field} must not be empty`);
  for (const s of list) {
    if (typeof s !== 'string') fail(where, entry, `${field} holds a non-string ${quote(s)}`);
    if (s.trim() === '') fail(where, entry, `${field} holds an empty string`);
  }
}

/** Checks the syntax of every pattern in a list: the error quotes the pattern and names its entry. */
function patterns(where: string, id: string | undefined, list: readonly string[]): void {
  for (const p of list) {
    const why = patternError(p);
    if (why === undefined) continue;
    const entry = id === undefined ? '' : ` entry "${id}"`;
    throw new TypeError(`standpoint: invalid pattern ${quote(p)} in question ${where}${entry}: it ${why}`);
  }
}

function optionalDate(where: string, entry: unknown, field: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !isDate(value))) fail(where, entry, `${field} must be a date YYYY-MM-DD`);
}

/** Validates custom actors: ids, kinds, names. Duplicate ids among the custom entries are errors. */
export function validateActors(actors: unknown): readonly ActorData[] {
  if (actors === undefined) return [];
  if (!Array.isArray(actors)) fail('actors option', actors, 'must be an array');
  noForbiddenKeys('actor', actors);
  const ids = new Set<string>();
  for (const a of actors) {
    if (a === null || typeof a !== 'object') fail('actor', a, 'must be an object');
    const e = a as Record<string, unknown>;
    if (typeof e.id !== 'string' || !ID.test(e.id)) fail('actor', a, 'id must be upper-case letters, digits or _ (e.g. "UKR", "HAMAS")');
    if (ids.has(e.id)) fail('actor', a, `duplicate id "${e.id}"`);
    ids.add(e.id);
    if (typeof e.name !== 'string' || e.name.trim() === '') fail('actor', a, 'name must be a non-empty string');
    if (!ACTOR_KINDS.has(e.kind as string)) fail('actor', a, 'kind must be "state" or "organization"');
    strings('actor', a, 'names', e.names, 'nonEmpty');
    for (const f of ['demonyms', 'capitals', 'seats']) strings('actor', a, f, e[f], 'optional');
    optionalDate('actor', a, 'from', e.from);
    optionalDate('actor', a, 'to', e.to);
  }
  return actors as ActorData[];
}

/** Validates custom people: names, aliases, roles with known actor ids and dates. */
export function validatePeople(people: unknown, actorIds: ReadonlySet<string>): readonly PersonData[] {
  if (people === undefined) return [];
  if (!Array.isArray(people)) fail('people option', people, 'must be an array');
  noForbiddenKeys('person', people);
  for (const p of people) {
    if (p === null || typeof p !== 'object') fail('person', p, 'must be an object');
    const e = p as Record<string, unknown>;
    if (typeof e.name !== 'string' || e.name.trim() === '') fail('person', p, 'name must be a non-empty string');
    strings('person', p, 'aliases', e.aliases, 'optional');
    if (e.short !== undefined && (typeof e.short !== 'string' || e.short.trim() === '')) fail('person', p, 'short must be a non-empty string');
    if (e.gender !== undefined && e.gender !== 'm' && e.gender !== 'f') fail('person', p, 'gender must be "m" or "f"');
    if (!Array.isArray(e.roles) || e.roles.length === 0) fail('person', p, 'roles must be a non-empty array');
    for (const r of e.roles as unknown[]) {
      const role = r as Record<string, unknown>;
      if (!role || typeof role !== 'object') fail('person', p, 'each role must be an object');
      if (typeof role.actor !== 'string' || !actorIds.has(role.actor)) fail('person', p, `role actor ${quote(role.actor)} is not a known actor id`);
      if (typeof role.title !== 'string' || role.title.trim() === '') fail('person', p, 'role title must be a non-empty string');
      optionalDate('person', p, 'role from', role.from);
      optionalDate('person', p, 'role to', role.to);
    }
  }
  return people as PersonData[];
}

function cueList(where: string, list: unknown, extra?: (entry: Record<string, unknown>) => void): void {
  if (!Array.isArray(list)) fail('question', where, 'must be an array');
  const ids = new Set<string>();
  for (const c of list) {
    if (c === null || typeof c !== 'object') fail(`question ${where} entry`, c, 'must be an object');
    const e = c as Record<string, unknown>;
    if (typeof e.id !== 'string' || e.id.trim() === '') fail(`question ${where} entry`, c, 'id must be a non-empty string');
    if (ids.has(e.id)) fail(`question ${where} entry`, c, `duplicate id "${e.id}"`);
    ids.add(e.id);
    strings(`question ${where} entry`, c, 'patterns', e.patterns, 'nonEmpty');
    patterns(where, e.id, e.patterns as string[]);
    extra?.(e);
  }
}

/** A cue's polarity and weight. */
function cuePolarity(c: Record<string, unknown>): void {
  if (c.polarity !== 1 && c.polarity !== -1) fail('question cue', c, 'polarity must be 1 or -1');
  if (c.weight !== undefined && !(typeof c.weight === 'number' && c.weight > 0 && Number.isFinite(c.weight))) fail('question cue', c, 'weight must be a positive number');
}

/** A predicate's own fields; `takes` must name targets of the same question. */
function predicateFields(c: Record<string, unknown>, targets: readonly Record<string, unknown>[]): void {
  cuePolarity(c);
  if (c.applies !== undefined && !['object', 'subject', 'both'].includes(c.applies as string)) fail('question predicate', c, 'applies must be "object", "subject" or "both"');
  if (c.infinitive !== undefined && typeof c.infinitive !== 'boolean') fail('question predicate', c, 'infinitive must be a boolean');
  if (c.absentWhenNegated !== undefined && typeof c.absentWhenNegated !== 'boolean') fail('question predicate', c, 'absentWhenNegated must be a boolean');
  if (c.takes === undefined) return;
  strings('question predicate', c, 'takes', c.takes, 'nonEmpty');
  const known = new Set(targets.map((t) => t.id));
  for (const id of c.takes as string[]) if (!known.has(id)) fail('question predicate', c, `takes names an unknown target "${id}"`);
}

/** A condition marker's own fields. */
function conditionFields(c: Record<string, unknown>): void {
  if (c.scope !== undefined && !['after', 'sentence', 'before'].includes(c.scope as string)) fail('question condition', c, 'scope must be "after", "sentence" or "before"');
  if (c.strength !== undefined && !['strong', 'weak'].includes(c.strength as string)) fail('question condition', c, 'strength must be "strong" or "weak"');
  if (c.needsKind !== undefined && typeof c.needsKind !== 'boolean') fail('question condition', c, 'needsKind must be a boolean');
  if (c.onlySpans !== undefined && typeof c.onlySpans !== 'boolean') fail('question condition', c, 'onlySpans must be a boolean');
  if (c.requires !== undefined && !(CONDITION_REQUIREMENTS as readonly unknown[]).includes(c.requires)) fail('question condition', c, `requires must be one of: ${CONDITION_REQUIREMENTS.join(', ')}`);
}

/** The condition kinds: known kinds, each with valid patterns. */
function conditionKinds(e: Record<string, unknown>): void {
  if (!Array.isArray(e.conditionKinds)) fail('question', { id: e.id }, 'conditionKinds must be an array');
  for (const k of e.conditionKinds as Record<string, unknown>[]) {
    if (!KINDS.has(k?.kind as string)) fail('question conditionKinds entry', k, `kind must be one of ${CONDITION_KINDS.join(', ')}`);
    strings('question conditionKinds entry', k, 'patterns', k.patterns, 'nonEmpty');
    patterns('conditionKinds', k.kind as string, k.patterns as string[]);
  }
}

/** Validates a question's data shape (see QuestionData). */
export function validateQuestion(q: unknown): QuestionData {
  if (q === null || typeof q !== 'object') fail('question', q, 'must be an object or the id "ceasefire"');
  noForbiddenKeys('question', q);
  const e = q as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id.trim() === '') fail('question', { id: e.id }, 'id must be a non-empty string');
  if (typeof e.label !== 'string') fail('question', { id: e.id }, 'label must be a string');
  const unknown = Object.keys(e).filter((k) => !QUESTION_KEYS.includes(k));
  if (unknown.length) fail('question', { id: e.id }, `unknown field ${quote(unknown[0])}; the fields are ${QUESTION_KEYS.join(', ')}`);
  cueList('targets', e.targets, cuePolarity);
  cueList('predicates', e.predicates, (c) => predicateFields(c, e.targets as Record<string, unknown>[]));
  cueList('phrases', e.phrases, cuePolarity);
  cueList('conditions', e.conditions, conditionFields);
  conditionKinds(e);
  for (const f of ['negators', 'hedges', 'offTopic', 'domain']) strings('question', { id: e.id }, f, e[f], 'present');
  for (const f of ['offTopicPeace', 'neutral', 'weakTargets']) strings('question', { id: e.id }, f, e[f], 'optional');
  for (const f of ['offTopic', 'domain', 'offTopicPeace', 'neutral']) patterns(f, undefined, (e[f] ?? []) as string[]);
  return q as QuestionData;
}

/** Validates the date option; returns YYYY-MM-DD or undefined. */
export function validateDate(date: unknown): string | undefined {
  if (date === undefined) return undefined;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('standpoint: invalid date option: the Date is invalid');
    return date.toISOString().slice(0, 10);
  }
  if (typeof date !== 'string' || !isDate(date)) throw new RangeError(`standpoint: invalid date option ${quote(date)}: expected a date YYYY-MM-DD or a Date`);
  return date;
}

/** Validates the text argument. */
export function validateText(text: unknown, maxLength: number): string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    throw new TypeError(`standpoint: analyze(text) expects text to be a string, got ${got}`);
  }
  if (text.length > maxLength) {
    throw new RangeError(`standpoint: text is ${text.length} characters long, over the maxLength limit of ${maxLength}`);
  }
  return text;
}
