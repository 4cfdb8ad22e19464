/**
 * Writes text to the clipboard. The async clipboard exists on https and localhost; elsewhere this
 * resolves false and the caller gives the reader the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text that is still being fetched; resolves whether it was copied. A clipboard item may
 * hold a promise, so the write starts within the reader's click (Safari allows no other way);
 * where clipboard items are missing, the text is written once it arrives.
 */
export async function copyLater(text: Promise<string>): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined') return await copyText(await text);
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return true;
  } catch {
    return false;
  }
}
