// One line saying where the mock backends answer (in the engine worker), and a warning when the design sends
// requests to the real endpoints, or when a request was not answered by a mock.
import { useDesigner } from '../../store/hooks.tsx';
import { mockStatusText } from './mock-status-text.ts';

export function MockBackendStatus() {
  const { route, live } = useDesigner((s) => ({
    route: s.preview.run?.backendRoute ?? null,
    live: s.design.backend?.live === true,
  }));
  const status = mockStatusText(route, live);
  return (
    <p className={`mock-status${status.warning ? ' mock-status-warning' : ''}`} title={status.detail ?? undefined}>
      {status.text}
    </p>
  );
}
