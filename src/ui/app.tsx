// The app shell. For now: the current design and its validation problems (the designer panels come next).
import { useMemo } from 'react';
import { defaultDesign, validateDesign } from '../model/index.ts';

export function App() {
  const design = useMemo(() => defaultDesign(), []);
  const problems = useMemo(() => validateDesign(design), [design]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Integration Designer</h1>
        <span className="design-name">{design.name}</span>
      </header>
      <main className="app-main">
        <section aria-labelledby="summary-heading" className="panel">
          <h2 id="summary-heading">Integration</h2>
          <dl className="summary">
            <dt>Method</dt>
            <dd>
              {design.method.httpMethod} {design.method.resourcePath}
            </dd>
            <dt>Type</dt>
            <dd>{design.integration.type}</dd>
            {design.integration.uri ? (
              <>
                <dt>URI</dt>
                <dd>
                  <code>{design.integration.uri}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="problems-heading" className="panel">
          <h2 id="problems-heading">Validation</h2>
          {problems.length === 0 ? (
            <p role="status">No problems: API Gateway would accept this integration.</p>
          ) : (
            <ul aria-label="Validation problems">
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
