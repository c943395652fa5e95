import { describe, expect, it } from 'vitest';
import { similarName } from '../../src/actors/similarity';

describe('similar names', () => {
  const cases: [string, string, string, boolean][] = [
    ['one name', 'Zelensky', 'Zelensky', true],
    ['a short name equals itself', 'Kim', 'Kim', true],
    ['a transliteration variant', 'Zelensky', 'Zelenskiy', true],
    ['a doubled letter', 'Zelenskiy', 'Zelenskyy', true],
    ['one letter swapped', 'Netanyahu', 'Netanjahu', true],
    ['short names are too easy to confuse', 'Kim', 'Kiir', false],
    ['under five letters on one side', 'Sisi', 'Sissi', false],
    ['another initial is another name', 'Zelensky', 'Selensky', false],
    ['close, but under the threshold', 'Guterres', 'Gutierrez', false],
    ['two different names', 'Macron', 'Marcos', false],
  ];
  it.each(cases)('%s: %s / %s', (_name, a, b, same) => {
    expect(similarName(a, b)).toBe(same);
    expect(similarName(b, a)).toBe(same);
  });
});
