/**
 * The one wink-nlp instance. wink's `nlp` object is immutable once built (we never call
 * `learnCustomEntities`), so every analyzer shares it; loading the model is the costly part
 * of a cold start. Only sentence boundaries and POS tags are used: negation, sentiment and
 * entity recognition are done by standpoint's own rules, so those wink stages are switched off.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const WINK_PIPE = ['sbd', 'pos'] as const;

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The shared wink-nlp instance, created on first use. */
export function wink(): Wink {
  instance ??= winkNLP(model, [...WINK_PIPE]);
  return instance;
}
