// The mock backend: what the backend answers while you design, per integration type (HTTP answer or echo; Lambda
// result or error; AWS service seeds and stores), the delay, the live switch, and where the mocks run.
import { useDesigner } from '../../store/hooks.tsx';
import { AwsServiceBackendEditor } from './aws-service-backend-editor.tsx';
import { backendEditorKind } from './backend-edits.ts';
import { HttpBackendEditor } from './http-backend-editor.tsx';
import { LambdaBackendEditor } from './lambda-backend-editor.tsx';
import { LiveSwitch } from './live-switch.tsx';
import { MockBackendStatus } from './mock-backend-status.tsx';

export function MockBackendPanel() {
  const kind = useDesigner((s) => backendEditorKind(s.design.integration));
  return (
    <section className="panel backend-panel" aria-labelledby="backend-heading">
      <div className="panel-heading">
        <h2 id="backend-heading">Mock backend</h2>
        <MockBackendStatus />
      </div>
      {kind === 'http' ? <HttpBackendEditor /> : null}
      {kind === 'lambda' ? <LambdaBackendEditor /> : null}
      {kind === 'aws-service' ? <AwsServiceBackendEditor /> : null}
      {kind === 'none' ? (
        <p className="note">A MOCK integration calls no backend: API Gateway answers itself.</p>
      ) : null}
      {kind !== 'none' ? <LiveSwitch /> : null}
    </section>
  );
}
