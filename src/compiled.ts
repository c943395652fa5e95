/**
 * Everything an analyzer compiles once in `createAnalyzer()`: gazetteer trie, titles, the
 * who-said-what vocabulary and the question's lexicon. Immutable after creation, so analyzers
 * never share mutable state and concurrent calls are safe.
 */
import type { Gazetteer } from './actors/gazetteer';
import type { TitleIndex } from './actors/titles';
import type { CompiledQuestion } from './lexicon/compile';

export interface Compiled {
  readonly gaz: Gazetteer;
  readonly titles: TitleIndex;
  readonly speechVerbs: ReadonlySet<string>;
  readonly actionVerbs: ReadonlySet<string>;
  readonly voiceNouns: ReadonlySet<string>;
  readonly institutionNouns: Readonly<Record<string, 'state' | 'org'>>;
  readonly documentNouns: ReadonlySet<string>;
  readonly ledParticiples: ReadonlySet<string>;
  readonly positionNouns: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  /** Companion phrases, lower-case, words joined by one space. */
  readonly companionWords: ReadonlySet<string>;
  /** "including", "among them": a group's members follow. */
  readonly memberWords: ReadonlySet<string>;
  readonly partnerVerbs: ReadonlySet<string>;
  readonly viewNouns: ReadonlySet<string>;
  readonly viewVerbs: ReadonlySet<string>;
  readonly question: CompiledQuestion;
}
