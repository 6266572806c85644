// Geometry on screen: which edge a click hits (a band wider than the drawn line, so a 1 px
// edge is easy to click), and which node labels to draw (some always, the others only
// where they do not collide). Pure functions: tested without a browser.
export interface Point { x: number; y: number }
export interface Segment { key: string; a: Point; b: Point }

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The segment nearest to `p` within `tolerance` pixels, or undefined. */
export function nearestSegment(p: Point, segments: Iterable<Segment>, tolerance: number): string | undefined {
  let best: string | undefined;
  let bestD = tolerance;
  for (const s of segments) {
    const d = distanceToSegment(p, s.a, s.b);
    if (d <= bestD) { best = s.key; bestD = d; }
  }
  return best;
}

export interface LabelCandidate { key: string; x: number; y: number; width: number; height: number; forced: boolean; priority: number }

/**
 * The labels to draw: every forced one (the focused node, its neighbours, the largest
 * nodes), then the others by priority when their box overlaps no box already placed.
 * Boxes are indexed in a coarse grid so a large graph stays fast.
 */
export function placeLabels(candidates: LabelCandidate[], cell = 64): Set<string> {
  const placed = new Set<string>();
  const grid = new Map<string, Array<{ x0: number; y0: number; x1: number; y1: number }>>();
  const cells = (b: { x0: number; y0: number; x1: number; y1: number }) => {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / cell); i <= Math.floor(b.x1 / cell); i++) for (let j = Math.floor(b.y0 / cell); j <= Math.floor(b.y1 / cell); j++) out.push(`${i},${j}`);
    return out;
  };
  const ordered = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || a.key.localeCompare(b.key));
  for (const c of ordered) {
    const box = { x0: c.x, y0: c.y - c.height / 2, x1: c.x + c.width, y1: c.y + c.height / 2 };
    const keys = cells(box);
    const hit = !c.forced && keys.some((k) => grid.get(k)?.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1));
    if (hit) continue;
    placed.add(c.key);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return placed;
}

/** The `n` largest nodes by size (ties by key): always labelled. */
export function largest(sizes: Array<[string, number]>, n: number): Set<string> {
  return new Set([...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => k));
}
