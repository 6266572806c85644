// `trama build --watch`: rebuild when an article is added, changed or removed. Changes
// are gathered for a short while (an editor's save is several events) and a rebuild never
// overlaps another; one that arrives during a rebuild triggers exactly one more.
import { watch } from "node:fs";

export interface Watcher {
  close(): void;
  /** Runs a build now, in turn with the rebuilds the watcher starts (never two at once); rejects if it fails. */
  runNow(): Promise<void>;
}

export function watchFolder(dir: string, recursive: boolean, rebuild: () => Promise<void>, onError: (e: unknown) => void, settleMs = 200): Watcher {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let idle: Promise<void> = Promise.resolve();
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await rebuild(); } catch (e) { onError(e); }
    running = false;
    if (again) { again = false; void run(); }
  };
  // The first build goes through here too, after the watcher is set up: a file that arrives
  // while it runs is seen, and rebuilt after it.
  const runNow = async () => {
    await idle;
    running = true;
    const done = rebuild();
    idle = done.then(() => undefined, () => undefined);
    try { await done; } finally {
      running = false;
      if (again) { again = false; void run(); }
    }
  };
  const w = watch(dir, { recursive }, (_event, name) => {
    if (name && (String(name).startsWith(".") || String(name).includes(".tmp-"))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), settleMs);
  });
  return { close: () => { clearTimeout(timer); w.close(); }, runNow };
}
