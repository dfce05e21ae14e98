/**
 * The background's warm-up: it runs only while no request comes, a slice per task, and leaves
 * the engine's answers exactly as they were.
 */
import { describe, expect, it, vi } from 'vitest';
import { compiledRegexes, PHRASE_RULES } from '../../../engine/index.ts';
import { answerAnalysis, IdleWarmUp, WARMED_UP_MARK, warmUp, warmUpSlices, type WarmUpTimers } from '../../../utils/background-analysis.ts';

/** Timers run by hand: `fire()` runs the earliest pending callback, as the event loop would. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: WarmUpTimers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id as number);
    },
    now: () => now,
  };
  return {
    timers,
    /** Time passing inside a callback (a slice's own work). */
    spend(ms: number) {
      now += ms;
    },
    pending: () => [...pending.values()].map((p) => p.at - now),
    /** Advances to the earliest timer and runs it; false when none is pending. */
    fire(): boolean {
      const first = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) return false;
      pending.delete(first[0]);
      now = first[1].at;
      first[1].callback();
      return true;
    },
  };
}

describe('IdleWarmUp', () => {
  it('starts once no request has come for the idle time, then runs one slice per task to the end', () => {
    performance.clearMarks(WARMED_UP_MARK);
    const clock = manualTimers();
    const ran: number[] = [];
    // Each slice takes 7 ms.
    const makeSlices = vi.fn(() => [0, 1, 2].map((i) => () => void (ran.push(i), clock.spend(7))));
    const warm = new IdleWarmUp(clock.timers, 250, makeSlices);
    warm.postpone();
    expect(clock.pending()).toEqual([250]);
    // Nothing is built at start-up, which the page that woke the background may be waiting on.
    expect(makeSlices).not.toHaveBeenCalled();
    // A request 100 ms later pushes the whole warm-up back.
    warm.postpone();
    expect(clock.pending()).toEqual([250]);
    clock.fire();
    expect(ran).toEqual([0]);
    expect(makeSlices).toHaveBeenCalledOnce();
    // The next slice is its own task, after a rest as long as the last slice took.
    expect(clock.pending()).toEqual([7]);
    clock.fire();
    expect(ran).toEqual([0, 1]);
    expect(performance.getEntriesByName(WARMED_UP_MARK)).toHaveLength(0);
    // A request between two slices is answered before the next one, which keeps its place.
    warm.postpone();
    expect(clock.pending()).toEqual([7]);
    clock.fire();
    expect(ran).toEqual([0, 1, 2]);
    expect(warm.done).toBe(true);
    // The end is marked, for the performance tools and for tests that stop the worker.
    expect(performance.getEntriesByName(WARMED_UP_MARK)).toHaveLength(1);
    expect(clock.fire()).toBe(false);
    warm.postpone();
    expect(clock.pending()).toEqual([]);
  });

  it('can be told to start sooner (a background that no request woke)', () => {
    const clock = manualTimers();
    const warm = new IdleWarmUp(clock.timers, 250, () => [() => undefined]);
    warm.postpone(50);
    expect(clock.pending()).toEqual([50]);
    // A request that arrives first still gets the full idle time.
    warm.postpone();
    expect(clock.pending()).toEqual([250]);
  });

  it('stops, with a warning, at a slice that throws', () => {
    const clock = manualTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ran: number[] = [];
    const slices = [() => void ran.push(0), () => { throw new Error('boom'); }, () => void ran.push(2)];
    const warm = new IdleWarmUp(clock.timers, 10, () => slices);
    warm.postpone();
    while (clock.fire());
    expect(ran).toEqual([0]);
    expect(warm.done).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('warmUpSlices', () => {
  it("runs every one of the engine's compiled patterns in a slice of its own", () => {
    // Making the slices compiles the rules, which the engine leaves to first use.
    const slices = warmUpSlices();
    const regexes = compiledRegexes();
    // Every phrase rule's pattern at least, each compiled once.
    expect(regexes.length).toBeGreaterThanOrEqual(PHRASE_RULES.length);
    for (const [i, regex] of regexes.entries()) {
      const exec = vi.spyOn(regex, 'exec');
      // Slice 0 asks the gazetteer; then one slice per pattern, in order.
      slices[i + 1]!();
      // Three runs on a one-byte and on a two-byte text: compiled, then compiled to machine code.
      expect(exec).toHaveBeenCalledTimes(6);
      const subjects = exec.mock.calls.map(([s]) => s);
      expect(subjects.some((s) => /^[\0-\xff]*$/.test(s))).toBe(true);
      expect(subjects.some((s) => /[^\0-\xff]/.test(s))).toBe(true);
      exec.mockRestore();
      expect(regex.lastIndex).toBe(0);
    }
  });

  it("leaves the engine's answers as they were", () => {
    const input = {
      title: 'Talks stall',
      body: 'According to three unnamed officials, the talks reportedly stalled, the Financial Times reported. “It’s over,” one aide said.',
      publisher: 'Example Daily',
      links: [],
    };
    const before = answerAnalysis({ input, options: {} });
    warmUp();
    expect(answerAnalysis({ input, options: {} })).toEqual(before);
  });
});
