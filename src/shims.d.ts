// natural ships no types for deep imports; this is the one function bundled from it.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  export default function jaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
