// "The template produced invalid JSON for sample 'missing name' at line 7 ...": the run's output problems as the
// engine described them (trace.outputProblems, described by the engine's describeOutputProblem; never re-derived).
import { describeOutputProblem, type TraceOutputProblem } from '../../engine/index.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { selectedSampleIndex } from '../../store/samples-slice.ts';

export function OutputProblemsView({ problems }: { problems: readonly TraceOutputProblem[] }) {
  const sampleName = useDesigner((s) => s.design.samples[selectedSampleIndex(s)]?.name);
  return (
    <section className="error-box" aria-label="Invalid output">
      <ul className="output-problems">
        {problems.map((p) => {
          const text = describeOutputProblem(p, sampleName);
          return <li key={`${p.stage}:${p.kind}:${text}`}>{text}</li>;
        })}
      </ul>
    </section>
  );
}
