// When the page was served by `integration-designer open <file>`, reads that file into the designer once.
import { useEffect } from 'react';
import { openFileClient } from '../../share/open-file-client.ts';
import { useDesignerStoreApi } from '../../store/hooks.tsx';

export function useOpenFile(): void {
  const store = useDesignerStoreApi();
  useEffect(() => {
    const client = openFileClient();
    if (client && store.getState().openFile.status === 'off') void store.getState().actions.connectOpenFile(client);
  }, [store]);
}
