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
export { CONDITION_KINDS, CONDITION_REQUIREMENTS, DROP_REASONS, STANCES } from './types';
export { SCHEMA_VERSION, STANDPOINT_VERSION } from './version';
export { toHtml } from './format/html';
export { toMarkdown, toCsv, toTable, CSV_COLUMNS } from './format/text';
export { toStatementsCsv, agreementOf, STATEMENT_COLUMNS } from './format/statements';
export { CorpusSummary } from './format/corpus';
export { isoWeek, periodOf } from './format/periods';
/** Every public type, from the one types module (`standpoint/node` adds the batch types). */
export type {
  // The report
  Stance, ConditionKind, Via, ActorRef, Condition, Evidence, EvidenceMark, Speaker, ActorStance, Statement, Diagnostic, StanceReport,
  TraceEntry, TraceAgent, DropReason,
  // Analyzer and options
  Analyzer, AnalyzerOptions, AnalyzeOptions, SharedAnalyzeOptions,
  // Output formats
  HtmlOptions, CsvOptions, ActorCsvOptions, StatementsCsvOptions, IdentifiedReport, CorpusSummaryOptions, DailyRow, Weighting, Period,
  ActorEdge, Relation,
  // Custom data
  ActorData, ActorKind, PersonData, RoleData, QuestionData, CueData, PredicateData, ConditionMarkerData, ConditionKindData,
} from './types';
