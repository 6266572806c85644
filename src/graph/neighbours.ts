// Candidate pairs of name keys one edit apart (substitution, insertion or deletion),
// found through a deletion index instead of comparing all pairs: a key of length L has
// L wildcard variants (`ab?d`) and L deletion variants (`abd`); two keys one edit apart
// share a wildcard variant (substitution) or one is a deletion variant of the other.
// Callers still check each pair (sameNameKey); this only narrows the candidates.

/** Minimum key length for a one-edit match (see sameNameKey). */
export const MIN_FUZZY_LENGTH = 8;

/** Each unordered pair of distinct keys that may be one edit apart, once, smaller key first. */
export function* oneEditCandidates(keys: readonly string[], minLength = MIN_FUZZY_LENGTH): Generator<[string, string]> {
  const long = [...new Set(keys)].filter((k) => k.length >= minLength);
  const exact = new Set(long);
  const wild = new Map<string, string[]>();
  for (const k of long) {
    for (let i = 0; i < k.length; i++) {
      const v = `${k.slice(0, i)}\u0000${k.slice(i + 1)}`;
      const list = wild.get(v);
      if (list) list.push(k);
      else wild.set(v, [k]);
    }
  }
  const seen = new Set<string>();
  const emit = (a: string, b: string): [string, string] | undefined => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = `${x}\u0001${y}`;
    if (seen.has(id)) return undefined;
    seen.add(id);
    return [x, y];
  };
  for (const list of wild.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const p = emit(list[i]!, list[j]!);
        if (p) yield p;
      }
    }
  }
  for (const k of long) {
    for (let i = 0; i < k.length; i++) {
      const d = k.slice(0, i) + k.slice(i + 1);
      if (d !== k && exact.has(d)) {
        const p = emit(k, d);
        if (p) yield p;
      }
    }
  }
}
