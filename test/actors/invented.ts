import { compileGazetteer } from '../../src/actors/gazetteer';
import type { ActorData, PersonData } from '../../src/data/types';

/** Invented actors: a state with every kind of name, a name valid only before 2020, and a second entry that adds names to it. */
export const ACTORS: ActorData[] = [
  { id: 'VAL', name: 'Valdoria', kind: 'state', names: ['Valdoria', 'Republic of Valdoria'], demonyms: ['Valdorian'], capitals: ['Port Sela'], seats: ['the Amber Palace'] },
  { id: 'KOR9', name: 'Korvath', kind: 'state', names: ['Old Korvath'], to: '2020-01-01' },
  { id: 'KOR9', name: 'Korvath', kind: 'state', names: ['Korvath'], from: '2020-01-01' },
  { id: 'NLF', name: 'Northern Liberation Front', kind: 'organization', names: ['NLF'] },
];

/** Invented people: a surname with a particle, a regnal number, a short form and a one-word name. */
export const PEOPLE: PersonData[] = [
  { name: 'Tarek al-Mansur', aliases: ['Tarek Mansur'], roles: [{ actor: 'VAL', title: 'president' }] },
  { name: 'Edmund IV', roles: [{ actor: 'VAL', title: 'king' }] },
  { name: 'Li Wenhao', short: 'Li', roles: [{ actor: 'NLF', title: 'leader' }] },
  { name: 'Zorana', roles: [{ actor: 'NLF', title: 'spokesperson' }] },
];

/** A gazetteer of the invented data alone, so a case knows every entry it can match; "Port Sela Times" is no actor. */
export const invented = compileGazetteer(ACTORS, PEOPLE, ['Port Sela Times']);
