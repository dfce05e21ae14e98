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
 * Runs `step` over `items`, yielding whenever a slice has used `budgetMs`; stops early (returning
 * false) when `cancelled()` turns true after a yield.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  cancelled: () => boolean = () => false,
  budgetMs = 8,
): Promise<boolean> {
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    step(items[i], i);
    if (now() - sliceStart > budgetMs && i < items.length - 1) {
      await yieldToPage();
      if (cancelled()) return false;
      sliceStart = now();
    }
  }
  return true;
}
