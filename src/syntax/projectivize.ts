// Arc-eager builds projective trees only, and the dynamic oracle assumes a projective gold
// tree. A few treebank arcs cross others; for training they are lifted (Nivre & Nilsson 2005
// without the label encoding): the dependent moves up to its head's head until no arc crosses.

/** True when every word between head and dependent descends from the head. heads: 1-based, 0 = root. */
function isProjective(heads: readonly number[], dep: number): boolean {
  const head = heads[dep]!;
  const [lo, hi] = head < dep ? [head, dep] : [dep, head];
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    let steps = 0;
    while (a !== 0 && a !== head && steps++ < heads.length) a = heads[a]!;
    if (a !== head) return false;
  }
  return true;
}

/** A projective copy of `heads` (index 0 unused). */
export function projectivize(heads: readonly number[]): number[] {
  const out = [...heads];
  for (let guard = 0; guard < out.length * out.length; guard++) {
    let shortest = -1;
    let span = Infinity;
    for (let d = 1; d < out.length; d++) {
      if (out[d] === 0 || isProjective(out, d)) continue;
      const s = Math.abs(out[d]! - d);
      if (s < span) { span = s; shortest = d; }
    }
    if (shortest < 0) return out;
    out[shortest] = out[out[shortest]!]!;
  }
  return out;
}
