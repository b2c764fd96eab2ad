// One line saying where the mock backends answer: behind MSW's service worker (the engine's fetch is intercepted),
// or in-page (in-process, when service workers are unavailable), with the reason. And a warning when the design
// sends requests to the real endpoints.
import { useDesigner } from '../../store/hooks.tsx';
import { mockStatusText } from './mock-status-text.ts';

export function MockBackendStatus() {
  const { mode, reason, route, live } = useDesigner((s) => ({
    mode: s.mocks.mode,
    reason: s.mocks.reason,
    route: s.preview.run?.backendRoute ?? null,
    live: s.design.backend?.live === true,
  }));
  const status = mockStatusText(mode, reason, route, live);
  return (
    <p className={`mock-status${status.warning ? ' mock-status-warning' : ''}`} title={status.detail ?? undefined}>
      {status.text}
    </p>
  );
}
