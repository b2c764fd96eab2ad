// The words of the mock-backend status line, from where the mocks run (the page's mode) and how the last run's
// backend call was actually answered (the engine worker's report).
import type { BackendRoute, MockBackendMode } from '../../mocks/mock-answer.ts';

export interface MockStatus {
  text: string;
  detail: string | null;
  warning: boolean;
}

export function mockStatusText(
  mode: MockBackendMode | 'starting',
  reason: string | null,
  route: BackendRoute,
  live: boolean,
): MockStatus {
  if (live)
    return {
      text: 'Backend: LIVE — requests go to the real endpoints',
      detail: 'backend.live is on: requests leave this machine',
      warning: true,
    };
  if (mode === 'starting') return { text: 'Mock backends: starting…', detail: null, warning: false };
  if (mode === 'service-worker' && route === 'in-process') {
    return {
      text: "Mock backends: in-page (the engine's requests did not reach the service worker)",
      detail: null,
      warning: false,
    };
  }
  if (route === 'network') {
    return {
      text: 'Mock backends: the last request was NOT answered by a mock',
      detail: 'it went to the network although backend.live is off',
      warning: true,
    };
  }
  if (mode === 'service-worker')
    return {
      text: 'Mock backends: service worker',
      detail: "MSW's service worker answers the engine's fetches",
      warning: false,
    };
  return { text: `Mock backends: in-page${reason ? ` (${reason})` : ''}`, detail: null, warning: false };
}
