// `trama build --watch`: rebuild when an article is added, changed or removed. Changes
// are gathered for a short while (an editor's save is several events) and a rebuild never
// overlaps another; one that arrives during a rebuild triggers exactly one more.
import { watch } from "node:fs";

export interface Watcher { close(): void }

export function watchFolder(dir: string, recursive: boolean, rebuild: () => Promise<void>, onError: (e: unknown) => void, settleMs = 200): Watcher {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await rebuild(); } catch (e) { onError(e); }
    running = false;
    if (again) { again = false; void run(); }
  };
  const w = watch(dir, { recursive }, (_event, name) => {
    if (name && (String(name).startsWith(".") || String(name).includes(".tmp-"))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), settleMs);
  });
  return { close: () => { clearTimeout(timer); w.close(); } };
}
