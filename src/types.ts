/**
 * The public report contract (see README "The report"). Everything here is plain JSON:
 * no classes, no Maps, so a report crosses a serverless boundary as it is.
 */
import type { ActorKind } from './data/types';
import type { DropReason } from './reasons';

export type { DropReason };

/** Where an actor stands on the question. */
export type Stance = 'support' | 'oppose' | 'conditional' | 'none';

/** What a conditional position depends on (see the annotation guidelines). */
export type ConditionKind =
  | 'sovereignty'
  | 'withdrawal'
  | 'security-guarantees'
  | 'hostages'
  | 'humanitarian-access'
  | 'accountability'
  | 'recognition'
  | 'demilitarization'
  | 'neutrality'
  | 'arms-halt'
  | 'sanctions-relief'
  | 'elections'
  | 'other';

/** How a statement reached the text. */
export type Via = 'quote' | 'reported' | 'action';

/** The actor a stance belongs to. */
export interface ActorRef {
  /** ISO 3166-1 alpha-3 for states, an upper-case code for organisations (`UN`, `HAMAS`). */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

/** A condition an actor sets, with the words that set it. */
export interface Condition {
  readonly kind: ConditionKind;
  /** The condition's words, `text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Id of the contingency cue that introduced it, e.g. `cond.only-if`. */
  readonly cue: string;
}

/** Words in the input that carry a stance. `text.slice(start, end) === evidence.text`. */
export interface Evidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The person who said it, when one is named. */
  readonly speaker?: string;
  readonly via: Via;
  /** Ids of the lexicon cues and rules that fired, e.g. `support.call-for`, `rule.negation`. */
  readonly cues: readonly string[];
  /** What these words say on their own: +1 support … -1 oppose, 0 for a pure condition. */
  readonly polarity: number;
  /** Where the cue words and condition phrases sit inside the span (set by `analyze()` since schema 1.0.0). */
  readonly marks?: readonly EvidenceMark[];
}

/** A cue's words (`kind: 'cue'`, `id` the cue id, e.g. `support.call-for`, `cond.only-if`) or a
 *  condition's phrase (`kind: 'condition'`, `id` its ConditionKind) inside an evidence span. */
export interface EvidenceMark {
  readonly kind: 'cue' | 'condition';
  readonly id: string;
  /** `text.slice(start, end)` are the marked words, inside the evidence's own span. */
  readonly start: number;
  readonly end: number;
}

/** A person who speaks or acts for an actor in the text. */
export interface Speaker {
  readonly name: string;
  /** Their title in the text or in the known office holders, e.g. "foreign minister". */
  readonly role?: string;
}

/** One actor's position. */
export interface ActorStance {
  readonly actor: ActorRef;
  readonly stance: Stance;
  /** -1 (oppose) … +1 (support); conditional positions sit in between. */
  readonly score: number;
  /** 0 … 1: how sure the label is (see README "Calibration"). */
  readonly confidence: number;
  readonly conditions: readonly Condition[];
  /** What carries the label, strongest first. */
  readonly evidence: readonly Evidence[];
  readonly speakers: readonly Speaker[];
  /** How many times the actor is named (names, demonyms, capitals, institutions, its people). */
  readonly mentions: number;
}

/** An attributed statement: who said (or did) what. */
export interface Statement {
  /** Actor id the statement speaks for. */
  readonly actor: string;
  readonly speaker?: string;
  /** The speech or action verb, e.g. "said", "rejected"; the quote's verb for quotes. */
  readonly cue: string;
  readonly via: Via;
  /** The content span. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What the statement says on the question; `none` when it says nothing about it. */
  readonly stance: Stance;
  /** Lexicon cues that fired inside it. */
  readonly cues: readonly string[];
}

/**
 * Something odd in the text that the analysis worked around. `date-assumed`: the text writes a
 * day without a year ("GENEVA, March 21") and no date was given, so today was used.
 */
export interface Diagnostic {
  readonly code: 'unclosed-quote' | 'unattributed-quote' | 'date-assumed';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** The result of `analyze()`. */
export interface StanceReport {
  /** Version of the report shape (`standpoint/schema.json`), e.g. `1.0.0`. Absent in reports of 0.1.0. */
  readonly schemaVersion: string;
  /** Version of the standpoint package that wrote the report, e.g. `0.1.0`. */
  readonly standpointVersion: string;
  readonly question: { readonly id: string; readonly label: string };
  /** The date used to pick office holders (YYYY-MM-DD). */
  readonly date: string;
  /** Every actor mentioned, `none` included, strongest position first. */
  readonly actors: readonly ActorStance[];
  /** Every attributed statement, in text order. */
  readonly statements: readonly Statement[];
  readonly diagnostics: readonly Diagnostic[];
  /** Every statement frame with the rules that fired or why it was dropped; only with `analyze(text, { trace: true })`. */
  readonly trace?: readonly TraceEntry[];
}

/** One statement frame of `analyze(text, { trace: true })`: either the ids that fired (`rules`
 *  non-empty) or, with `rules` empty, why it counts for nothing (`dropped`). Offsets as in Evidence. */
export interface TraceEntry {
  readonly agents: readonly TraceAgent[];
  /** The speech or action verb, e.g. "said", or "quote". */
  readonly verb: string;
  readonly via: Via;
  /** The content span. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Every cue, condition marker (`cond.*`), condition kind (`kind.*`) and agent rule (`rule.list`, …) that fired. */
  readonly rules: readonly string[];
  /** The scores the cues composed, one per evidence item. */
  readonly scores: readonly { readonly cues: readonly string[]; readonly polarity: number; readonly start: number; readonly end: number }[];
  readonly conditions: readonly { readonly cue: string; readonly kinds: readonly ConditionKind[]; readonly start: number; readonly end: number }[];
  /** Why the statement counts for nothing, when `rules` is empty. */
  readonly dropped?: DropReason;
  /** Parts of its words that count for nothing (dropped clauses and cues, others' words), with why. */
  readonly skipped: readonly { readonly reason: DropReason; readonly start: number; readonly end: number }[];
}

/** An agent of a traced statement: its actor id (absent when unknown), words and the recall rule that found it. */
export interface TraceAgent {
  readonly actor?: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker?: string;
  readonly rule?: string;
}
