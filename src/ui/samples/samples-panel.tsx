// Sample requests: the list of named samples and the editor of the selected one.
import { useDesigner } from '../../store/hooks.tsx';
import { selectedSampleIndex } from '../../store/samples-slice.ts';
import { SampleEditor } from './sample-editor.tsx';
import { SampleList } from './sample-list.tsx';

export function SamplesPanel() {
  const index = useDesigner(selectedSampleIndex);
  return (
    <section className="panel samples-panel" aria-labelledby="samples-heading">
      <div className="panel-heading">
        <h2 id="samples-heading">Sample request</h2>
      </div>
      <SampleList />
      {/* Keyed by sample so row editors and JSON drafts start fresh for each sample. */}
      <SampleEditor key={index} />
    </section>
  );
}
