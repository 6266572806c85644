// Progress on stderr for long runs: a single line redrawn at most ten times a second,
// shown when stderr is a terminal or the run is long; cleared at the end.
export class Progress {
  private last = 0;
  private shown = false;
  constructor(private total: number, private enabled: boolean) {}

  tick(done: number, label: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const pct = Math.floor((100 * done) / Math.max(1, this.total));
    const width = String(this.total).length;
    const line = `[${String(done).padStart(width)}/${this.total}] ${String(pct).padStart(3)}%  ${label}`.slice(0, 100);
    process.stderr.write(process.stderr.isTTY ? `\r${line.padEnd(100)}` : `${line}\n`);
    this.shown = true;
  }

  done(): void {
    if (this.shown && process.stderr.isTTY) process.stderr.write(`\r${" ".repeat(100)}\r`);
  }
}
