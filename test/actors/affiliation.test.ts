import { describe, expect, it } from 'vitest';
import { leftApposition, prefixPhrase, readRolePhrase, recentActor, rightApposition } from '../../src/actors/affiliation';
import { c, docOf, idOf, words } from './view';

/** A role phrase as read: [its words, role, actor id, title actor, former actor id]; omitted when there is none. */
type Read = [string | undefined, string | undefined, string | undefined, string | undefined, string | undefined];

/** The three phrases affiliation.ts reads around the first mention of `name`, so a case shows where a role came from. */
function phrasesOf(text: string, name: string): { prefix?: Read; left?: Read; right?: Read } {
  const doc = docOf(text, '2025-03-10');
  const pm = doc.personMentions.find((m) => words(doc, [m.first, m.last]) === name);
  if (!pm) throw new Error(`no person "${name}" in: ${doc.persons.map((p) => p.name).join(', ')}`);
  // One phrase as readRolePhrase reads it, with actors as ids.
  const read = (span: [number, number] | undefined, side: 'left' | 'right'): Read | undefined => {
    if (!span) return undefined;
    const a = readRolePhrase(doc, c.titles, span[0], span[1], side);
    return [words(doc, span), a.role, idOf(doc, a.actor), a.titleActor, idOf(doc, a.formerActor)];
  };
  const all = {
    prefix: read(prefixPhrase(doc, c.titles, pm.first), 'left'),
    left: read(leftApposition(doc, pm.first), 'left'),
    right: read(rightApposition(doc, pm.last), 'right'),
  };
  return Object.fromEntries(Object.entries(all).filter(([, r]) => r !== undefined));
}

describe('role phrases around a name', () => {
  const cases: [string, string, string, ReturnType<typeof phrasesOf>][] = [
    ['a title with a demonym before the name', 'Hungarian Prime Minister Viktor Orban spoke.', 'Viktor Orban',
      { prefix: ['Hungarian Prime Minister', 'prime minister', 'HUN', undefined, undefined] }],
    ['a gendered title', 'German government spokeswoman Petra Lenz said Berlin agreed.', 'Petra Lenz',
      { prefix: ['German government spokeswoman', 'spokesperson', 'DEU', undefined, undefined] }],
    ['a person’s possessive gives that person’s actor', 'Lena Marsh, Norway’s foreign minister, spoke. Marsh’s spokesman Tom Harper agreed.', 'Tom Harper',
      { prefix: ['Marsh’s spokesman', 'spokesperson', 'NOR', undefined, undefined] }],
    ['a title that names its actor', 'Pope Leo spoke.', 'Leo', { prefix: ['Pope', 'pope', undefined, 'VAT', undefined] }],
    ['an honorific marks a person but gives no role', 'Mrs Alma Reyes spoke.', 'Alma Reyes', { prefix: ['Mrs', undefined, undefined, undefined, undefined] }],
    ['an apposition before the name', 'China’s foreign minister, Li Tao, spoke.', 'Li Tao',
      { left: ['China’s foreign minister', 'foreign minister', 'CHN', undefined, undefined] }],
    ['an apposition after the name', 'Ahmed Salem, Egypt\'s foreign minister, said talks would go on.', 'Ahmed Salem',
      { right: ["Egypt's foreign minister", 'foreign minister', 'EGY', undefined, undefined] }],
    ['"former" voids the role and names the actor no longer served', 'Former Chilean President Rosa Vidal said talks would go on.', 'Rosa Vidal',
      { prefix: ['Former Chilean President', undefined, undefined, undefined, 'CHL'] }],
    ['a relative clause is no apposition', 'Lena Marsh, who leads the team, said talks would go on.', 'Lena Marsh', {}],
    ['a clause before the comma is no apposition', 'Talks stalled, Lena Marsh said.', 'Lena Marsh', {}],
    ['a spaced dash ends a phrase before the name', 'Speaking for the group - Chile and Peru - the representative of Brazil, Ana Souza, said talks must go on.', 'Ana Souza',
      { left: ['the representative of Brazil', 'ambassador', 'BRA', undefined, undefined] }],
  ];
  it.each(cases)('%s', (_name, text, name, expected) => {
    expect(phrasesOf(text, name)).toEqual(expected);
  });
});

describe('whose role a phrase names', () => {
  const cases: [string, string, string, Read][] = [
    ['an actor before the title beats "to <actor>", the destination', 'Cambodia\'s ambassador to the UN, Sok Chea, said talks must go on.', 'Sok Chea',
      ["Cambodia's ambassador to the UN", 'ambassador', 'KHM', undefined, undefined]],
    ['an envoy "to" a state is not its envoy', 'Sok Chea, Cambodia\'s envoy to Thailand, said talks must go on.', 'Sok Chea',
      ["Cambodia's envoy to Thailand", 'envoy', 'KHM', undefined, undefined]],
    ['an envoy "for" a state holds a portfolio, not a post of that state', 'Lars Berg, special envoy for Yemen, said talks would go on.', 'Lars Berg',
      ['special envoy for Yemen', 'envoy', undefined, undefined, undefined]],
    ['so the employer named before the title is the actor', 'Lars Berg, the UN special envoy for Yemen, said talks would go on.', 'Lars Berg',
      ['the UN special envoy for Yemen', 'envoy', 'UN', undefined, undefined]],
    ['an envoy of the Secretary-General is the UN’s', 'Lars Berg, Special Envoy of the Secretary-General for Yemen, said talks would go on.', 'Lars Berg',
      ['Special Envoy of the Secretary-General for Yemen', 'envoy', undefined, 'UN', undefined]],
    ['"its" is the actor opening the sentence before', 'The RSF sent a team to the talks. Its commander, Omar Idris, spoke.', 'Omar Idris',
      ['Its commander', 'commander', 'RSF', undefined, undefined]],
    ['"the group’s" is the organisation named last, before any state', 'The RSF and Chad sent teams. The group\'s spokesman, Omar Idris, spoke.', 'Omar Idris',
      ["The group's spokesman", 'spokesperson', 'RSF', undefined, undefined]],
  ];
  it.each(cases)('%s', (_name, text, name, read) => {
    const found = phrasesOf(text, name);
    expect(found.prefix ?? found.left ?? found.right).toEqual(read);
  });

  it('marks an actor that came only from an anaphor as weak', () => {
    /** Whether the apposition before `name` took its actor from an anaphor only. */
    const weakness = (text: string, name: string) => {
      const doc = docOf(text);
      const span = leftApposition(doc, doc.tokens.value.indexOf(name))!;
      return readRolePhrase(doc, c.titles, span[0], span[1], 'left').weak;
    };
    expect(weakness('The RSF sent a team to the talks. Its commander, Omar Idris, spoke.', 'Omar')).toBe(true);
    expect(weakness('China’s foreign minister, Li Tao, spoke.', 'Li')).toBeUndefined();
  });
});

describe('the actor named last', () => {
  // [text, any actor, organisations first, organisations only]
  const cases: [string, string | undefined, string | undefined, string | undefined][] = [
    ['The RSF met envoys from Chad and Niger.', 'NER', 'RSF', 'RSF'],
    ['Chad met Niger.', 'NER', 'NER', undefined],
    ['Talks went on.', undefined, undefined, undefined],
  ];
  it.each(cases)('%s', (text, any, preferOrg, orgOnly) => {
    const doc = docOf(text);
    const end = doc.tokens.count - 1;
    expect([recentActor(doc, end, false), recentActor(doc, end, true), recentActor(doc, end, true, true)].map((a) => idOf(doc, a))).toEqual([any, preferOrg, orgOnly]);
  });
});
