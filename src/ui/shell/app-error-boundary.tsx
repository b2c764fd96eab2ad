// The last line of defence: whatever state the designer restores or receives, the page renders. When any part of the
// designer throws while rendering, this boundary sets the open design aside (quarantine.ts: kept in this browser,
// never deleted), opens a fresh design in its place (so a reload or a new tab works again), and shows the recovery
// screen: what was wrong (`path: message`, never a stack), the saved designs, and a fresh design.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { defaultDesign } from '../../model/defaults.ts';
import { serializeDesign } from '../../model/serialize.ts';
import { quarantine } from '../../store/quarantine.ts';
import type { DesignerStore } from '../../store/store-types.ts';
import { crashReport } from './crash-report.ts';
import { RecoveryScreen } from './recovery-screen.tsx';

interface Props {
  store: DesignerStore;
  children: ReactNode;
}

interface State {
  report: string[] | null;
  setAside: boolean;
}

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function rawOf(design: unknown): string {
  try {
    return serializeDesign(design as Parameters<typeof serializeDesign>[0]);
  } catch {
    try {
      return JSON.stringify(design) ?? 'null';
    } catch {
      return 'null'; // not serializable at all: nothing more can be kept
    }
  }
}

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { report: null, setAside: false };

  static getDerivedStateFromError(): Partial<State> {
    return { report: [] };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const { store } = this.props;
    const design = store.getState().design;
    const report = crashReport(design, error);
    const key = quarantine(browserStorage(), rawOf(design), report.join('; '));
    this.setState({ report, setAside: key !== null });
    // The design that broke the page is replaced at once, so that a reload (or another tab) starts from a working
    // design; the broken one was set aside above, and the library keeps its saved copy.
    void store.getState().actions.newDesign(defaultDesign());
  }

  private readonly recovered = () => this.setState({ report: null, setAside: false });

  override render(): ReactNode {
    if (this.state.report === null) return this.props.children;
    return <RecoveryScreen report={this.state.report} setAside={this.state.setAside} onRecovered={this.recovered} />;
  }
}
