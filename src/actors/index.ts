/** Actor stage: the actors and people a segmented text names, as its own read-only layer. */
import type { ActorLayer, Segmented, TextDate } from '../document';
import type { Compiled } from '../compiled';
import { findMentions } from './mentions';
import { findPeople } from './people';

/** Finds actor mentions (and indexes them by token), then the people and whom they speak for,
 *  as known on the text's date. */
export function findActors(seg: Segmented, c: Compiled, when: TextDate): ActorLayer {
  const hits = findMentions(seg.tokens, seg.folded, c.gaz, when.date, when.dateKnown);
  const actorAt = new Int32Array(seg.tokens.count).fill(-1);
  hits.actors.forEach((m, i) => { for (let k = m.first; k < m.last; k++) actorAt[k] = i; });
  const people = findPeople({ ...seg, ...when, gaz: c.gaz, actorMentions: hits.actors, actorAt }, c.titles, hits.people);
  return Object.freeze({ actorMentions: hits.actors, actorAt, ...people });
}
