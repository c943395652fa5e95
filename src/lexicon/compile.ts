/**
 * Compiles a question's patterns into token matchers, once per analyzer: every pattern becomes
 * a list of word slots, indexed by the forms its first slot accepts, longest first.
 */
import type { ConditionKind } from '../types';
import type { ConditionRequirement, QuestionData } from '../data/question';

export type Role = 'target' | 'predicate' | 'phrase' | 'condition' | 'kind';

/** One word slot: accepted forms (lemma or lower-case), optional, wildcard, POS constraint. */
interface Slot {
  readonly forms: ReadonlySet<string>;
  readonly optional: boolean;
  readonly any: boolean;
  /** `=word`: the written form only, not the lemma ("=include" skips "including"). */
  readonly exact: boolean;
  readonly pos?: 'V' | 'N' | 'A';
}

export interface Entry {
  readonly id: string;
  readonly role: Role;
  readonly polarity: number;
  readonly weight: number;
  readonly slots: readonly Slot[];
  readonly applies?: 'object' | 'subject' | 'both';
  readonly alone?: number;
  /** Target ids a predicate can take; undefined: any. */
  readonly takes?: ReadonlySet<string>;
  readonly infinitive?: boolean;
  readonly scope?: 'after' | 'sentence' | 'before';
  readonly strength?: 'strong' | 'weak';
  readonly needsKind?: boolean;
  readonly requires?: ConditionRequirement;
  readonly onlySpans?: boolean;
  readonly absentWhenNegated?: boolean;
  readonly kind?: ConditionKind;
  readonly cameo?: string;
  /** A target that counts only in a text about the question's domain (`weakTargets`: "deal", "plan"). */
  readonly weak?: boolean;
  /** Pattern text, for messages and debugging. */
  readonly pattern: string;
}

/** Entries that share a first word: those that can be told apart by their second word are
 *  indexed by it, so "the" does not try every "the …" pattern. */
export interface Bucket {
  readonly rest: readonly Entry[];
  readonly bySecond: ReadonlyMap<string, readonly Entry[]>;
}

/** Entries of one role, indexed by a form of their first slot ('*' for wildcard starts). */
export type Index = ReadonlyMap<string, Bucket>;

export interface CompiledQuestion {
  readonly id: string;
  readonly label: string;
  readonly cues: Index;
  readonly conditions: Index;
  readonly kinds: Index;
  readonly negators: ReadonlySet<string>;
  readonly hedges: ReadonlySet<string>;
  readonly offTopic: Index;
  /** Off-topic for the question's own targets only (polarity > 0). */
  readonly offTopicPeace: Index;
  readonly domain: Index;
}

/** Splits a pattern into slots. The tokenizer keeps some hyphenated words whole ("de-escalation")
 *  and splits others ("cease - fire"), so `splitHyphens` gives the second reading. */
export function parsePattern(pattern: string, splitHyphens = false): Slot[] {
  const words = pattern.trim().toLowerCase().split(/\s+/).flatMap((w) => (splitHyphens ? w.split(/(?=-)|(?<=-)/).filter(Boolean) : [w]));
  return words.map((w) => {
    const optional = w.endsWith('?') && w.length > 1;
    const exact = w.startsWith('=') && w.length > 1;
    const body = (optional ? w.slice(0, -1) : w).replace(/^=/, '');
    const [alts, tag] = body.split('/');
    const pos = tag === 'v' ? 'V' : tag === 'n' ? 'N' : tag === 'a' ? 'A' : undefined;
    return { forms: new Set(alts.split('|')), optional, any: alts === '*', pos, exact };
  });
}

/** Part-of-speech suffixes a pattern word may carry (`talk/V`); the compiler reads them in any case. */
const POS_TAGS: ReadonlySet<string> = new Set(['v', 'n', 'a']);

/**
 * Why `pattern` breaks the pattern syntax (see data/question.ts), or undefined when it is well
 * formed. `parsePattern` reads a broken pattern as something else without a word (a lone `?` as
 * the token "?", `a||b` with an empty form, `talk/X` with no suffix, `=*` as a plain `*`) and
 * passes over spacing slips that often hide a typo, so `createAnalyzer` refuses them all with this reason.
 */
export function patternError(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  if (pattern !== pattern.trim()) return 'has a leading or trailing space';
  if (/[^\S ]/.test(pattern)) return 'separates words with a tab or line break (use one space)';
  if (pattern.includes('  ')) return 'has an empty word (two spaces in a row)';
  for (const word of pattern.split(' ')) {
    const why = wordError(word);
    if (why) return `has the word "${word}", which ${why}`;
  }
  const slots = parsePattern(pattern);
  if (slots.every((s) => s.optional)) return 'has only optional words (one must be required)';
  if (slots.every((s) => s.any)) return "has only wildcards ('*' matches any token)";
  return undefined;
}

/** Why one word of a pattern is malformed: `=` first, `?` last, one `/V|N|A`, no empty alternative. */
function wordError(word: string): string | undefined {
  let body = word;
  if (body.endsWith('?')) body = body.slice(0, -1);
  if (body === '') return "is a lone '?' (write it after a word: 'word?')";
  const exact = body.startsWith('=');
  if (exact) body = body.slice(1);
  if (body === '') return "is a lone '=' (write it before a word: '=word')";
  if (body.includes('=')) return "has '=' inside (it goes first: '=word')";
  if (body.includes('?')) return "has '?' inside (it goes last: 'word?')";
  const parts = body.split('/');
  if (parts.length > 2) return "has more than one '/' suffix";
  const [alts, tag] = parts;
  if (tag !== undefined && !POS_TAGS.has(tag.toLowerCase())) return `has the unknown part-of-speech suffix '/${tag}' (use /V, /N or /A)`;
  if (alts === '') return 'has no word before its suffix';
  const forms = alts.split('|');
  if (forms.includes('')) return "has an empty alternative ('||' or '|' at an end)";
  if (forms.length > 1 && forms.includes('*')) return "mixes '*' with alternatives ('*' already matches any token)";
  if (exact && alts === '*') return "is '=*' ('*' has no written form)";
  return undefined;
}

/** Adds an entry, and its split-hyphen reading when the pattern has a hyphenated word. */
function addEntry(index: Map<string, Entry[]>, e: Entry): void {
  addOne(index, e);
  if (/\w-\w/.test(e.pattern)) addOne(index, { ...e, slots: parsePattern(e.pattern, true) });
}

function addOne(index: Map<string, Entry[]>, e: Entry): void {
  const first = e.slots.find((s) => !s.optional) ?? e.slots[0];
  const keys = first.any || e.slots[0].optional ? ['*'] : [...first.forms];
  for (const k of keys) {
    const list = index.get(k) ?? [];
    list.push(e);
    index.set(k, list);
  }
}

function sortIndex(index: Map<string, Entry[]>): Index {
  const out = new Map<string, Bucket>();
  for (const [key, list] of index) {
    const rest: Entry[] = [];
    const bySecond = new Map<string, Entry[]>();
    for (const e of list) {
      const [a, b] = e.slots;
      if (key === '*' || a.optional || !b || b.optional || b.any) { rest.push(e); continue; }
      for (const f of b.forms) {
        const l = bySecond.get(f) ?? [];
        l.push(e);
        bySecond.set(f, l);
      }
    }
    out.set(key, { rest, bySecond });
  }
  return out;
}

/** Compiles a validated question. */
export function compileQuestion(q: QuestionData): CompiledQuestion {
  const cues = new Map<string, Entry[]>();
  const base = (id: string, role: Role, pattern: string, polarity: number, weight = 1) =>
    ({ id, role, polarity, weight, slots: parsePattern(pattern), pattern });
  const weak = new Set((q.weakTargets ?? []).map((w) => w.toLowerCase()));
  const isWeak = (p: string) => weak.has(p.toLowerCase().replace(/\/[vna]$/, ''));
  for (const t of q.targets) for (const p of t.patterns) addEntry(cues, { ...base(t.id, 'target', p, t.polarity, t.weight), cameo: t.cameo, weak: isWeak(p) });
  for (const t of q.predicates) for (const p of t.patterns) {
    addEntry(cues, { ...base(t.id, 'predicate', p, t.polarity, t.weight), applies: t.applies ?? 'both', alone: t.alone, takes: t.takes && new Set(t.takes), infinitive: t.infinitive, absentWhenNegated: t.absentWhenNegated, cameo: t.cameo });
  }
  for (const t of q.phrases) for (const p of t.patterns) addEntry(cues, { ...base(t.id, 'phrase', p, t.polarity, t.weight), cameo: t.cameo });
  for (const p of q.neutral ?? []) addEntry(cues, base('neutral', 'phrase', p, 0));
  const conditions = new Map<string, Entry[]>();
  for (const c of q.conditions) for (const p of c.patterns) {
    addEntry(conditions, { ...base(c.id, 'condition', p, 0), scope: c.scope ?? 'after', strength: c.strength ?? 'strong', needsKind: c.needsKind === true, requires: c.requires, onlySpans: c.onlySpans });
  }
  const kinds = new Map<string, Entry[]>();
  for (const k of q.conditionKinds) for (const p of k.patterns) addEntry(kinds, { ...base(`kind.${k.kind}`, 'kind', p, 0), kind: k.kind });
  const words = (list: readonly string[], id: string) => {
    const m = new Map<string, Entry[]>();
    for (const p of list) addEntry(m, base(id, 'phrase', p, 0));
    return sortIndex(m);
  };
  return {
    id: q.id, label: q.label,
    cues: sortIndex(cues), conditions: sortIndex(conditions), kinds: sortIndex(kinds),
    negators: new Set(q.negators.map((w) => w.toLowerCase())),
    hedges: new Set(q.hedges.map((w) => w.toLowerCase())),
    offTopic: words(q.offTopic, 'off-topic'),
    offTopicPeace: words(q.offTopicPeace ?? [], 'off-topic'),
    domain: words(q.domain, 'domain'),
  };
}
