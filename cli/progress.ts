/** A one-line progress indicator on a terminal's stderr, for batch audits. */
import type { Io } from './main.ts';

export class Progress {
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly io: Io,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  update(done: number, current: string, failed: number): void {
    if (!this.enabled) return;
    const name = current.length > 40 ? '…' + current.slice(-39) : current;
    const fail = failed ? ` · ${failed} failed` : '';
    this.io.err(`\r\u001b[2K  auditing ${done + 1}/${this.total}${fail} · ${name}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.io.err('\r\u001b[2K');
    this.shown = false;
  }

  done(total: number, failed: number): void {
    if (!this.enabled) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.io.err(`  audited ${total - failed}/${total} pages in ${seconds} s${failed ? ` (${failed} failed)` : ''}\n`);
  }
}
