// Opens the design of a share link when the page loads with one, or when a link is pasted into the address bar of
// an open tab (hashchange). A refused link only shows why: the open design stays exactly as it was.
import { useEffect } from 'react';
import { useDesignerStoreApi } from '../../store/hooks.tsx';
import { decodeWorkspaceFragment, isWorkspaceFragment } from '../../share/workspace-link.ts';
import type { DesignerStore } from '../../store/store-types.ts';
import { takeShareFragment, withoutFragment } from './share-fragment.ts';

/** A `#w=` link: the workspace it carries is opened (through the workspace's restore step), or refused with why. */
async function openWorkspaceLink(store: DesignerStore, hash: string): Promise<void> {
  const { actions } = store.getState();
  const decoded = decodeWorkspaceFragment(hash);
  if (!decoded.ok) return actions.showNotice(`${decoded.error} Your design is unchanged.`);
  try {
    const { restoreWorkspace } = await import('../../workspace/restore-workspace.ts');
    const { workspace } = restoreWorkspace(decoded.value);
    const { id: _stored, ...copy } = workspace; // a copy of its own in this browser
    if (await actions.openWorkspace(copy))
      actions.showNotice(`Opened the shared workspace “${workspace.name}” (${workspace.methods.length} methods).`);
  } catch (e) {
    actions.showNotice(`This workspace link cannot be opened: ${(e as Error).message}. Your design is unchanged.`);
  }
}

export function useOpenShareLink(): void {
  const store = useDesignerStoreApi();
  useEffect(() => {
    const handle = () => {
      if (isWorkspaceFragment(window.location.hash)) {
        const hash = window.location.hash;
        window.history.replaceState(window.history.state, '', withoutFragment(window.location));
        void openWorkspaceLink(store, hash);
        return;
      }
      const link = takeShareFragment(window.location, window.history);
      const { actions } = store.getState();
      if (link.kind === 'refused') actions.showNotice(`${link.error} Your design is unchanged.`);
      if (link.kind !== 'design') return;
      void actions.openShared(link.design).then((opened) => {
        if (!opened)
          actions.showNotice(
            'The shared design was not opened, so that your unsaved changes are kept (see above). Open the link again once they are saved.',
          );
      });
    };
    handle();
    addEventListener('hashchange', handle);
    return () => removeEventListener('hashchange', handle);
  }, [store]);
}
