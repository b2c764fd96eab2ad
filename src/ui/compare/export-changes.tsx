// "Export changes": the calls that make the live method go from Before to After, as an AWS CLI script and as a JSON
// array (computed by formats/patch), each with Copy and Download, and what to fill in before running them.
// https://docs.aws.amazon.com/cli/latest/reference/apigateway/update-integration.html
import { useId } from 'react';
import type { DesignComparison } from '../../formats/patch/index.ts';
import { slugify } from '../../formats/shared/values.ts';
import type { Design } from '../../model/types.ts';
import { CopyDownload } from '../export/copy-download.tsx';
import { withTextKeys } from '../shared/text-keys.ts';

interface OutputProps {
  title: string;
  text: string;
  fileName: string;
  mediaType: string;
  /** What the Copy and Download buttons name ("the script"). */
  subject: string;
}

function Output({ title, text, fileName, mediaType, subject }: OutputProps) {
  const id = useId();
  return (
    <div className="compare-output">
      <h4 id={id}>{title}</h4>
      <textarea
        readOnly
        aria-labelledby={id}
        value={text}
        rows={10}
        wrap="off"
        spellCheck={false}
        className="export-text"
      />
      <CopyDownload text={text} fileName={fileName} mediaType={mediaType} subject={subject} />
    </div>
  );
}

export function ExportChanges({ comparison, after }: { comparison: DesignComparison; after: Design }) {
  const id = useId();
  const { calls, warnings, script, json } = comparison;
  const base = `${slugify(after.name)}-changes`;
  return (
    <section aria-labelledby={id} className="compare-export">
      <h3 id={id}>Export changes</h3>
      <p>
        {calls.length === 0
          ? 'Nothing to apply: API Gateway stores the same method for both versions.'
          : `${calls.length} API Gateway ${calls.length === 1 ? 'call applies' : 'calls apply'} these changes to the live method, in order, without recreating it.`}
      </p>
      {warnings.length ? (
        <ul className="export-warnings" aria-label="What the calls cannot do">
          {withTextKeys(warnings).map(({ key, item }) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
      ) : null}
      <p className="note">
        The ids are left for you to fill in: set <code>REST_API_ID</code> to your REST API's id (
        <code>aws apigateway get-rest-apis</code>) and <code>RESOURCE_ID</code> to the id of the resource{' '}
        <code>{after.method.resourcePath}</code> (<code>aws apigateway get-resources</code>), in the environment or at
        the top of the script. Each JSON call takes them as <code>restApiId</code> and <code>resourceId</code>, with{' '}
        <code>httpMethod</code> <code>{after.method.httpMethod}</code>. Then deploy the API to a stage to make the
        changes live.
      </p>
      <Output
        title="AWS CLI script"
        text={script}
        fileName={`${base}.sh`}
        mediaType="text/x-shellscript"
        subject="the script"
      />
      <Output
        title="JSON calls"
        text={json}
        fileName={`${base}.json`}
        mediaType="application/json"
        subject="the JSON"
      />
    </section>
  );
}
