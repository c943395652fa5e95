/**
 * The internal model: the read-only layers the stages return (segment → actors → attribution →
 * stance → report), each a plain value no later stage changes. The public result is the StanceReport.
 */
import type { Diagnostic, Via } from './types';
import type { DropReason } from './data/reasons';
import type { Tokens, Sentence } from './segment/tokens';
import type { Paragraph } from './segment/paragraphs';
import type { Quote } from './segment/quotes';
import type { ActorMention } from './actors/mentions';
import type { Gazetteer } from './actors/gazetteer';

/** A person named in this text (the actor stage builds it; later stages only read it). */
export interface Person {
  readonly id: number;
  /** Fullest form written in the text, e.g. "Qin Gang". */
  readonly name: string;
  /** Index into the gazetteer's known people, when known. */
  readonly known?: number;
  /** Actor index the person speaks for, when found. */
  readonly actor?: number;
  readonly role?: string;
  readonly gender?: 'm' | 'f';
  /** Keys later mentions may use ("Qin", "Gang" → the surname form). */
  readonly keys: ReadonlySet<string>;
}

export interface PersonMention {
  readonly person: number;
  readonly first: number;
  readonly last: number;
}

/** Layer 1, from segment(): the text cut into tokens, sentences, paragraphs and quotes. */
export interface Segmented {
  readonly text: string;
  /** `text` folded for matching; same length and offsets. */
  readonly folded: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Paragraph index of each sentence. */
  readonly paragraphOf: Int32Array;
  readonly quotes: readonly Quote[];
  /** Quote index of each token inside a quote (marks excluded), else -1. */
  readonly quoteAt: Int32Array;
  /** What segmenting found wrong (unclosed quotes). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Layer 2, from findActors(): actor mentions, then the people and whom they speak for. */
export interface ActorLayer {
  readonly actorMentions: readonly ActorMention[];
  /** Actor-mention index covering each token, else -1. */
  readonly actorAt: Int32Array;
  readonly persons: readonly Person[];
  readonly personMentions: readonly PersonMention[];
  /** Person-mention index covering each token, else -1. */
  readonly personAt: Int32Array;
}

/** The segmented text with its actors, as the actor stage's later passes read it. */
export interface WithActors extends Segmented, ActorLayer {
  readonly gaz: Gazetteer;
}

/** Layers 1–3 as one read-only view: attribution reads it with the frames found so far (pronouns look
 *  back at them), stance and report with all of them. */
export interface Doc extends WithActors {
  /** Statement frames in text order. */
  readonly frames: readonly Frame[];
}

/** The text's date and whether the text gave it (false: today's, so known roles of any time count). */
export interface TextDate {
  readonly date: string;
  readonly dateKnown: boolean;
}

/** Layer 3, from attribute(): a statement frame: an agent, the verb (or quote) that introduces it, and its content tokens. */
export interface Frame {
  /** The subject(s); coordinated subjects ("Israel and the United States voted") all speak. */
  readonly agents: readonly Agent[];
  /** Token of the speech or action verb; for a quote, its first inner token. */
  readonly verb: number;
  readonly via: Via;
  /** Content tokens [first, last). */
  readonly first: number;
  readonly last: number;
  /** Sub-ranges [first, last) that are not this agent's words, with why (see reasons.ts). */
  readonly excluded: readonly (readonly [number, number, DropReason])[];
  /** Quote index when via is 'quote'. */
  readonly quote?: number;
  /** Inside another actor's statement: what it describes, not this agent's own voice. */
  readonly embedded: boolean;
  /** Why an embedded frame is not its agent's statement (set with `embedded`). */
  readonly reason?: DropReason;
  /** An attribution after the words it attributes ("…, he told reporters"). */
  readonly trailing?: boolean;
  /** A passive with its agents after it ("The draft … was vetoed by X"): its content precedes the verb. */
  readonly passive?: boolean;
}

/** Who does or says a statement: a phrase of the text and the actor it stands for. */
export interface Agent {
  readonly first: number;
  readonly last: number;
  /** Actor index, undefined when the phrase is a subject whose actor is unknown. */
  readonly actor?: number;
  readonly person?: number;
  readonly kind: 'person' | 'actor' | 'institution' | 'pronoun' | 'document';
  /** The recall-layer rule that found this agent away from its verb (`rule.list`, `rule.companion`,
   *  `rule.partner`): its statements weigh less, so confidence stays honest, and the id reaches the evidence. */
  readonly rule?: string;
}

/** One composed cue of a clause: its polarity, weight, span and the cue and rule ids that made it. */
export interface Scored {
  readonly polarity: number;
  readonly weight: number;
  readonly first: number;
  readonly last: number;
  readonly cues: string[];
  /** Already judged by an evaluation: a second one ("would only … reward …") agrees, never flips it back. */
  readonly judged?: boolean;
}
