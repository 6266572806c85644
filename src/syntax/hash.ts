// Features are 32-bit hashes, not strings: a word's hash is computed once per sentence and
// each feature template combines a few of them, so scoring a configuration builds no strings
// and looks up integers. With a few hundred thousand features, two of them share a hash a
// dozen times at most, which changes nothing measurable.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** hashString(s.slice(from, to)) without building the slice (`from`, `to` clamped like slice's, non-negative). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(to, s.length);
  for (let i = Math.max(0, from); i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a running hash with one more value (murmur3's finalizer on the pair); never 0. Signed 32-bit, so V8 keeps it a small integer. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h || 1;
}

export const f1 = (t: number, a: number): number => mix(t, a);
export const f2 = (t: number, a: number, b: number): number => mix(mix(t, a), b);
export const f3 = (t: number, a: number, b: number, c: number): number => mix(mix(mix(t, a), b), c);
