// The engine worker's first script: a few lines that finish evaluating as soon as the worker starts, then the engine
// (engine-worker.ts, the largest chunk the page uses) as a chunk of its own, loaded by the worker itself.
// Why: Chromium holds the messages a page posts to a dedicated worker until the page's own thread has been told that
// the worker's top-level script finished evaluating. With the whole engine as that script, the page's first run
// reached the worker only at the first free moment of the page's thread after the engine had loaded — while that
// thread was evaluating the app and rendering it (a trace at load ~6: the worker idle 60–190 ms, the run waiting).
// This script is evaluated at once, so the run is forwarded before the page gets busy, and the worker starts it the
// moment the engine has loaded, whatever the page's thread is doing.
import { holdUntilLoaded, type MessageScope } from './hold-until-loaded.ts';

void holdUntilLoaded(self as unknown as MessageScope<MessageEvent>, () => import('./engine-worker.ts'));
