// The words of the mock-backend status line, from the design (backend.live) and how the last run's backend call was
// actually answered (the engine worker's report).
import type { BackendRoute } from '../../worker/protocol.ts';

export interface MockStatus {
  text: string;
  detail: string | null;
  warning: boolean;
}

export function mockStatusText(route: BackendRoute, live: boolean): MockStatus {
  if (live)
    return {
      text: 'Backend: LIVE — requests go to the real endpoints',
      detail: 'backend.live is on: requests leave this machine',
      warning: true,
    };
  if (route === 'network') {
    return {
      text: 'Mock backends: the last request was NOT answered by a mock',
      detail: 'it went to the network although backend.live is off',
      warning: true,
    };
  }
  return {
    text: 'Mock backends: in the engine worker',
    detail: "MSW's handlers answer the engine's backend calls in its Web Worker; nothing is sent to the network",
    warning: false,
  };
}
