/**
 * Name variants by string distance (Zelensky / Zelenskiy / Zelenskyy): Jaro-Winkler from
 * `natural`, imported by deep path so the bundle carries this one function, not the package.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance';

/** Jaro-Winkler similarity at or above which two surnames are one person's. */
const MIN_SIMILARITY = 0.93;
/** Shorter names are too easy to confuse ("Kim" / "Kiir"). */
const MIN_LENGTH = 5;

export function similarName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_LENGTH || b.length < MIN_LENGTH || a[0] !== b[0]) return false;
  return jaroWinkler(a, b) >= MIN_SIMILARITY;
}
