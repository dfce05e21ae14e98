import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { findingKey } from '../../../report/context.ts';
import {
  clearNotes,
  getNotes,
  NOTE_MAX_LENGTH,
  pageKey,
  removeNotes,
  setArticleNote,
  setFindingNote,
  watchNotes,
} from '../../../utils/notes.ts';

const URL_A = 'https://www.pravda.com.ua/eng/news/2024/04/6/7450000/';
const URL_B = 'https://example.org/story';
const KEY = findingKey({ category: 'anonymous', start: 120, end: 143, text: 'three unnamed officials' });

describe('notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are empty for a page without notes', async () => {
    expect(await getNotes(URL_A)).toEqual({ article: '', findings: {} });
  });

  it('are kept per page in storage.local, a note on the article and one per finding', async () => {
    await setArticleNote(URL_A, 'Who else reported this?');
    await setFindingNote(URL_A, KEY, 'Which officials?');
    await setArticleNote(URL_B, 'Another page');
    expect(await getNotes(URL_A)).toEqual({ article: 'Who else reported this?', findings: { [KEY]: 'Which officials?' } });
    expect(await getNotes(URL_B)).toEqual({ article: 'Another page', findings: {} });
    const { notes } = await fakeBrowser.storage.local.get('notes');
    expect(Object.keys(notes as object).sort()).toEqual([URL_B, URL_A].sort());
    expect((notes as Record<string, { updatedAt: string }>)[URL_A].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Nothing in sync storage: notes stay on this computer.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('the same page with another fragment shares its notes', async () => {
    await setArticleNote(`${URL_A}#comments`, 'note');
    expect(pageKey(`${URL_A}#top`)).toBe(URL_A);
    expect((await getNotes(URL_A)).article).toBe('note');
  });

  it('writes made in quick succession (typing) each build on the last: none is lost', async () => {
    await Promise.all([
      setArticleNote(URL_A, 'W'),
      setFindingNote(URL_A, KEY, 'Wh'),
      setArticleNote(URL_A, 'Why'),
      setFindingNote(URL_A, 'other', 'x'),
    ]);
    expect(await getNotes(URL_A)).toEqual({ article: 'Why', findings: { [KEY]: 'Wh', other: 'x' } });
  });

  it('an emptied note is removed, and a page left without notes is removed', async () => {
    await setFindingNote(URL_A, KEY, 'Which officials?');
    await setFindingNote(URL_A, KEY, '   ');
    expect(await getNotes(URL_A)).toEqual({ article: '', findings: {} });
    expect((await fakeBrowser.storage.local.get('notes')).notes).toEqual({});
  });

  it('a note is cut at the longest length kept', async () => {
    await setArticleNote(URL_A, 'x'.repeat(NOTE_MAX_LENGTH + 50));
    expect((await getNotes(URL_A)).article).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('notes of chosen pages, or all, can be deleted', async () => {
    await setArticleNote(URL_A, 'a');
    await setArticleNote(URL_B, 'b');
    await removeNotes([`${URL_A}#x`]);
    expect((await getNotes(URL_A)).article).toBe('');
    expect((await getNotes(URL_B)).article).toBe('b');
    await clearNotes();
    expect((await getNotes(URL_B)).article).toBe('');
  });

  it('a stored value of the wrong shape reads as no notes', async () => {
    await fakeBrowser.storage.local.set({ notes: { [URL_A]: { article: 4, findings: { a: 1, b: 'ok' } } } });
    expect(await getNotes(URL_A)).toEqual({ article: '', findings: { b: 'ok' } });
  });

  it('watchNotes reports changes to one page', async () => {
    const seen = vi.fn();
    const unwatch = watchNotes(URL_A, seen);
    await setArticleNote(URL_A, 'first');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ article: 'first', findings: {} }));
    unwatch();
  });
});
