// The designs this browser set aside because they could not be opened (quarantine.ts: an unreadable stored design, or
// one the page failed to show). Listed in the library dialog, where each can be downloaded as it was stored, or
// deleted on the user's explicit request: nothing is ever deleted otherwise.
import { discardQuarantined, quarantined, type SetAsideDesign } from './quarantine.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

/** Where set-aside designs are kept (localStorage and sessionStorage in the browser; none in tests and Node). */
export type SetAsideStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>;

export interface SetAsideSliceState {
  /** Newest first; read when the store starts and whenever the library is shown. */
  setAside: SetAsideDesign[];
}

export interface SetAsideActions {
  /** Reads the list again (another tab, or this page's error boundary, may have set one aside since). */
  refreshSetAside(): void;
  /** Deletes one for good (the user asked to, after downloading it or deciding it is not needed). */
  discardSetAside(key: string): void;
}

export function createSetAsideSlice(
  set: SetState,
  _get: GetState,
  storages: readonly SetAsideStorage[],
): Slice<SetAsideSliceState, SetAsideActions> {
  const read = () => quarantined(...storages);
  return {
    setAside: read(),
    actions: {
      refreshSetAside: () => set({ setAside: read() }),
      discardSetAside: (key) => {
        discardQuarantined(key, ...storages);
        set({ setAside: read() });
      },
    },
  };
}
