// The method's declared request parameters: location, name and whether the client must send it.
// Path parameters come from the resource path; declaring them is allowed but not needed.
import { RequiredNamesTable } from '../shared/required-names-table.tsx';

const LOCATIONS = ['querystring', 'header', 'path', 'multivaluequerystring', 'multivalueheader'] as const;

function parseKey(key: string): { location: string; name: string } {
  const m = /^method\.request\.([a-z]+)\.(.*)$/.exec(key);
  return { location: m?.[1] ?? 'querystring', name: m?.[2] ?? key };
}

export function DeclaredParametersTable({
  parameters,
  onChange,
}: {
  parameters: Record<string, boolean> | undefined;
  onChange: (parameters: Record<string, boolean>) => void;
}) {
  return (
    <RequiredNamesTable
      caption="Method request parameters"
      captionId="declared-parameters-caption"
      className="field kv-editor"
      path="method.requestParameters"
      keyOf={(location, name) => `method.request.${location}.${name}`}
      parseKey={parseKey}
      locations={LOCATIONS}
      nameHeader="Name"
      nameLabel="Parameter name"
      noun="method parameter"
      record={parameters}
      onChange={onChange}
    />
  );
}
