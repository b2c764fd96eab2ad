// responseParameters targets the method response does not declare (API Gateway rejects such a mapping; the model's
// validation reports it), offered as a one-click "declare" fix.
import { isParseError, parseResponseMappingTarget } from '../../model/mapping-expression.ts';
import type { MethodResponse } from '../../model/types.ts';

export function undeclaredTargets(
  parameters: Record<string, string> | undefined,
  methodResponse: MethodResponse,
): string[] {
  const declared = methodResponse.responseParameters ?? {};
  return Object.keys(parameters ?? {}).filter(
    (target) => !(target in declared) && !isParseError(parseResponseMappingTarget(target)),
  );
}
