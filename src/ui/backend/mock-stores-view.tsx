// What the mock session's in-memory stores hold after the runs (read-only): S3 objects put or deleted, DynamoDB
// items written or deleted, and the messages, notifications, executions and events the mocks received.
import type { ReactNode } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { isEmptySnapshot } from '../../mocks/mock-stores-snapshot.ts';

export function MockStoresView() {
  const stores = useDesigner((s) => s.mocks.stores);
  const { clearMockStores } = useActions();
  const empty = isEmptySnapshot(stores);
  return (
    <section className="mock-stores" aria-label="Mock stores">
      <div className="panel-heading">
        <h3>What the mocks hold after the runs</h3>
        <button type="button" disabled={empty} onClick={clearMockStores}>
          Clear
        </button>
      </div>
      {empty ? <p className="empty">Nothing written yet: reads see the seed above.</p> : null}
      {stores.s3.length ? (
        <List title="S3 objects written">
          {stores.s3.map((o) => (
            <li key={o.key}>
              <code>{o.key}</code>{' '}
              {o.deleted
                ? '(deleted)'
                : `${o.contentType ?? ''}, ${o.size} bytes${o.preview !== undefined ? `: ${o.preview}` : ''}`}
            </li>
          ))}
        </List>
      ) : null}
      {stores.dynamodb.map((t) => (
        <List key={t.table} title={`DynamoDB ${t.table}: items written`}>
          {t.items.map((i) => (
            <li key={i.key}>
              <code>{i.item ? JSON.stringify(i.item) : `${i.key} (deleted)`}</code>
            </li>
          ))}
        </List>
      ))}
      {stores.sqs.length ? (
        <List title="SQS messages sent">
          {stores.sqs.map((m) => (
            <li key={m.messageId}>
              <code>{m.queueUrl}</code>: {m.body}
            </li>
          ))}
        </List>
      ) : null}
      {stores.sns.length ? (
        <List title="SNS messages published">
          {stores.sns.map((m) => (
            <li key={m.messageId}>
              <code>{m.topicArn}</code>: {m.subject ? `${m.subject} — ` : ''}
              {m.message}
            </li>
          ))}
        </List>
      ) : null}
      {stores.executions.length ? (
        <List title="Step Functions executions started">
          {stores.executions.map((e) => (
            <li key={e.executionArn}>
              <code>{e.stateMachineArn}</code>: {e.input}
            </li>
          ))}
        </List>
      ) : null}
      {stores.events.length ? (
        <List title="EventBridge events put">
          {stores.events.map((e) => (
            <li key={e.eventId}>
              <code>{JSON.stringify(e.entry)}</code>
            </li>
          ))}
        </List>
      ) : null}
    </section>
  );
}

function List({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h4>{title}</h4>
      <ul className="store-list" aria-label={title}>
        {children}
      </ul>
    </>
  );
}
