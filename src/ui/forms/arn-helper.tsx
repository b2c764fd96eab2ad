// Builds an AWS integration URI from its parts (region, service, path or action), or a Lambda invoke URI from a
// function ARN, and writes it into the URI field. Starts from the parts of the current URI when it parses.
import { useId, useState } from 'react';
import { parseAwsIntegrationUri } from '../../model/aws-integration-uri.ts';
import { buildAwsUri, COMMON_REGIONS, COMMON_SERVICES, lambdaInvokeUri } from './aws-uri-builder.ts';
import { Datalist } from '../shared/key-value-editor.tsx';

interface Parts {
  region: string;
  service: string;
  kind: 'path' | 'action';
  serviceApi: string;
}

function partsOf(uri: string): Parts {
  const parsed = parseAwsIntegrationUri(uri);
  if ('error' in parsed || parsed.kind === 'stage-variable')
    return { region: 'us-east-1', service: 'lambda', kind: 'path', serviceApi: '' };
  const service = parsed.subdomain ? `${parsed.subdomain}.${parsed.service}` : parsed.service;
  return { region: parsed.region, service, kind: parsed.kind, serviceApi: parsed.serviceApi };
}

export function ArnHelper({ uri, onUri }: { uri: string; onUri: (uri: string) => void }) {
  const id = useId().replace(/:/g, '');
  const [parts, setParts] = useState<Parts>(() => partsOf(uri));
  const [functionArn, setFunctionArn] = useState('');
  const lambdaUri = lambdaInvokeUri(functionArn);
  const built = buildAwsUri(parts);
  const set = (patch: Partial<Parts>) => setParts((p) => ({ ...p, ...patch }));

  return (
    <details className="helper">
      <summary>Build the ARN (region, service, path or action)</summary>
      <div className="helper-body">
        <div className="field">
          <label htmlFor={`${id}-fn`}>Lambda function ARN</label>
          <input
            id={`${id}-fn`}
            value={functionArn}
            placeholder="arn:aws:lambda:us-east-1:123456789012:function:my-function"
            spellCheck={false}
            aria-describedby={`${id}-fn-hint`}
            onChange={(e) => setFunctionArn(e.target.value)}
          />
          <p className="field-hint" id={`${id}-fn-hint`}>
            {functionArn && !lambdaUri
              ? 'Not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME).'
              : 'Builds the Lambda invoke URI (always called with POST).'}
          </p>
          <button type="button" disabled={!lambdaUri} onClick={() => lambdaUri && onUri(lambdaUri)}>
            Use Lambda function
          </button>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-region`}>Region</label>
            <input
              id={`${id}-region`}
              value={parts.region}
              list={`${id}-regions`}
              onChange={(e) => set({ region: e.target.value })}
            />
            <Datalist id={`${id}-regions`} options={COMMON_REGIONS} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-service`}>Service</label>
            <input
              id={`${id}-service`}
              value={parts.service}
              list={`${id}-services`}
              onChange={(e) => set({ service: e.target.value })}
            />
            <Datalist id={`${id}-services`} options={COMMON_SERVICES.map((s) => s.service)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Path or action</label>
            <select
              id={`${id}-kind`}
              value={parts.kind}
              onChange={(e) => set({ kind: e.target.value as Parts['kind'] })}
            >
              <option value="path">path</option>
              <option value="action">action</option>
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-api`}>{parts.kind === 'path' ? 'Service path' : 'Action'}</label>
          <input
            id={`${id}-api`}
            value={parts.serviceApi}
            spellCheck={false}
            placeholder={
              COMMON_SERVICES.find((s) => s.service === parts.service && s.kind === parts.kind)?.example ?? ''
            }
            onChange={(e) => set({ serviceApi: e.target.value })}
          />
        </div>
        <p className="built-uri">
          <code>{built}</code>
        </p>
        <button
          type="button"
          disabled={!parts.region || !parts.service || !parts.serviceApi}
          onClick={() => onUri(built)}
        >
          Use this URI
        </button>
      </div>
    </details>
  );
}
