/**
 * Gives the main thread back to the page between slices of work, so no task of ours runs long
 * enough to make the page stutter. `scheduler.yield()` keeps our place in the queue where it
 * exists; elsewhere a MessageChannel message runs sooner than `setTimeout(0)`, which browsers
 * clamp to 4 ms after a few nested calls.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for budgets: `performance.now()` where present. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * How long the current task has run, so SourceLens yields to the page only when it has used its
 * budget: every yield is also a wait behind the page's own tasks, which on a busy page costs more
 * than the work itself. `restart()` after an await that crossed a task boundary (a message reply).
 */
export class TaskClock {
  private since = now();

  restart(): void {
    this.since = now();
  }

  elapsed(): number {
    return now() - this.since;
  }

  /** Yields to the page when this task has already run longer than `budgetMs`. */
  async pause(budgetMs = 8): Promise<void> {
    if (this.elapsed() <= budgetMs) return;
    await yieldToPage();
    this.since = now();
  }
}

/**
 * Records one synchronous slice of SourceLens's work as a `sourcelens:slice` measure (its name in
 * `detail`), so benchmarks and the browser's performance tools can see the longest one.
 */
export function recordSlice(name: string, start: number): void {
  try {
    performance.measure('sourcelens:slice', { start, end: now(), detail: name });
  } catch {
    // No User Timing Level 3 here: the slice is only not recorded.
  }
}

/** Runs `work` (synchronous) as one recorded slice. */
export function timed<T>(name: string, work: () => T): T {
  const start = now();
  try {
    return work();
  } finally {
    recordSlice(name, start);
  }
}

/**
 * Runs `step` over `items`, yielding whenever a slice has used `budgetMs`; stops early (returning
 * false) when `cancelled()` turns true after a yield.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  cancelled: () => boolean = () => false,
  budgetMs = 8,
  clock: TaskClock = new TaskClock(),
): Promise<boolean> {
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    step(items[i], i);
    if (clock.elapsed() > budgetMs && i < items.length - 1) {
      recordSlice('slice', sliceStart);
      await clock.pause(budgetMs);
      if (cancelled()) return false;
      sliceStart = now();
    }
  }
  if (items.length) recordSlice('slice', sliceStart);
  return true;
}

/**
 * Drives a resumable computation (a generator that pauses when told to) in slices of at most
 * about `budgetMs`, yielding to the page between them; each slice is recorded under `name`.
 * Null when `cancelled()` turned true at a yield.
 */
export async function runInSlices<T>(
  name: string,
  start: (shouldPause: () => boolean) => Generator<void, T, void>,
  clock: TaskClock,
  cancelled: () => boolean = () => false,
  budgetMs = 8,
): Promise<T | null> {
  const steps = start(() => clock.elapsed() > budgetMs);
  for (;;) {
    const sliceStart = now();
    const step = steps.next();
    recordSlice(name, sliceStart);
    if (step.done) return step.value;
    await clock.pause(0);
    if (cancelled()) return null;
  }
}
