// Saving as the user sees it: the header's save status, the conflict with another tab, the shared-design banner,
// and the notices (a refused link, a storage problem).
import type { Page } from '@playwright/test';

export class SavingBanners {
  constructor(readonly page: Page) {}

  get saveStatus() {
    return this.page.getByRole('status', { name: 'Save status' });
  }
  get conflict() {
    return this.page.getByRole('region', { name: 'Changed in another tab' });
  }
  get keepMine() {
    return this.conflict.getByRole('button', { name: 'Keep mine (overwrite)' });
  }
  get loadTheirs() {
    return this.conflict.getByRole('button', { name: 'Load theirs' });
  }
  get saveMineAsCopy() {
    return this.conflict.getByRole('button', { name: 'Save mine as a copy' });
  }
  get sharedBanner() {
    return this.page.getByRole('region', { name: 'Shared design' });
  }
  get saveSharedCopy() {
    return this.sharedBanner.getByRole('button', { name: 'Save a copy' });
  }
  get discardShared() {
    return this.sharedBanner.getByRole('button', { name: 'Discard' });
  }
  /** A notice whose text contains `text` (e.g. why a link was refused). */
  notice(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
