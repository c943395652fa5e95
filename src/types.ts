/**
 * The public types of standpoint, all in one place: the report contract (see README "The report";
 * plain JSON, no classes, no Maps, so a report crosses a serverless boundary as it is), the options
 * of `createAnalyzer()` / `analyze()`, the batch results of `standpoint/node`, the options of the
 * output formats, and (re-exported from the leaf data modules, where the data declares them) the
 * shapes of custom data: `ActorData`, `PersonData`, `QuestionData`.
 *
 * Every public type is declared once, here or in `data/types.ts` / `data/question.ts`, and the
 * entries (`src/index.ts`, `src/node/index.ts`) export them from this module. This module imports
 * only those data modules (and `data/reasons.ts`), so any module can import it without an import cycle.
 */
import type { ActorData, ActorKind, ConditionKind, PersonData } from './data/types';
import type { QuestionData } from './data/question';
import type { DropReason } from './data/reasons';

export { CONDITION_KINDS } from './data/types';
export type { ActorData, ActorKind, ConditionKind, PersonData, RoleData } from './data/types';
export type { QuestionData, CueData, PredicateData, ConditionMarkerData, ConditionKindData, ConditionRequirement } from './data/question';
export { CONDITION_REQUIREMENTS } from './data/question';
export type { DropReason } from './data/reasons';
export { DROP_REASONS } from './data/reasons';

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

/** The labels, in the order summaries list them: the one list (the schema's `stance` enum is kept equal by a test). */
export const STANCES = ['support', 'oppose', 'conditional', 'none'] as const;

/** Where an actor stands on the question: one of `STANCES`. */
export type Stance = (typeof STANCES)[number];

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

// ---------------------------------------------------------------------------------------------
// Analyzer and options (`createAnalyzer`, `analyze`)
// ---------------------------------------------------------------------------------------------

/** Options of `createAnalyzer()`: what to compile. Invalid options throw, quoting the bad entry. */
export interface AnalyzerOptions {
  /** The question: the id of a built-in one (`'ceasefire'`, the default) or your own data. */
  readonly question?: string | QuestionData;
  /** Extra actors, or extra names for built-in ones (same id). */
  readonly actors?: readonly ActorData[];
  /** Extra known people with dated roles. */
  readonly people?: readonly PersonData[];
  /** Longest text accepted, in UTF-16 code units (default 5,000,000). */
  readonly maxLength?: number;
}

/** Options of one `analyzer.analyze()` call. */
export interface AnalyzeOptions {
  /** Date that picks office holders: YYYY-MM-DD or a Date. Default: the text's own date, else today. */
  readonly date?: string | Date;
  /** The analyzer's question id; another id is an error (create another analyzer for it). */
  readonly question?: string;
  /** Adds `trace` to the report: every statement frame with the rule ids that fired, or why it was dropped. */
  readonly trace?: boolean;
}

/** A compiled analyzer: immutable, reusable, safe to share between concurrent calls. */
export interface Analyzer {
  readonly question: { readonly id: string; readonly label: string };
  analyze(text: string, options?: AnalyzeOptions): StanceReport;
}

/** Options of the shared `analyze()`: those of `AnalyzeOptions`, and the question may be your own data. */
export interface SharedAnalyzeOptions extends Omit<AnalyzeOptions, 'question'> {
  /** A built-in question id (default `'ceasefire'`) or your own question, compiled once per object. */
  readonly question?: string | QuestionData;
}

// ---------------------------------------------------------------------------------------------
// Batches (`analyzeMany` from `standpoint/node`)
// ---------------------------------------------------------------------------------------------

/** One document: a text, or an object with an id and an optional date. */
export type BatchInput = string | { readonly id?: string; readonly text: string; readonly date?: string };

/** A document analysed: its report. (`error` is declared absent so `r.error !== undefined` narrows.) */
export interface BatchSuccess {
  readonly ok: true;
  /** Position in the input (0-based). */
  readonly index: number;
  readonly id?: string;
  readonly report: StanceReport;
  readonly error?: undefined;
}

/** A document that failed (not a string, too long, bad date): the error's message. */
export interface BatchFailure {
  readonly ok: false;
  /** Position in the input (0-based). */
  readonly index: number;
  readonly id?: string;
  readonly error: string;
  readonly report?: undefined;
}

/** One result, in input order: test `ok` to tell a report from an error. */
export type BatchResult = BatchSuccess | BatchFailure;

/** Options of `analyzeMany()`: those of `createAnalyzer()`, and how to run the batch. */
export interface BatchOptions extends AnalyzerOptions {
  /** Worker threads; 1 (default) analyses in this thread. */
  readonly workers?: number;
  /**
   * Called after each result, failures included: `done` results so far, and `total` when the
   * input is an array (else undefined). An exception thrown here ends the batch.
   */
  readonly onProgress?: (done: number, total?: number) => void;
  /** Aborting stops the batch: no further result, workers terminated, the generator throws an `AbortError`. */
  readonly signal?: AbortSignal;
  /** Add `report.trace` to every report, as `analyze(text, { trace: true })` does. */
  readonly trace?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Output formats
// ---------------------------------------------------------------------------------------------

/** Options of `toHtml()`. */
export interface HtmlOptions {
  /** Page title; default: the question's label. */
  readonly title?: string;
}

/** Options every CSV writer takes (`toCsv`, `toStatementsCsv`, `CorpusSummary.toCsv`). */
export interface CsvOptions {
  /** Write the header row (default true). Set false to append to a file that has one. */
  readonly header?: boolean;
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8 (default false). Only for a file's first chunk. */
  readonly bom?: boolean;
}

/** Options of `toCsv()`. */
export interface ActorCsvOptions extends CsvOptions {
  /** Names the document in the `id` column (default: empty). */
  readonly id?: string;
}

/** A report with the id of its document. */
export interface IdentifiedReport {
  readonly id: string;
  readonly report: StanceReport;
}

/** Options of `toStatementsCsv()`. */
export interface StatementsCsvOptions extends CsvOptions {
  /** Document id for a single report (default: empty). Reports in an array without an id get their index. */
  readonly id?: string;
}

/** The period of a `CorpusSummary`: day (YYYY-MM-DD), ISO 8601 week (`2023-W11`) or month (`2023-03`). */
export type Period = 'day' | 'week' | 'month';

/** What a document counts in a `CorpusSummary`: 1 (`count`) or its label's confidence. */
export type Weighting = 'count' | 'confidence';

/** Options of `new CorpusSummary()`. */
export interface CorpusSummaryOptions {
  /** Period of the rows and of the actor networks (default `day`). Weeks are ISO 8601 (`2023-W11`). */
  readonly by?: Period;
  /** `count` (default): each document counts 1; `confidence`: each counts its label's confidence. */
  readonly weight?: Weighting;
}

/** Counts of one actor in one period (the name is kept from 0.1.0, when periods were days). */
export interface DailyRow {
  /** The period: a day (YYYY-MM-DD), an ISO week (`2023-W11`) or a month (`2023-03`). */
  readonly date: string;
  readonly question: string;
  readonly actor: string;
  readonly name: string;
  readonly counts: Readonly<Record<Stance, number>>;
}

/** How two actors relate in a period: they hold the same position, or one supports and the other opposes. */
export type Relation = 'agreement' | 'conflict';

/** One edge of one period. `source` < `target` (actor ids); undirected. */
export interface ActorEdge {
  readonly period: string;
  readonly question: string;
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  readonly weight: number;
}
