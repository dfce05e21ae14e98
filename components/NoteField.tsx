/**
 * A student's note: a labelled text area that reports every change. It keeps what is typed in
 * its own state and takes a new value from outside only while it is not being edited, so a
 * stored value arriving a moment later never moves the caret.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_LENGTH } from '../utils/notes.ts';

export interface NoteFieldProps {
  id: string;
  label: string;
  /** A prompt under the label ("What would you ask the reporter?"). */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

export function NoteField({ id, label, hint, value, onChange, autoFocus }: NoteFieldProps) {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (ref.current && ref.current !== ref.current.ownerDocument.activeElement) setText(value);
  }, [value]);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <div class="note-field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby={`${id}-hint`}
        value={text}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          onChange(next);
        }}
      />
    </div>
  );
}
