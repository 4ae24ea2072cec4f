/**
 * Whether text holds a C0 control character or DEL (tab, line feed and carriage return allowed
 * with `allowLineBreaks`, for multi-line notes).
 */
export function hasControlCharacter(text: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (options.allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    if (code <= 0x1f || code === 0x7f) return true;
  }
  return false;
}
