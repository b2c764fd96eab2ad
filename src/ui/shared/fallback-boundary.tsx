// Shows `fallback` instead of its children once they fail to render (a lazy chunk that cannot load, an editor that
// throws): the rest of the page keeps working.
import { Component, type ReactNode } from 'react';

export class FallbackBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
