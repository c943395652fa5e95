/**
 * createAnalyzer() compiles the data once (gazetteer, titles, the question's lexicon); its
 * analyze() runs the pipeline: segment → actors → attribution → stance → report.
 */
import type { Analyzer, AnalyzeOptions, AnalyzerOptions, QuestionData, SharedAnalyzeOptions, StanceReport } from './types';
import type { Compiled } from './compiled';
import type { Doc } from './document';
import type { ScoredStatement } from './stance';
import { COUNTRIES, NOT_ACTORS } from './data/countries';
import { ORGANIZATIONS, NOT_ORGANIZATIONS } from './data/organizations';
import { PEOPLE } from './data/people';
import { CEASEFIRE } from './data/ceasefire';
import { SPEECH_VERBS, ACTION_VERBS, VOICE_NOUNS, INSTITUTION_NOUNS, DOCUMENT_NOUNS, LED_PARTICIPLES, POSITION_NOUNS, GROUP_NOUNS, COMPANION_WORDS, MEMBER_WORDS, PARTNER_VERBS, VIEW_NOUNS, VIEW_VERBS } from './data/voice';
import { compileGazetteer } from './actors/gazetteer';
import { compileTitles } from './actors/titles';
import { compileQuestion } from './lexicon/compile';
import { segment } from './segment';
import { dateAssumed, textDate } from './segment/date';
import { findActors } from './actors';
import { attribute } from './attribution';
import { scoreStatements } from './stance';
import { buildReport } from './report';
import { buildTrace } from './report/trace';
import type { Notes } from './stance/notes';
import { validateActors, validateDate, validatePeople, validateQuestion, validateText } from './validate';

/** Default `maxLength`: far above any article, low enough to refuse a runaway input. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Built-in questions by id. */
const QUESTIONS: Readonly<Record<string, QuestionData>> = { ceasefire: CEASEFIRE };

function resolveQuestion(q: AnalyzerOptions['question']): QuestionData {
  if (q === undefined) return CEASEFIRE;
  if (typeof q === 'string') {
    const found = QUESTIONS[q];
    if (!found) throw new RangeError(`standpoint: unknown question "${q}"; built-in questions: ${Object.keys(QUESTIONS).join(', ')}`);
    return found;
  }
  return validateQuestion(q);
}

/** Validates options and compiles all data (internal; `createAnalyzer` wraps it). */
export function compile(options: AnalyzerOptions = {}): Compiled {
  const question = resolveQuestion(options.question);
  const customActors = validateActors(options.actors);
  const actorData = [...COUNTRIES, ...ORGANIZATIONS, ...customActors];
  const people = [...PEOPLE, ...validatePeople(options.people, new Set(actorData.map((a) => a.id)))];
  const c: Compiled = Object.freeze({
    gaz: compileGazetteer(actorData, people, [...NOT_ACTORS, ...NOT_ORGANIZATIONS]),
    titles: compileTitles(),
    speechVerbs: new Set(SPEECH_VERBS),
    actionVerbs: new Set(ACTION_VERBS),
    voiceNouns: new Set(VOICE_NOUNS),
    institutionNouns: INSTITUTION_NOUNS,
    documentNouns: new Set(DOCUMENT_NOUNS),
    ledParticiples: new Set(LED_PARTICIPLES),
    positionNouns: new Set(POSITION_NOUNS),
    groupNouns: new Set(GROUP_NOUNS),
    companionWords: new Set(COMPANION_WORDS),
    memberWords: new Set(MEMBER_WORDS),
    partnerVerbs: new Set(PARTNER_VERBS),
    viewNouns: new Set(VIEW_NOUNS),
    viewVerbs: new Set(VIEW_VERBS),
    question: compileQuestion(question),
  });
  return c;
}

/** Compiles data and returns an analyzer. Throws on invalid options, quoting the bad entry. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  if (options === null || typeof options !== 'object') throw new TypeError('standpoint: createAnalyzer(options) expects an object');
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 0) throw new RangeError(`standpoint: maxLength must be a non-negative integer, got ${String(maxLength)}`);
  const c = compile(options);
  const q = Object.freeze({ id: c.question.id, label: c.question.label });
  return Object.freeze({
    question: q,
    analyze(text: string, opts: AnalyzeOptions = {}): StanceReport {
      validateText(text, maxLength);
      if (opts === null || typeof opts !== 'object') throw new TypeError('standpoint: analyze(text, options) expects options to be an object');
      if (opts.question !== undefined && opts.question !== q.id) {
        throw new RangeError(`standpoint: this analyzer answers "${q.id}", not "${String(opts.question)}"; create an analyzer for that question`);
      }
      if (opts.trace !== undefined && typeof opts.trace !== 'boolean') throw new TypeError(`standpoint: trace must be a boolean, got ${typeof opts.trace}`);
      return pipeline(c, text, validateDate(opts.date), opts.trace).report;
    },
  });
}

/** Runs every stage on a text (internal: tests and tools look at the intermediate results). */
export function pipeline(c: Compiled, text: string, given?: string, trace = false): { doc: Doc; scored: ScoredStatement[]; report: StanceReport } {
  const found = given ?? textDate(text);
  const date = found ?? new Date().toISOString().slice(0, 10);
  const seg = segment(text);
  const actors = findActors(seg, c, { date, dateKnown: found !== undefined });
  const withActors = { ...seg, ...actors, gaz: c.gaz };
  const attribution = attribute(withActors, c);
  const doc: Doc = Object.freeze({ ...withActors, frames: attribution.frames });
  const notes: Notes | undefined = trace ? new Map() : undefined;
  const scored = scoreStatements(doc, c, notes);
  const assumed = found === undefined ? dateAssumed(text, date) : undefined;
  const diagnostics = [...(assumed ? [assumed] : []), ...seg.diagnostics, ...attribution.diagnostics];
  const report = buildReport(doc, c, scored, date, diagnostics);
  return { doc, scored, report: notes ? { ...report, trace: buildTrace(doc, scored, notes) } : report };
}

let shared: Analyzer | undefined;
const byQuestion = new WeakMap<QuestionData, Analyzer>();

/**
 * Analyses one text with the built-in data (or a question of your own, compiled once per
 * question object). For custom actors or people use `createAnalyzer()`.
 */
export function analyze(text: string, options: SharedAnalyzeOptions = {}): StanceReport {
  const { question, ...rest } = options ?? {};
  if (question !== undefined && typeof question === 'object') {
    let a = byQuestion.get(question);
    if (!a) { a = createAnalyzer({ question }); byQuestion.set(question, a); }
    return a.analyze(text, rest);
  }
  if (typeof question === 'string') resolveQuestion(question); // throws for an unknown id
  shared ??= createAnalyzer();
  return shared.analyze(text, { ...rest, question });
}
