/**
 * Shared fast-check generators and the report invariant checker, used by
 * test/property.test.ts (bounded runs) and test/fuzz/fuzz.ts (long runs).
 *
 * The checker throws an Error naming the first broken invariant; it never depends on vitest,
 * so the fuzz script can run it under plain tsx.
 */
import fc from 'fast-check';
import { CONDITION_KINDS as KINDS, STANCES as STANCE_LABELS, type StanceReport } from '../../src';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Pieces of realistic war-news copy: actors, speakers, cues, conditions, quotes, link lines. */
export const FRAGMENTS: readonly string[] = [
  'Russia rejected calls for a ceasefire.',
  '“We are ready for talks,” he said.',
  'Also read | Ukraine says …',
  'Kremlin spokesman Dmitry Peskov',
  'Hamas',
  'only if',
  'Air strikes, shelling and missile attacks continued as the war entered its third year.',
  'Ukrainian President Volodymyr Zelensky said Kyiv would accept a truce only if Russian troops withdraw from occupied territory.',
  'Israel’s Prime Minister Benjamin Netanyahu vowed to continue fighting until Hamas is destroyed.',
  '“There can be no ceasefire while hostages remain in Gaza,” the minister said.',
  'Qatar offered to mediate between the parties.',
  'Egypt and Qatar called for an immediate humanitarian pause to let aid into Gaza.',
  'China floated a 12-point peace plan.',
  'The United States vetoed the UN Security Council resolution demanding a ceasefire.',
  'Secretary-General António Guterres urged both sides to return to the negotiating table.',
  'Sudan’s army chief Abdel Fattah al-Burhan ruled out talks with the Rapid Support Forces.',
  'Turkey hosted talks between the two delegations and pressed for a truce.',
  'Moscow says any deal must recognise the “new territorial realities”.',
  'He said talks were premature.',
  'provided that security guarantees are in place',
  'unless sanctions are lifted',
  'as long as weapons deliveries stop',
  'on condition that elections are held',
  'after the hostages are released',
  '‘We will not negotiate under fire,’ she told reporters.',
  'READ MORE: Houthis claim drone attack on warship',
  'KYIV, June 3, 2024 —',
  'Foreign Minister Sergei Lavrov said on Monday that',
  'the European Union',
  'NATO allies welcomed the truce.',
  'Iran',
  'a ceasefire',
  'said',
  'rejected',
  '"No," said the spokesman. "Not now."',
  '— Reuters',
  'U.S. officials, speaking on condition of anonymity, said',
  'Hezbollah fired rockets at northern Israel.',
  'the Houthis agreed to a truce but insisted Israel must halt the occupation.',
];

/** Single words for storms and long lines. */
const WORDS = ['war', 'Russia', 'Ukraine', 'said', 'ceasefire', 'talks', 'truce', 'Hamas', 'Israel', 'troops', 'peace', 'not', 'only', 'if', 'he', 'they', 'Peskov', 'Kremlin', 'Gaza', 'UN', 'a', 'the', 'missile'];

export const SEPARATORS: readonly string[] = ['\n', ' ', '\n\n', ' ', ' ', '“', '”', '"', '‘', '’', "'", ' “', '” ', ', ', '. ', '\r\n', '\t', '', ' — ', ' | '];

export const QUOTE_MARKS: readonly string[] = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '`', '´', '″'];

/** Zero-width, bidi and other invisible or odd spacing characters. */
export const INVISIBLES: readonly string[] = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
  '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u2028', '\u2029', '\u00A0', '\u2009', '\u3000', '\u0085',
];

/** Astral chars, combining marks and lone surrogates. */
const ODD_UNICODE: readonly string[] = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '😀', '🇺🇦', 'e\u0301', '\u0301', '\u0308', 'ﬁ', 'İ', 'ß', 'Σ', '\uFFFD', '\uFFFF'];

const controlChar: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
).map((c) => String.fromCharCode(c));

const specialChar: fc.Arbitrary<string> = fc.oneof(
  controlChar,
  fc.constantFrom(...INVISIBLES),
  fc.constantFrom(...QUOTE_MARKS),
  fc.constantFrom(...ODD_UNICODE),
);

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  // A random slice of a fragment: broken words, half names, a lone closing quote.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.nat(), fc.nat()).map(([f, a, b]) => f.slice(Math.min(a, b) % (f.length + 1), Math.max(a, b) % (f.length + 1) || undefined)) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
);

const separator = fc.constantFrom(...SEPARATORS);

/** Inserts `extra` strings at the given positions of `text` (positions taken modulo length + 1). */
function inject(text: string, extra: readonly [number, string][]): string {
  let out = text;
  for (const [at, s] of extra) {
    const k = at % (out.length + 1);
    out = out.slice(0, k) + s + out.slice(k);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text generators
// ---------------------------------------------------------------------------------------------

export interface Scale {
  /** Max units (chars, graphemes, fragments) for the free-form generators. */
  readonly chars: number;
  /** Max fragments for the newsy generators. */
  readonly fragments: number;
}

/** Up to a few thousand chars. */
export const MEDIUM: Scale = { chars: 2000, fragments: 120 };
/** Mostly tiny: for the million-run fuzzer. */
export const SMALL: Scale = { chars: 120, fragments: 12 };

/** Every generator by name, at a given scale. `size: 'max'` makes lengths spread over the whole range. */
export function generators(scale: Scale) {
  const size = 'max' as const;
  const newsy = fc.array(fc.tuple(fragment, separator), { maxLength: scale.fragments, size })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));
  return {
    /** Any unicode, by extended grapheme cluster (emoji sequences, combining marks). */
    grapheme: fc.string({ unit: 'grapheme', maxLength: scale.chars, size }),
    /** Any UTF-16 code unit sequence, lone surrogates included. */
    binary: fc.string({ unit: 'binary', maxLength: scale.chars, size }),
    /** Control characters between words and fragments. */
    controls: fc.array(fc.oneof(controlChar, fragment, fc.constantFrom(...WORDS, ' ', '\n')), { maxLength: scale.fragments, size }).map((xs) => xs.join('')),
    /** News copy with zero-width and bidi marks sprinkled in, also inside words and names. */
    invisibles: fc.tuple(newsy, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { maxLength: Math.ceil(scale.fragments / 2), size }))
      .map(([t, marks]) => inject(t, marks)),
    /** Mostly quote marks, a few words and line breaks between. */
    quoteStorm: fc.array(fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '. ', ', ') },
      { weight: 1, arbitrary: fragment },
    ), { maxLength: scale.chars, size }).map((xs) => xs.join('')),
    /** Spliced fragments of war-news sentences with random separators. */
    newsy,
    /** News copy with any odd character (controls, invisibles, quotes, surrogates) injected anywhere. */
    chaos: fc.tuple(newsy, fc.array(fc.tuple(fc.nat(), specialChar), { maxLength: Math.ceil(scale.fragments / 2), size }))
      .map(([t, marks]) => inject(t, marks)),
  };
}

export type GeneratorName = keyof ReturnType<typeof generators>;

/** One very long line (~10k–30k chars, ~20k on average): fragments and quote marks, no line breaks. */
export function longLine(): fc.Arbitrary<string> {
  return fc.array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
    { weight: 1, arbitrary: specialChar },
  ), { minLength: 250, maxLength: 750, size: 'max' }).map((xs) => xs.join(' ').replace(/[\n\r\u2028\u2029\u0085]/g, ' '));
}

/** A text of a few (1–3) very long lines separated by line breaks. */
export function longLines(): fc.Arbitrary<string> {
  return fc.array(longLine(), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
}

/**
 * The fuzzer's mix: mostly short texts of every kind, a few medium ones, rarely a long line.
 * About 1 in 1,000 runs is ~20k chars; about 1 in 50 is up to a few thousand chars.
 */
export function fuzzText(): fc.Arbitrary<string> {
  const small = Object.values(generators(SMALL));
  const medium = Object.values(generators(MEDIUM));
  return fc.oneof(
    { weight: 979, arbitrary: fc.oneof(...small) },
    { weight: 20, arbitrary: fc.oneof(...medium) },
    { weight: 1, arbitrary: longLine() },
  );
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

export const STANCES: ReadonlySet<string> = new Set(STANCE_LABELS);
/** The guideline condition kinds (`CONDITION_KINDS` in src/types.ts), as a set. */
export const CONDITION_KINDS: ReadonlySet<string> = new Set(KINDS);
const VIAS: ReadonlySet<string> = new Set(['quote', 'reported', 'action']);

export class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(msg: string): never {
  throw new InvariantError(msg);
}

const show = (v: unknown) => {
  if (Object.is(v, -0)) return '-0';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 200 ? `${s.slice(0, 197)}...` : s;
};

/** start/end are integers, 0 <= start <= end <= text.length; with `withText`, slice equals `.text`. */
function checkSpan(text: string, where: string, item: { start: number; end: number; text?: string }, withText: boolean): void {
  const { start, end } = item;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${where}: non-integer offsets ${show({ start, end })}`);
  if (start < 0 || end > text.length || start > end) fail(`${where}: offsets ${start}..${end} outside 0..${text.length} or reversed`);
  if (withText) {
    if (typeof item.text !== 'string') fail(`${where}: text is not a string`);
    const slice = text.slice(start, end);
    if (slice !== item.text) fail(`${where}: text.slice(${start}, ${end}) = ${show(slice)} but item.text = ${show(item.text)}`);
  }
}

const inUnit = (x: number, lo: number) => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= 1;

/** Checks the structural invariants of one report for `text`. Throws InvariantError. */
export function checkReport(text: string, report: StanceReport): void {
  const { actors, statements, diagnostics } = report ?? ({} as Partial<StanceReport>);
  if (!Array.isArray(actors) || !Array.isArray(statements) || !Array.isArray(diagnostics)) fail(`report shape: ${show(report)}`);
  (actors as StanceReport['actors']).forEach((a, i) => {
    const where = `actors[${i}] (${a.actor?.id})`;
    if (!STANCES.has(a.stance)) fail(`${where}: stance ${show(a.stance)}`);
    if (!inUnit(a.score, -1)) fail(`${where}: score ${String(a.score)} not finite in [-1, 1]`);
    if ((a.stance === 'support' && a.score < 0) || (a.stance === 'oppose' && a.score > 0) || (a.stance === 'none' && a.score !== 0 && a.evidence.length === 0)) fail(`${where}: score ${a.score} contradicts ${a.stance}`);
    if (!inUnit(a.confidence, 0)) fail(`${where}: confidence ${String(a.confidence)} not finite in [0, 1]`);
    a.conditions.forEach((c, j) => {
      if (!CONDITION_KINDS.has(c.kind)) fail(`${where}.conditions[${j}]: kind ${show(c.kind)}`);
      checkSpan(text, `${where}.conditions[${j}]`, c, true);
    });
    a.evidence.forEach((e, j) => {
      if (!VIAS.has(e.via)) fail(`${where}.evidence[${j}]: via ${show(e.via)}`);
      if (!Number.isFinite(e.polarity)) fail(`${where}.evidence[${j}]: polarity ${String(e.polarity)}`);
      checkSpan(text, `${where}.evidence[${j}]`, e, true);
      (e.marks ?? []).forEach((m, k) => {
        checkSpan(text, `${where}.evidence[${j}].marks[${k}]`, m, false);
        if (m.start < e.start || m.end > e.end) fail(`${where}.evidence[${j}].marks[${k}]: ${m.start}..${m.end} outside the evidence ${e.start}..${e.end}`);
      });
    });
  });
  (statements as StanceReport['statements']).forEach((s, i) => {
    if (!STANCES.has(s.stance)) fail(`statements[${i}]: stance ${show(s.stance)}`);
    checkSpan(text, `statements[${i}]`, s, true);
  });
  (diagnostics as StanceReport['diagnostics']).forEach((d, i) => checkSpan(text, `diagnostics[${i}] (${d.code})`, d, false));
}

/**
 * Deep equality as `toEqual` sees it: plain objects and arrays, numbers by Object.is
 * (so -0 differs from 0 and NaN equals NaN), properties whose value is undefined ignored.
 * Returns the path of the first difference, or undefined when equal.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${show(a)} vs ${show(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    if (ra[k] === undefined && rb[k] === undefined) continue;
    const d = firstDifference(ra[k], rb[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

export type Analyze = (text: string) => StanceReport;

export interface Checks {
  /** Analyse twice and compare (default true). */
  readonly determinism?: boolean;
  /** Compare with JSON.parse(JSON.stringify(report)) (default true). */
  readonly json?: boolean;
}

/**
 * The full property for one text: analyze does not throw, the report keeps its invariants,
 * a second call gives the same report, and the report survives a JSON round trip.
 */
export function checkText(text: string, analyze: Analyze, checks: Checks = {}): void {
  const report = analyze(text);
  checkReport(text, report);
  if (checks.determinism !== false) {
    const d = firstDifference(report, analyze(text));
    if (d) fail(`not deterministic (second call on the same text differs): ${d}`);
  }
  if (checks.json !== false) {
    const d = firstDifference(report, JSON.parse(JSON.stringify(report)));
    if (d) fail(`JSON round trip changed the report: ${d}`);
  }
}
