/**
 * Text the reader is editing is never annotated: while a `contenteditable` region has the focus,
 * no highlight is drawn inside it (a highlight, or worse a fallback mark, would get in the way of
 * the caret and the page's own editor), and when the focus leaves it the highlights come back.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The editing host holding the focus, or null when the reader is not editing rich text. */
export function focusedEditor(doc: Document): HTMLElement | null {
  const active = deepActiveElement(doc) as HTMLElement | null;
  if (!active || !active.isContentEditable) return null;
  // The outermost editable ancestor: its whole region is being edited.
  let host: HTMLElement = active;
  for (let el = active.parentElement; el && el.isContentEditable; el = el.parentElement) host = el;
  return host;
}

/** Whether `range` touches the region being edited. */
export function inEditor(editor: Node | null, range: AbstractRange): boolean {
  if (!editor) return false;
  return editor.contains(range.startContainer) || editor.contains(range.endContainer);
}

export class EditingWatch {
  private editor: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    /** The focused editing region changed (entered, left, or another one). */
    private readonly changed: () => void,
  ) {}

  get current(): HTMLElement | null {
    return this.editor;
  }

  start(): void {
    this.editor = focusedEditor(this.doc);
    const check = () => {
      const now = focusedEditor(this.doc);
      if (now === this.editor) return;
      this.editor = now;
      this.changed();
    };
    // Capture phase: a page that stops focus events from bubbling still lets us see them.
    this.ctx.addEventListener(this.doc, 'focusin', check, { capture: true });
    this.ctx.addEventListener(this.doc, 'focusout', () => this.ctx.setTimeout(check, 0), { capture: true });
  }
}
