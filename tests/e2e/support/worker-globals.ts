/**
 * The few extension APIs the tests call inside the service worker (`serviceWorker.evaluate`) or
 * an extension page. Used as `(globalThis as unknown as WorkerGlobals).chrome`: a type only, erased before the
 * function is sent to the worker.
 */
export interface WorkerGlobals {
  chrome: {
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    scripting: {
      executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
      getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    };
    storage: {
      sync: { set(items: Record<string, unknown>): Promise<void> };
      local: { get(key: string): Promise<Record<string, unknown>> };
    };
  };
}
