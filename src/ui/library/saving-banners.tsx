// The banners about saving, under the header: a conflict with another tab, a shared design, storage problems.
import { SharedBanner } from '../share/shared-banner.tsx';
import { ConflictBar } from './conflict-bar.tsx';
import { StorageNotices } from './storage-notices.tsx';

export function SavingBanners() {
  return (
    <>
      <ConflictBar />
      <SharedBanner />
      <StorageNotices />
    </>
  );
}
