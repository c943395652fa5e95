/**
 * Custom actors and people: a group no gazetteer knows, and its leader with a dated role.
 * Run: npx tsx examples/custom-actors.ts
 */
import { createAnalyzer, type ActorData, type PersonData } from '../src/index';

const actors: ActorData[] = [
  { id: 'NDF', name: 'Northern Defence Front', kind: 'organization', names: ['Northern Defence Front', 'NDF'], seats: ['Front command'] },
];
const people: PersonData[] = [
  { name: 'Mara Velt', gender: 'f', roles: [{ actor: 'NDF', title: 'leader', from: '2024-01-01' }] },
];

const text = [
  'Northern rebels offer truce as army presses offensive',
  'Shelling and air strikes continued around the provincial capital on Monday as government troops pressed their offensive.',
  '“We are ready for an immediate ceasefire and for talks without preconditions,” Mara Velt told reporters.',
  'The Front command said its fighters would hold their positions.',
].join('\n');

const report = createAnalyzer({ actors, people }).analyze(text, { date: '2025-02-03' });
for (const a of report.actors) {
  console.log(`${a.actor.id} ${a.stance} (${a.confidence.toFixed(2)}) speakers: ${a.speakers.map((s) => s.name).join(', ') || '-'}`);
  for (const e of a.evidence) console.log(`  “${e.text}” [${e.cues.join(' ')}]`);
}
