import { describe, expect, it } from 'vitest';
import { frameAt } from './view';

describe('where a statement’s content starts and ends', () => {
  // [name, body, verb, content]
  const cases: [string, string, string, string][] = [
    ['a semicolon ends it', 'Qatar said it would not back the plan; the shelling resumed at dawn.', 'said', 'said it would not back the plan'],
    ['a dash ends it', 'Qatar said talks must resume — the shelling continued regardless.', 'said', 'said talks must resume'],
    ['", while" starts another clause', 'Qatar called for a truce, while Iran rejected it.', 'called', 'called for a truce,'],
    ['"while" without a comma is part of it', 'Qatar said it would not talk while the siege went on.', 'said', 'said it would not talk while the siege went on.'],
    ['a leading subordinate clause ends at its comma', 'While Qatar called for a truce, the shelling went on.', 'called', 'called for a truce'],
    ['"; otherwise" goes on', 'Qatar said the siege had to end first; otherwise there would be no talks.', 'said', 'said the siege had to end first; otherwise there would be no talks.'],
    ['an enumeration goes on past its semicolons', 'Qatar set out two demands: first, a halt to the shelling; second, the release of prisoners.', 'set', 'set out two demands: first, a halt to the shelling; second, the release of prisoners.'],
    ['auxiliaries and negation belong to the verb group', 'Qatar would not accept the plan.', 'accept', 'would not accept the plan.'],
    ['"never" belongs to the verb group', 'Qatar had never rejected talks.', 'rejected', 'had never rejected talks.'],
    ['a passive’s content starts with its clause', 'Talks stalled; the plan was rejected by Chile.', 'rejected', 'the plan was rejected by Chile.'],
    ['a trailing attribution’s content starts with its clause', 'The strikes went on; any truce was premature, Poland said.', 'said', 'any truce was premature, Poland said.'],
    ['a participle between commas ends at the next comma', 'The deal, announced by Washington, collapsed within days.', 'announced', 'The deal, announced by Washington'],
    ['a participle with its agent ends before the main verb', 'A truce brokered by Qatar collapsed within days.', 'brokered', 'A truce brokered by Qatar'],
    ['a bare participle ends before the finite verb', 'A resolution put forward by Slovenia urging talks to end the war was vetoed by Russia.', 'urging', 'urging talks to end the war'],
  ];
  it.each(cases)('%s', (_name, body, verb, text) => {
    expect(frameAt(body, verb).text).toBe(text);
  });
});
