/**
 * The content script. It is not in the manifest: the background injects it with
 * `scripting.executeScript` when the user asks (toolbar button, shortcut), or registers it with
 * `scripting.registerContentScripts` for sites the user chose to annotate automatically.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { now, recordSlice } from '../../utils/yield-to-page.ts';
import { SourceLens } from './controller.ts';

/** One SourceLens per page, whichever way it arrived; a key only our isolated world can see. */
const INSTANCE = Symbol.for('sourcelens.instance');
type Scope = typeof globalThis & { [INSTANCE]?: SourceLens };

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Everything before this mark is the script being loaded (the engine is not in it: it runs in
    // the background).
    performance.mark('sourcelens:start');
    try {
      const scope = globalThis as Scope;
      // WXT has already invalidated an earlier copy's context (which cleans up after itself);
      // disposing it here too makes sure a page is never annotated twice.
      scope[INSTANCE]?.dispose();
      const made = now();
      const lens = new SourceLens(ctx);
      recordSlice('construct', made);
      scope[INSTANCE] = lens;
      ctx.onInvalidated(() => {
        if (scope[INSTANCE] === lens) delete scope[INSTANCE];
      });
      lens.start();
    } catch (error) {
      // Never throw into the page.
      console.warn('SourceLens could not start', error);
    }
  },
});
