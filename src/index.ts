/**
 * standpoint: where does each state or organisation in a news text stand on a question
 * (built in: should the fighting stop now through a ceasefire, truce or talks)?
 * Rule-based and explainable: every label traces to evidence spans and named cues.
 *
 * @example
 * import { analyze } from 'standpoint';
 * const report = analyze(articleText);
 * for (const a of report.actors) console.log(a.actor.id, a.stance, a.evidence[0]?.text);
 */
export { analyze, createAnalyzer, DEFAULT_MAX_LENGTH } from './analyzer';
export type { Analyzer, AnalyzerOptions, AnalyzeOptions } from './analyzer';
export { SCHEMA_VERSION, STANDPOINT_VERSION } from './version';
export { DROP_REASONS } from './reasons';
export { toHtml, type HtmlOptions } from './format/html';
export { toMarkdown, toCsv, toTable, CSV_COLUMNS, type ActorCsvOptions } from './format/text';
export { toStatementsCsv, agreementOf, STATEMENT_COLUMNS, type IdentifiedReport, type StatementsCsvOptions } from './format/statements';
export type { CsvOptions } from './format/csv';
export { CorpusSummary, type DailyRow, type CorpusSummaryOptions, type Weighting } from './format/corpus';
export { isoWeek, periodOf, type Period } from './format/periods';
export type { ActorEdge, Relation } from './format/network';
export type {
  Stance, ConditionKind, Via, ActorRef, Condition, Evidence, EvidenceMark, Speaker, ActorStance, Statement, Diagnostic, StanceReport,
  TraceEntry, TraceAgent, DropReason,
} from './types';
export type { ActorData, ActorKind, PersonData, RoleData } from './data/types';
export type { QuestionData, CueData, PredicateData, ConditionMarkerData, ConditionKindData } from './data/question';
