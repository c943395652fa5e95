/**
 * The shipped JSON Schema (`standpoint/schema.json`) describes real reports: every seed, dev and
 * held-out text and every test article is analysed and validated with ajv, and broken reports fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze, CONDITION_KINDS, SCHEMA_VERSION, STANCES, STANDPOINT_VERSION, type StanceReport } from '../src';
import * as ARTICLES from './fixtures/articles';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_FILE = join(ROOT, 'src', 'report', 'schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Texts of the annotated JSON documents in a folder (empty when the folder is absent). */
function corpus(dir: string): { id: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string });
}

const SHARED = join(ROOT, '..', 'shared', 'corpus');
const shared = [...corpus(join(SHARED, 'seed')), ...corpus(join(SHARED, 'dev'))];
const heldout = corpus(join(ROOT, 'test', 'fixtures', 'heldout'));
const fixtures = Object.entries(ARTICLES).filter(([, t]) => typeof t === 'string').map(([id, text]) => ({ id, text: text as string }));

function errors(report: unknown): string {
  return validate(report) ? '' : JSON.stringify(validate.errors, null, 1);
}

describe('standpoint/schema.json', () => {
  it('is exported by the package from dist/ and copied there by the build', () => {
    expect(pkg.exports['./schema.json']).toBe('./dist/schema.json');
    const built = join(ROOT, 'dist', 'schema.json');
    if (!existsSync(built)) return;
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema);
    // The package's own name resolves through its exports map (self-reference), as a consumer's would.
    expect(createRequire(import.meta.url).resolve('standpoint/schema.json')).toBe(built);
    expect(pkg.typesVersions['*']['schema.json']).toEqual(['./dist/schema.json']); // node10 resolution (attw)
  });

  it('lists the labels of STANCES, in the same order', () => {
    expect(schema.definitions.stance.enum).toEqual([...STANCES]);
  });

  it('lists the condition kinds of CONDITION_KINDS, in the same order (the one list; the JSON is not generated)', () => {
    expect(schema.definitions.conditionKind.enum).toEqual([...CONDITION_KINDS]);
  });

  it('every report carries the schema and package versions', () => {
    const r = analyze(ARTICLES.SEED_LIKE, { date: '2023-03-17' });
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.standpointVersion).toBe(pkg.version);
    expect(STANDPOINT_VERSION).toBe(pkg.version);
    expect(SCHEMA_VERSION).toMatch(/^1\.\d+\.\d+$/);
  });

  it.each(fixtures)('validates the report of the test article $id', ({ text }) => {
    expect(errors(analyze(text, { date: '2023-03-17' }))).toBe('');
  });

  it.skipIf(shared.length === 0)(`validates the reports of the ${shared.length} seed and dev corpus texts`, () => {
    for (const d of shared) expect(errors(analyze(d.text)), d.id).toBe('');
  });

  it(`validates the reports of the ${heldout.length} held-out texts`, () => {
    expect(heldout.length).toBeGreaterThan(0);
    for (const d of heldout) expect(errors(analyze(d.text)), d.id).toBe('');
  });

  it('validates empty and messy texts', () => {
    for (const text of ['', '   ', '“An unclosed quote', 'He said: “peace talks now,” and left.']) expect(errors(analyze(text)), text).toBe('');
  });

  it('rejects reports that break the contract', () => {
    const good = JSON.parse(JSON.stringify(analyze(ARTICLES.SEED_LIKE, { date: '2023-03-17' }))) as StanceReport;
    expect(errors(good)).toBe('');
    const broken: [string, (r: any) => void][] = [
      ['no schemaVersion', (r) => { delete r.schemaVersion; }],
      ['another major schema version', (r) => { r.schemaVersion = '2.0.0'; }],
      ['an unknown stance', (r) => { r.actors[0].stance = 'maybe'; }],
      ['a negative offset', (r) => { r.actors[0].evidence[0].start = -1; }],
      ['confidence above 1', (r) => { r.actors[0].confidence = 1.5; }],
      ['an unknown condition kind', (r) => { r.actors.find((a: any) => a.conditions.length).conditions[0].kind = 'weather'; }],
      ['a field the schema does not know', (r) => { r.statements[0].extra = 1; }],
      ['a bad date', (r) => { r.date = '17/03/2023'; }],
    ];
    for (const [what, spoil] of broken) {
      const r = structuredClone(good);
      spoil(r);
      expect(validate(r), what).toBe(false);
    }
  });
});
