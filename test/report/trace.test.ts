/**
 * `analyze(text, { trace: true })`: every label is auditable. Over the seed, dev and held-out
 * corpora each evidence carries a cue id, each trace entry either fired rule ids or was dropped
 * with a reason of the closed set, and a report without trace is the traced one minus `trace`.
 * Short sentences check that each reason is recorded where its rule decides.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, DROP_REASONS, type StanceReport, type TraceEntry } from '../../src';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const REASONS = new Set(Object.keys(DROP_REASONS));
const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'report', 'schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function corpus(dir: string): { id: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string });
}
const texts = [...corpus(join(SHARED, 'seed')), ...corpus(join(SHARED, 'dev')), ...corpus(join(ROOT, 'test', 'fixtures', 'heldout'))];

/** A text in the war domain, so statements are scored (see README "Relevance"). */
const WAR = 'The war in Ukraine goes on. Russian troops shelled Kharkiv and the fighting killed many soldiers. ';
const DATE = '2024-01-01';

function trace(text: string): readonly TraceEntry[] {
  return analyze(text, { trace: true, date: DATE }).trace ?? [];
}

/** The entry of actor id whose verb is `verb`. */
function entry(entries: readonly TraceEntry[], id: string, verb: string): TraceEntry {
  const e = entries.find((x) => x.verb === verb && x.agents.some((a) => a.actor === id));
  if (!e) throw new Error(`no ${id} "${verb}" entry: ${entries.map((x) => `${x.agents.map((a) => a.actor).join('+')} ${x.verb}`).join('; ')}`);
  return e;
}

function withoutTrace(r: StanceReport): StanceReport {
  const { trace: _, ...rest } = r;
  return rest;
}

/** Problems of one traced report; empty when every label is auditable. */
function audit(r: StanceReport): string[] {
  const out: string[] = [];
  for (const a of r.actors) for (const e of a.evidence) if (e.cues.length === 0) out.push(`${a.actor.id} evidence without cue id: ${e.text}`);
  for (const e of r.trace ?? []) {
    const where = `${e.agents.map((a) => a.actor ?? '?').join('+')} ${e.verb} "${e.text.slice(0, 60)}"`;
    if (e.rules.length > 0 && e.dropped !== undefined) out.push(`${where}: fired and dropped`);
    if (e.rules.length === 0 && !REASONS.has(e.dropped ?? '')) out.push(`${where}: dropped without a known reason (${e.dropped})`);
    for (const s of e.skipped) if (!REASONS.has(s.reason)) out.push(`${where}: skipped part with unknown reason ${s.reason}`);
  }
  // A label other than none traces to an entry of that actor that fired.
  for (const a of r.actors) {
    if (a.stance !== 'none' && !(r.trace ?? []).some((e) => e.rules.length && e.agents.some((x) => x.actor === a.actor.id))) out.push(`${a.actor.id} ${a.stance} has no fired entry`);
  }
  return out;
}

describe('trace over the corpora', () => {
  it('has the seed, dev and held-out texts', () => {
    expect(texts.length).toBeGreaterThanOrEqual(60);
  });

  it.each(texts)('$id: every label traces to rule ids, every dropped statement has a reason', ({ text }) => {
    const traced = analyze(text, { trace: true });
    expect(audit(traced)).toEqual([]);
    // A score whose sign contradicts its label could not be explained by its evidence.
    expect(traced.actors.filter((a) => (a.stance === 'support' && a.score < 0) || (a.stance === 'oppose' && a.score > 0)).map((a) => a.actor.id)).toEqual([]);
    expect(validate(JSON.parse(JSON.stringify(traced))), JSON.stringify(validate.errors)).toBe(true);
    const plain = analyze(text);
    expect('trace' in plain).toBe(false);
    expect(plain).toEqual(withoutTrace(traced));
  });
});

describe('trace entries', () => {
  it('is absent without the option, and the option is checked', () => {
    expect('trace' in analyze(`${WAR}China called for peace talks.`, { trace: false })).toBe(false);
    expect(() => analyze('China called for talks.', { trace: 'yes' as never })).toThrow(TypeError);
  });

  it('lists agents, verb, via, offsets and the ids that fired', () => {
    const text = `${WAR}China called for peace talks.`;
    const e = entry(trace(text), 'CHN', 'called');
    expect(e).toMatchObject({ via: 'reported', rules: ['support.call-for', 'target.talks'], skipped: [] });
    expect(e.dropped).toBeUndefined();
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(text.slice(e.agents[0].start, e.agents[0].end)).toBe('China');
    expect(e.scores[0]).toMatchObject({ cues: ['support.call-for', 'target.talks'], polarity: 1 });
  });

  it('is what the README example shows', () => {
    const text = 'Russian troops shelled Kharkiv as the war went on. Zelensky said Putin was dragging out the war. '
      + 'Macron said Russia must accept the ceasefire.';
    const [ukr, fra, rus] = trace(text);
    expect(ukr).toMatchObject({ verb: 'said', dropped: 'clause.describes-other', skipped: [{ reason: 'clause.describes-other', start: 60, end: 96 }] });
    expect(fra).toMatchObject({ rules: ['support.accept', 'target.ceasefire'], scores: [{ polarity: 1, start: 121, end: 141 }] });
    expect(rus).toMatchObject({ verb: 'accept', via: 'action', rules: [], dropped: 'embedded.demand' });
  });

  it('works through createAnalyzer().analyze too', () => {
    const r = createAnalyzer().analyze(`${WAR}China called for peace talks.`, { trace: true, date: DATE });
    expect(r.trace?.some((e) => e.rules.includes('support.call-for'))).toBe(true);
  });

  it('carries condition markers and kinds', () => {
    const e = entry(trace(`${WAR}Britain said it would support talks only if Russia withdrew its troops.`), 'GBR', 'said');
    expect(e.conditions.length).toBeGreaterThan(0);
    expect(e.rules).toContain(e.conditions[0].cue);
    expect(e.rules).toContain('kind.withdrawal');
  });

  it('carries the recall rules that found agents away from their verb', () => {
    const listed = entry(trace(`${WAR}The seven countries voting against it were Cuba, Laos and Iran.`), 'LAO', 'voting');
    expect(listed.agents.map((a) => a.rule)).toEqual(['rule.list', 'rule.list', 'rule.list']);
    expect(listed.rules).toContain('rule.list');
    expect(entry(trace(`${WAR}Hungary, alongside Austria and Slovakia, has been mediating talks.`), 'AUT', 'mediating').rules).toContain('rule.companion');
    expect(entry(trace(`${WAR}Kenya agreed with Uganda to halt the offensive.`), 'UGA', 'agreed').rules).toContain('rule.partner');
  });
});

describe('drop reasons', () => {
  const dropped = (text: string, id: string, verb: string) => entry(trace(text), id, verb).dropped;

  it('embedded.describes-other and embedded.demand', () => {
    const entries = trace(`${WAR}Israel said the truce had been violated by Hamas.`);
    expect(entry(entries, 'HAMAS', 'violated').dropped).toBe('embedded.describes-other');
    expect(entry(entries, 'ISR', 'said').skipped.map((s) => s.reason)).toEqual(['cue.others-act', 'embedded.describes-other']);
    expect(dropped(`${WAR}Macron said Russia must accept the ceasefire.`, 'RUS', 'accept')).toBe('embedded.demand');
  });

  it('embedded.supposition and embedded.same-speaker-merged', () => {
    const entries = trace(`${WAR}Russia said it would respond if Kiev refused to negotiate.`);
    expect(entry(entries, 'UKR', 'refused').dropped).toBe('embedded.supposition');
    expect(dropped(`${WAR}Peskov said Moscow would reject any ceasefire.`, 'RUS', 'reject')).toBe('embedded.same-speaker-merged');
  });

  it('embedded.that-clause-writer', () => {
    expect(dropped(`${WAR}It is clearly a sign that China supports the talks.`, 'CHN', 'supports')).toBe('embedded.that-clause-writer');
  });

  it('clause.describes-event', () => {
    expect(dropped(`${WAR}Turkey said the truce had been broken overnight.`, 'TUR', 'said')).toBe('clause.describes-event');
    expect(dropped(`${WAR}Turkey said a call for a truce was turned down.`, 'TUR', 'said')).toBe('clause.describes-event');
  });

  it('clause.describes-other, clause.accusation, clause.past-event, clause.concessive', () => {
    expect(dropped(`${WAR}Zelensky said Putin was dragging out the war.`, 'UKR', 'said')).toBe('clause.describes-other');
    expect(dropped(`${WAR}Moscow accused Kyiv of rejecting talks.`, 'RUS', 'accused')).toBe('clause.accusation');
    expect(dropped(`${WAR}Turkey said it would help after talks broke down.`, 'TUR', 'said')).toBe('clause.past-event');
    const granted = entry(trace(`${WAR}China said it rejected talks, even as the rebels accepted the ceasefire.`), 'CHN', 'said');
    expect(granted.rules).toContain('oppose.reject');
    expect(granted.skipped.map((s) => s.reason)).toEqual(['clause.concessive']);
  });

  it('unknown-actor', () => {
    const e = trace(`${WAR}Senator Tom Jones said the ceasefire must hold.`).find((x) => x.verb === 'said');
    expect(e?.agents).toEqual([expect.objectContaining({ text: 'Senator Tom Jones' })]);
    expect(e?.agents[0].actor).toBeUndefined();
    expect(e?.dropped).toBe('unknown-actor');
  });

  it('off-topic, outside-domain, no-cue', () => {
    expect(dropped('The United States and China agreed on a 90-day truce in their trade war over tariffs.', 'CHN', 'agreed')).toBe('off-topic');
    expect(dropped('Brazil said it would host a summit.', 'BRA', 'said')).toBe('outside-domain');
    expect(dropped(`${WAR}France said the minister would travel to Kyiv on Monday.`, 'FRA', 'said')).toBe('no-cue');
  });

  it('every reason is documented in the README, and the schema lists exactly these', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const id of REASONS) expect(readme, id).toContain(`\`${id}\``);
    expect(schema.definitions.dropReason.enum).toEqual(Object.keys(DROP_REASONS));
  });
});
