import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { actor } from '../helpers';
import { LEAD, frameAt } from './view';

describe('agents listed apart from their verb', () => {
  // [name, body, verb, actors, the rule that found each, content]
  const cases: [string, string, string, string[], (string | undefined)[], string][] = [
    ['"the N countries voting against it were A, B and C"', 'The eight countries voting against it were Cuba, Bolivia and Nicaragua.', 'voting', ['CUB', 'BOL', 'NIC'], ['rule.list', 'rule.list', 'rule.list'], 'voting against it'],
    ['"those that backed it included A and B"', 'Those that backed the text included Malta and Slovenia.', 'backed', ['MLT', 'SVN'], ['rule.list', 'rule.list'], 'backed the text'],
    ['"the states that abstained were A and B"', 'The states that abstained were India and Brazil.', 'abstained', ['IND', 'BRA'], ['rule.list', 'rule.list'], 'abstained'],
    ['"Voting against were A and B": a gerund opening the sentence is the group', 'Voting against the text were Malta and Slovenia.', 'Voting', ['MLT', 'SVN'], ['rule.list', 'rule.list'], 'Voting against the text'],
    ['"N countries voted in favour: A, B and C": a list after a colon', 'Ninety states voted in favour: Peru, Ghana and Fiji.', 'voted', ['PER', 'GHA', 'FJI'], ['rule.list', 'rule.list', 'rule.list'], 'voted in favour'],
    ['"backed by N countries, including A and B": the group’s members', 'The text was backed by 90 states, including Peru and Ghana.', 'backed', ['PER', 'GHA'], ['rule.list', 'rule.list'], 'The text was backed by 90 states'],
    ['"N countries, among them A and B, voted …": members in an aside', 'Ninety states, among them Peru and Ghana, voted for the text.', 'voted', ['PER', 'GHA'], ['rule.list', 'rule.list'], 'voted for the text.'],
    ['"X agreed with Y to …": the partner acts too', 'Chile agreed with Argentina to pause the border patrols.', 'agreed', ['CHL', 'ARG'], [undefined, 'rule.partner'], 'agreed with Argentina to pause the border patrols.'],
    ['"X worked with Y and Z to …"', 'Chile worked with Peru and Ghana to broker a truce.', 'worked', ['CHL', 'PER', 'GHA'], [undefined, 'rule.partner', 'rule.partner'], 'worked with Peru and Ghana to broker a truce.'],
    ['"X signed with Y …"', 'Chile signed with Argentina a pledge to halt the fighting.', 'signed', ['CHL', 'ARG'], [undefined, 'rule.partner'], 'signed with Argentina a pledge to halt the fighting.'],
    ['"X was joined by Y and Z in calling for …": the one joined calls too', 'Ecuador was joined by Colombia and Panama in calling for a truce.', 'calling', ['COL', 'PAN', 'ECU'], [undefined, undefined, 'rule.partner'], 'calling for a truce.'],
    ['a present-tense verb tagged as a noun ("X, like Y, backs …")', 'Norway, like Iceland, backs the truce.', 'backs', ['NOR', 'ISL'], [undefined, 'rule.companion'], 'backs the truce.'],
  ];
  it.each(cases)('%s', (_name, body, verb, actors, rules, text) => {
    const f = frameAt(body, verb);
    expect([f.actors, f.rules, f.text]).toEqual([actors, rules, text]);
  });

  it('gives every listed state the list’s label (guideline 7)', () => {
    const r = analyze(`${LEAD}The resolution demanding a truce was backed by 90 states, including Peru and Ghana. Voting against it were Malta and Slovenia.`, { date: '2025-03-01' });
    expect(['PER', 'GHA', 'MLT', 'SVN'].map((id) => actor(r, id).stance)).toEqual(['support', 'support', 'oppose', 'oppose']);
  });

  it('finds no partner after a verb that is not done together ("rejected talks with Y")', () => {
    expect(frameAt('Chile rejected talks with Argentina.', 'rejected').actors).toEqual(['CHL']);
  });

  it('weighs a listed agent’s statement less and names the rule in its evidence', () => {
    const listed = analyze(`${LEAD}The eight countries voting against it were Cuba, Bolivia and Nicaragua.`, { date: '2025-03-01' });
    const direct = analyze(`${LEAD}Cuba, Bolivia and Nicaragua voted against it.`, { date: '2025-03-01' });
    expect(actor(listed, 'CUB').stance).toBe(actor(direct, 'CUB').stance);
    expect(actor(listed, 'CUB').confidence).toBeLessThan(actor(direct, 'CUB').confidence);
    expect(actor(listed, 'CUB').evidence[0].cues).toContain('rule.list');
  });
});

describe('verbs wink tags as adjectives or adverbs (verbSlot)', () => {
  // [body, verb, actor, content, label]
  const cases: [string, string, string, string, string][] = [
    ['Malta will back the truce.', 'back', 'MLT', 'will back the truce.', 'support'],
    ['Malta would welcome a truce.', 'welcome', 'MLT', 'would welcome a truce.', 'support'],
    ['Malta would not close the door to talks.', 'close', 'MLT', 'would not close the door to talks.', 'support'],
    ['Malta mediated the truce.', 'mediated', 'MLT', 'mediated the truce.', 'support'],
    ['Malta echoed the call for a truce.', 'echoed', 'MLT', 'echoed the call for a truce.', 'support'],
  ];
  it.each(cases)('%s', (body, verb, id, text, label) => {
    const f = frameAt(body, verb);
    expect([f.actors, f.text]).toEqual([[id], text]);
    expect(actor(analyze(`${LEAD}${body}`, { date: '2025-03-01' }), id).stance).toBe(label);
  });
});
