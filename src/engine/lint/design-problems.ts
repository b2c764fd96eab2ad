// Everything wrong with a design, in one list of `path: message` problems: API Gateway's rules (the model's
// validateDesign), plus what only the engine can tell — templates that do not compile (line and column), and sample
// bodies marked base64 that are not base64 (the engine's own decoder decides). The Validation panel, `validate` and the
// commands that run or export a design all count these same problems.
import type { Design, Problem } from '../../model/types.ts';
import { validateDesign } from '../../model/validate/index.ts';
import { sampleBodyProblems } from './sample-bodies.ts';
import { templateSyntaxProblems } from './template-syntax.ts';

export function designProblems(design: Design): Problem[] {
  return [...validateDesign(design), ...templateSyntaxProblems(design), ...sampleBodyProblems(design)];
}
