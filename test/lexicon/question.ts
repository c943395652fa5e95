import type { QuestionData } from '../../src/data/question';

/** A question with every list empty, so a case names only the patterns it is about. */
export function questionWith(parts: Partial<QuestionData>): QuestionData {
  return {
    id: 'test', label: 'A question written for the lexicon tests',
    targets: [], predicates: [], phrases: [], negators: [], hedges: [], conditions: [], conditionKinds: [], offTopic: [], domain: [],
    ...parts,
  };
}
