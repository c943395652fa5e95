import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD, frames, framesOf } from './view';

describe('not the actor’s voice (nominal)', () => {
  it('ignores the writer’s opinion about an actor', () => {
    const report = analyze(LEAD + 'The visit is clearly a show of China’s support for Russia in the war.', { date: '2024-06-01' });
    expect(report.statements).toEqual([]);
  });
});

describe('positions taken in a noun phrase', () => {
  // [name, body, actors, content]
  const cases: [string, string, string[], string][] = [
    ['a possessive call', 'Envoys debated Kenya’s call for a truce.', ['KEN'], 'Kenya’s call for a truce.'],
    ['a demonym’s proposal', 'Ministers studied a French proposal for a 60-day truce.', ['FRA'], 'French proposal for a 60-day truce.'],
    ['a capital’s plan, with numbers and nouns between', 'Officials weighed Ankara’s six-point peace plan.', ['TUR'], 'Ankara’s six-point peace plan.'],
    ['demonyms joined by "and" share the proposal', 'Ministers studied the Kenyan and Ugandan proposal for a truce.', ['KEN', 'UGA'], 'Kenyan and Ugandan proposal for a truce.'],
    ['"X-Y call": one frame for both, not one more for the second', 'Envoys weighed the Chile-Peru call for a truce.', ['CHL', 'PER'], 'Chile-Peru call for a truce.'],
    ['"X-mediated": the phrase stops at the finite verb', 'Oman-mediated talks resumed in Muscat.', ['OMN'], 'mediated talks'],
    ['"X-backed": the phrase stops at "that"', 'Residents fled the Rwanda-backed militia that seized the town.', ['RWA'], 'backed militia'],
  ];
  it.each(cases)('%s', (_name, body, actors, text) => {
    expect(frames(body).map((f) => [f.actors, f.via, f.text])).toEqual([[actors, 'action', text]]);
  });

  it('takes no position from a possessive noun that names none ("Kenya’s role")', () => {
    expect(frames('Envoys debated Kenya’s role in the talks.')).toEqual([]);
  });

  it('reads no position in a headline', () => {
    expect(framesOf(`Egypt-brokered truce holds in the north\n${LEAD}Fighting went on.`)).toEqual([]);
  });
});
