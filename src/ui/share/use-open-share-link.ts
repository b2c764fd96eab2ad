// Opens the design of a share link when the page loads with one, or when a link is pasted into the address bar of
// an open tab (hashchange). A refused link only shows why: the open design stays exactly as it was.
import { useEffect } from 'react';
import { useDesignerStoreApi } from '../../store/hooks.tsx';
import { takeShareFragment } from './share-fragment.ts';

export function useOpenShareLink(): void {
  const store = useDesignerStoreApi();
  useEffect(() => {
    const handle = () => {
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
