// The browser's storage as an older version of the designer left it: IndexedDB database `integration-designer` at
// version 2 (saved designs and workspaces, before the history of revisions), written by an init script before the
// app's first script runs, so the app meets it as it would after an update.
import type { Page } from '@playwright/test';

export interface PlantedRecord {
  id: string;
  name: string;
  design: unknown;
  createdAt: number;
  updatedAt: number;
  revision: number;
  deletedAt: null;
}

/** Plants the records in a version-2 database once (a later reload finds the upgraded one and leaves it alone). */
export async function plantVersion2Library(page: Page, records: readonly PlantedRecord[]): Promise<void> {
  await page.addInitScript((planted) => {
    if (sessionStorage.getItem('planted-v2')) return;
    sessionStorage.setItem('planted-v2', '1');
    const request = indexedDB.open('integration-designer', 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.onversionchange = () => db.close(); // the app's upgrade to a later version is never blocked by this page
      const designs = db.createObjectStore('designs', { keyPath: 'id' });
      db.createObjectStore('workspaces', { keyPath: 'id' });
      for (const record of planted) designs.put(record);
    };
    request.onsuccess = () => request.result.close();
  }, records);
}
