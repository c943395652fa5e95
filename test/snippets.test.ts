import { describe, expect, it } from 'vitest';
import { labelsOf } from './helpers';

// Sentences written for these rules (no article text): one construction each.
describe('one-sentence snippets and real-news constructions', () => {
  it.each([
    ['Peru called for an immediate truce in the valley.', { PER: 'support' }],
    ['The Ghanaian government offered to mediate between the two camps.', { GHA: 'support' }],
    ['A call for a truce was rebuffed by Peru on Monday.', { PER: 'oppose' }],
    ["Ghana's willingness to broker a ceasefire was praised by Peru.", { GHA: 'support', PER: 'support' }],
    ['Peru and Ghana agreed a 90-day trade truce over tariffs on steel.', { PER: 'none', GHA: 'none' }],
  ])('%s', (text, want) => {
    expect(labelsOf(text)).toMatchObject(want);
  });
});
