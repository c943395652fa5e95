/**
 * The shape of a question: what it is about (targets), words that take a position on it
 * (predicates), complete cues (phrases), and contingency markers with condition kinds.
 * The built-in `ceasefire` question (ceasefire.ts) and user questions share this shape.
 *
 * Patterns are words separated by spaces. Each word matches a token's lemma or its lower-case
 * form (`=word`: the written form only); `a|b` gives alternatives; a trailing `?` makes a word
 * optional; `*` matches any one token; `word/V`, `word/N`, `word/A` require a verb, noun or adjective.
 * Quote marks inside a phrase are skipped.
 * Hyphenated words match hyphenated tokens ("cease-fire" = cease - fire).
 */
import type { ConditionKind } from './types';

export interface CueData {
  /** Stable id, reported in evidence (e.g. `support.call-for`). */
  readonly id: string;
  readonly patterns: readonly string[];
  /** +1 for the position the question asks about, -1 for its opposite. */
  readonly polarity: 1 | -1;
  /** Strength, default 1. */
  readonly weight?: number;
  /** CAMEO / PLOVER event code, for users who map cues to event data. */
  readonly cameo?: string;
}

export interface PredicateData extends CueData {
  /**
   * What the predicate applies to: `object` the next target ("reject talks"), `subject` a target
   * before it ("talks were premature"), `both` (default) the next target, else the previous one.
   */
  readonly applies?: 'object' | 'subject' | 'both';
  /** For a predicate without any target in reach: what it means alone ("we will not stop" = stop fighting). */
  readonly alone?: 1 | -1;
  /** Ids of the targets the predicate can take (default: all). "Condemned the attack" is no call
   *  for peace, so `condemn` takes only the question's own targets. */
  readonly takes?: readonly string[];
  /** The predicate takes a target and an infinitive about it: "urged the fighting to stop",
   *  "called for the conflict to be resolved" (the infinitive's predicate composes with it). */
  readonly infinitive?: boolean;
  /** Negated, the act only says the actor was absent: "did not attend", "was not involved in drafting". */
  readonly absentWhenNegated?: boolean;
}

/** What a family of contingency markers needs to set terms (see `ConditionMarkerData.requires`). */
export const CONDITION_REQUIREMENTS = [
  'target-subject', 'target-before', 'refused-kind', 'modal', 'modal-event', 'negated-target',
  'not-a-verb', 'not-unconditional', 'terms-not-time', 'supposition',
] as const;
export type ConditionRequirement = (typeof CONDITION_REQUIREMENTS)[number];

export interface ConditionMarkerData {
  readonly id: string;
  readonly patterns: readonly string[];
  /** `after` (default): the condition is the words after the marker; `sentence`: the whole clause;
   *  `before`: the clause before it ("They must disarm. Otherwise, …"). */
  readonly scope?: 'after' | 'sentence' | 'before';
  /** `strong` markers make a condition even when what is asked for is the question's own goal. */
  readonly strength?: 'strong' | 'weak';
  /** Counts only when its words name a kind of terms: "the rebels must first hand over their
   *  weapons" (demilitarization) sets terms, "we must first help the wounded" does not. */
  readonly needsKind?: boolean;
  /**
   * What the marker needs around it to set terms (default: nothing):
   * `target-subject` a question target as its subject ("any settlement would have to …"),
   * `target-before` a target right before ("any plan that does not …"),
   * `refused-kind` a negated acceptance of a target ("would not accept a ceasefire that …"),
   * `modal` a modal earlier in the clause ("would end with the release of …"),
   * `modal-event` a modal, and not an idiom ("the moment", not "at the moment"),
   * `negated-target` a negated target ("no peace without justice"),
   * `not-a-verb` not a verb in disguise ("provided that", not "has provided it with"),
   * `not-unconditional` not negated ("preconditions", not "without preconditions"),
   * `terms-not-time` terms, not a time ("until the troops leave", not "until midnight"),
   * `supposition` a supposition ("if …", "once they withdraw", not "at once"); its words end at the
   * comma when it opens the sentence.
   */
  readonly requires?: ConditionRequirement;
  /** Also matches "only <verb …> if|with|once|in …" however many words stand between (`cond.only-if`). */
  readonly onlySpans?: boolean;
}

export interface ConditionKindData {
  readonly kind: ConditionKind;
  readonly patterns: readonly string[];
}

export interface QuestionData {
  readonly id: string;
  readonly label: string;
  /** What the question is about (+1: ceasefire, talks) and its opposite (-1: war, fighting). */
  readonly targets: readonly CueData[];
  /** Words whose polarity multiplies the target they apply to. */
  readonly predicates: readonly PredicateData[];
  /** Complete cues with a fixed polarity ("reward aggression", "time for war"). */
  readonly phrases: readonly CueData[];
  /** Compounds that contain a cue word but are no cue ("war crimes", "Nobel Peace Prize"). */
  readonly neutral?: readonly string[];
  /** Words that reverse: "not", "never", "no". */
  readonly negators: readonly string[];
  /** Words that lower confidence: "may", "could", "considering". */
  readonly hedges: readonly string[];
  /** Contingency markers: "only if", "unless", "predicated on". */
  readonly conditions: readonly ConditionMarkerData[];
  /** Condition kinds: every kind whose pattern occurs in a condition's words is reported, in list order; none gives `other`. */
  readonly conditionKinds: readonly ConditionKindData[];
  /** Words that put a target out of scope when they modify it ("trade talks", "climate deal"). */
  readonly offTopic: readonly string[];
  /** Words that put only the question's own targets out of scope ("a grain deal", "nuclear talks",
   *  "an energy truce") while the war they modify stays war ("attacks on shipping", "coalition strikes"). */
  readonly offTopicPeace?: readonly string[];
  /** Words whose presence shows the text is about the question's domain (war); a text without them gives no labels. */
  readonly domain: readonly string[];
  /** Targets that count only when the text is in the domain ("deal", "plan", "agreement"). */
  readonly weakTargets?: readonly string[];
}
