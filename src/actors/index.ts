/** Actor stage: the actors and people a segmented text names, written into its Doc. */
import type { Doc } from '../document';
import type { Compiled } from '../compiled';
import { findMentions } from './mentions';
import { findPeople } from './people';

/** Finds actor mentions (and indexes them by token), then the people and whom they speak for. */
export function findActors(doc: Doc, c: Compiled): void {
  const hits = findMentions(doc.tokens, doc.folded, c.gaz, doc.date, doc.dateKnown);
  doc.actorMentions = hits.actors;
  hits.actors.forEach((m, i) => { for (let k = m.first; k < m.last; k++) doc.actorAt[k] = i; });
  findPeople(doc, c.titles, hits.people);
}
