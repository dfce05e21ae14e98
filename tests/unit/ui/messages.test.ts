import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_REQUESTS,
  createListener,
  errorMessage,
  fail,
  isRequest,
  ok,
  sendToBackground,
  sendToTab,
  unwrap,
  type BackgroundProtocol,
  type ContentProtocol,
} from '../../../utils/messages.ts';
import { useLocale } from './i18n-stub.ts';

/** Calls a listener like the browser does and resolves with what it sent back (or undefined). */
function deliver(listener: ReturnType<typeof createListener>, message: unknown): Promise<{ kept: unknown; reply: unknown }> {
  return new Promise((resolve) => {
    let kept: unknown;
    const timer = setTimeout(() => resolve({ kept, reply: undefined }), 20);
    kept = listener(message, {}, (reply) => {
      clearTimeout(timer);
      resolve({ kept, reply });
    });
  });
}

describe('message protocol', () => {
  it('answers a known request with { ok: true, value } and keeps the channel open', async () => {
    const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, {
      ping: () => ({ url: 'https://example.org/' }),
    });
    const { kept, reply } = await deliver(listener, { type: 'ping' });
    expect(kept).toBe(true);
    expect(reply).toEqual({ ok: true, value: { url: 'https://example.org/' } });
  });

  it('turns a thrown error or a rejected promise into { ok: false, error }', async () => {
    const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, {
      reveal: () => {
        throw new Error('no such finding');
      },
      step: async () => Promise.reject('gone'),
    });
    expect((await deliver(listener, { type: 'reveal', article: 0, finding: 9 })).reply).toEqual({
      ok: false,
      error: 'no such finding',
    });
    expect((await deliver(listener, { type: 'step', direction: 1 })).reply).toEqual({ ok: false, error: 'gone' });
  });

  it('passes the request fields and the sender to the handler', async () => {
    const handler = vi.fn(() => true);
    const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, { reveal: handler });
    await deliver(listener, { type: 'reveal', article: 1, finding: 4 });
    expect(handler).toHaveBeenCalledWith({ type: 'reveal', article: 1, finding: 4 }, {});
  });

  it('leaves alone messages that are not its requests, or that it has no handler for', () => {
    const listener = createListener<ContentProtocol, unknown>(CONTENT_REQUESTS, { ping: () => ({ url: '' }) });
    const send = vi.fn();
    expect(listener({ type: 'state-changed' }, {}, send)).toBeUndefined();
    expect(listener({ type: 'get-state' }, {}, send)).toBeUndefined();
    expect(listener('ping', {}, send)).toBeUndefined();
    expect(listener(null, {}, send)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('isRequest checks the type against the protocol', () => {
    expect(isRequest<BackgroundProtocol>({ type: 'state-changed', state: { kind: 'off' } }, ['state-changed'])).toBe(true);
    expect(isRequest<BackgroundProtocol>({ type: 'ping' }, ['state-changed', 'page-css'])).toBe(false);
    expect(isRequest<BackgroundProtocol>({ kind: 'x' }, ['state-changed'])).toBe(false);
  });

  it('unwrap returns the value, rethrows the error, and rejects a missing reply (in the interface\'s words)', () => {
    useLocale('en');
    expect(unwrap(ok(3))).toBe(3);
    expect(() => unwrap(fail(new Error('boom')))).toThrow('boom');
    expect(() => unwrap(undefined)).toThrow(/No reply/);
    expect(() => unwrap({ value: 1 })).toThrow(/No reply/);
    useLocale('uk');
    expect(() => unwrap(undefined)).toThrow('SourceLens у цій вкладці не відповідає');
  });

  it('sendToTab and sendToBackground add the type and unwrap the reply', async () => {
    const tabs = { sendMessage: vi.fn(async () => ok({ kind: 'off' })) };
    await expect(sendToTab(tabs, 7, 'get-state', {})).resolves.toEqual({ kind: 'off' });
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'get-state' });

    const runtime = { sendMessage: vi.fn(async () => fail('no badge')) };
    await expect(sendToBackground(runtime, 'state-changed', { state: { kind: 'working' } })).rejects.toThrow('no badge');
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'state-changed', state: { kind: 'working' } });
  });

  it('errorMessage reads errors, strings and plain objects', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ code: 3 })).toBe('{"code":3}');
  });
});
