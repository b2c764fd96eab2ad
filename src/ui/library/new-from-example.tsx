// "New from example": a dialog listing the designs of examples/ (Lambda, S3, SQS, DynamoDB, Step Functions,
// EventBridge, HTTP, MOCK CORS); choosing one opens a copy of it as a new design, its samples ready to run. The list
// is loaded when the dialog opens, so the examples cost the first page load nothing.
import { useState } from 'react';
import { useActions } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import type { ExampleDesign } from './example-designs.ts';

type Loaded = { kind: 'loading' } | { kind: 'ready'; examples: ExampleDesign[] } | { kind: 'failed'; message: string };

export function NewFromExample() {
  const { newDesign } = useActions();
  const [state, setState] = useState<Loaded | null>(null);
  const open = () => {
    setState({ kind: 'loading' });
    import('./example-designs.ts').then(
      (m) => setState({ kind: 'ready', examples: m.EXAMPLE_DESIGNS }),
      (e: Error) => setState({ kind: 'failed', message: `The examples could not be loaded: ${e.message}` }),
    );
  };
  const choose = (example: ExampleDesign) => {
    setState(null);
    void newDesign(structuredClone(example.design));
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={open}>
        New from example
      </button>
      {state ? (
        <ModalDialog title="New from example" onClose={() => setState(null)} className="examples-dialog">
          {state.kind === 'loading' ? <p role="status">Loading the examples…</p> : null}
          {state.kind === 'failed' ? <p role="alert">{state.message}</p> : null}
          {state.kind === 'ready' ? (
            <>
              <p className="note">
                Opens a copy as a new design, with samples that test it. The same files are in the repository's
                examples/ folder for the command line.
              </p>
              <ul className="example-list" aria-label="Examples">
                {state.examples.map((example) => (
                  <li key={example.id}>
                    <button type="button" onClick={() => choose(example)} aria-describedby={`example-${example.id}`}>
                      {example.name}
                    </button>{' '}
                    <span className="note" id={`example-${example.id}`}>
                      {example.summary}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </ModalDialog>
      ) : null}
    </>
  );
}
