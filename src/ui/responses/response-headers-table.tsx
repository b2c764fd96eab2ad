// The headers a method response declares: method.response.header.NAME → required.
import { RequiredNamesTable } from '../shared/required-names-table.tsx';

const PREFIX = 'method.response.header.';

export function ResponseHeadersTable({
  path,
  parameters,
  onChange,
}: {
  path: string;
  parameters: Record<string, boolean> | undefined;
  onChange: (p: Record<string, boolean>) => void;
}) {
  return (
    <RequiredNamesTable
      caption="Response headers"
      captionId={`${path.replace(/[^A-Za-z0-9_-]+/g, '-')}-caption`}
      className="kv-editor"
      path={path}
      keyOf={(_location, name) => `${PREFIX}${name}`}
      parseKey={(key) => ({ location: '', name: key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key })}
      nameHeader="Header name"
      nameLabel="Header name"
      placeholder="X-Request-Id"
      noun="response header"
      record={parameters}
      onChange={onChange}
    />
  );
}
