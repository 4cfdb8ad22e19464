import { buildExport, exportFileName, type HandbookIds, mergeExport, parseExport } from './backup.ts';
import { type LocalStore, STORE_KEYS, type StoreStatus } from './local-store.ts';
import { plural } from './plural.ts';
import { readProgress } from './progress.ts';
import { readStars } from './stars.ts';

export interface BackupOptions {
  root: HTMLElement;
  store: LocalStore;
  /** The handbook's answer ids, so an import keeps only cards a deck can show. */
  handbook: HandbookIds;
  announce(text: string): void;
  /** After an import or a reset changed the stored data. */
  onChange(status: StoreStatus): void;
}

/** An export is a few hundred bytes per card; anything this large is not one. */
const MAX_IMPORT_BYTES = 5_000_000;

/** Export, import and reset: the buttons of "Keep your progress" and the reset dialog. */
export function initBackupControls({ root, store, handbook, announce, onChange }: BackupOptions): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const fileInput = $<HTMLInputElement>('[data-import-file]');
  const result = $<HTMLElement>('[data-backup-result]');
  const dialog = $<HTMLDialogElement>('[data-reset-dialog]');

  const report = (text: string, problem = false) => {
    result.hidden = false;
    result.textContent = text;
    result.classList.toggle('practice-backup__result--problem', problem);
    announce(text);
  };

  $('[data-export]').addEventListener('click', () => {
    const now = new Date();
    const file = buildExport(readStars(store), readProgress(store), now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    report(
      `Exported ${Object.keys(file.progress).length} cards and ${Object.keys(file.stars).length} stars to ${link.download}.`,
    );
  });

  $('[data-import]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      report(`Nothing was imported: ${file.name} is too large to be a practice export.`, true);
      return;
    }
    const parsed = parseExport(await file.text());
    if (!parsed.ok) {
      report(`Nothing was imported from ${file.name}: ${parsed.reason}`, true);
      return;
    }
    const merged = mergeExport({ stars: readStars(store), progress: readProgress(store) }, parsed.data, handbook);
    store.write(STORE_KEYS.stars, merged.stars);
    const status = store.write(STORE_KEYS.progress, merged.progress);
    onChange(status);
    const skipped =
      merged.skipped > 0
        ? ` ${plural(merged.skipped, 'entry', 'entries')} for answers not in the handbook left out.`
        : '';
    report(
      `Imported ${file.name}: ${plural(merged.cardsTaken, 'card')} taken from the file (newer there), ${plural(merged.starsAdded, 'new star')}.${skipped}`,
    );
  });

  $('[data-reset]').addEventListener('click', () => {
    // Escape closes without a value, leaving the last one: clear it, or it would reset again.
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') return;
    store.remove(STORE_KEYS.progress);
    onChange(store.status());
    report('Progress reset: every card is new again. Your stars are kept.');
  });
}
