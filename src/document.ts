/**
 * The analysis state of one text, filled stage by stage (segment → actors → attribution →
 * stance → report). Internal: the public result is the StanceReport built at the end.
 */
import type { Diagnostic, Via } from './types';
import type { DropReason } from './data/reasons';
import type { Tokens, Sentence } from './segment/tokens';
import type { Paragraph } from './segment/paragraphs';
import type { Quote } from './segment/quotes';
import type { ActorMention } from './actors/mentions';
import type { Gazetteer } from './actors/gazetteer';

/** A person named in this text. */
export interface Person {
  readonly id: number;
  /** Fullest form written in the text, e.g. "Qin Gang". */
  name: string;
  /** Index into the gazetteer's known people, when known. */
  known?: number;
  /** Actor index the person speaks for, when found. */
  actor?: number;
  role?: string;
  gender?: 'm' | 'f';
  /** Keys later mentions may use ("Qin", "Gang" → the surname form). */
  readonly keys: Set<string>;
}

export interface PersonMention {
  readonly person: number;
  readonly first: number;
  readonly last: number;
}

export interface Doc {
  readonly text: string;
  /** `text` folded for matching; same length and offsets. */
  readonly folded: string;
  readonly date: string;
  /** False when the date is today's for want of one: known roles of any time then count. */
  readonly dateKnown: boolean;
  readonly gaz: Gazetteer;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Paragraph index of each sentence. */
  readonly paragraphOf: Int32Array;
  readonly quotes: readonly Quote[];
  /** Quote index of each token inside a quote (marks excluded), else -1. */
  readonly quoteAt: Int32Array;
  readonly diagnostics: Diagnostic[];
  actorMentions: ActorMention[];
  /** Actor-mention index covering each token, else -1. */
  actorAt: Int32Array;
  persons: Person[];
  /** Later-mention key → persons with it, in order of appearance (so lookups never scan all persons). */
  personKeys: Map<string, number[]>;
  personMentions: PersonMention[];
  /** Person-mention index covering each token, else -1. */
  personAt: Int32Array;
  /** Statement frames in text order (filled by attribution). */
  frames: Frame[];
}

/** A statement frame: an agent, the verb (or quote) that introduces it, and its content tokens. */
export interface Frame {
  /** The subject(s); coordinated subjects ("Israel and the United States voted") all speak. */
  readonly agents: readonly Agent[];
  /** Token of the speech or action verb; for a quote, its first inner token. */
  readonly verb: number;
  readonly via: Via;
  /** Content tokens [first, last). */
  readonly first: number;
  last: number;
  /** Sub-ranges [first, last) that are not this agent's words, with why (see reasons.ts). */
  readonly excluded: [number, number, DropReason][];
  /** Quote index when via is 'quote'. */
  readonly quote?: number;
  /** Inside another actor's statement: what it describes, not this agent's own voice. */
  embedded: boolean;
  /** Why an embedded frame is not its agent's statement (set with `embedded`). */
  reason?: DropReason;
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
