// What the error boundary shows instead of the designer: what was wrong, then the way out — a saved design, or a
// fresh one. It reads the store only for the list of saved designs, so it renders even when the design does not.
import { useEffect } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { emptyDesign } from './app-header.tsx';

interface Props {
  report: string[];
  setAside: boolean;
  onRecovered: () => void;
}

export function RecoveryScreen({ report, setAside, onRecovered }: Props) {
  const entries = useDesigner((s) => s.library.entries);
  const { showLibrary, openSaved, newDesign } = useActions();
  useEffect(() => {
    showLibrary(true);
    return () => showLibrary(false);
  }, [showLibrary]);
  return (
    <main className="recovery" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">The designer could not show this design</h1>
      <div role="alert">
        <p>What was wrong:</p>
        <ul aria-label="What was wrong">
          {report.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
        <p>
          {setAside
            ? 'The design was set aside in this browser (not deleted), and your saved designs are untouched.'
            : 'Your saved designs are untouched.'}
        </p>
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void newDesign(emptyDesign()).then(onRecovered)}>
          Start a fresh design
        </button>
      </div>
      <h2>Your saved designs</h2>
      {entries.length ? (
        <ul className="library-list" aria-label="Your saved designs">
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => void openSaved(entry.id).then(onRecovered)}>
                Open {entry.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No saved designs yet.</p>
      )}
    </main>
  );
}
