// A new $util function has one home for its behaviour (FUNCTIONS in src/engine/vtl/aws/util-object.ts) and one for
// its editor documentation (UTIL_MEMBERS in the template editor's catalog); this keeps the two lists equal, so adding
// one without the other fails here (docs/architecture.md#new-util-function).
import { describe, expect, it } from 'vitest';
import { UTIL_FUNCTION_NAMES } from '../../src/engine/vtl/aws/util-object.ts';
import { UTIL_MEMBERS } from '../../src/ui/templates/velocity-language/catalog.ts';

describe('$util: the engine and the editor catalog name the same functions', () => {
  it('documents every function the engine implements, and no other', () => {
    expect(UTIL_MEMBERS.map((m) => m.name).sort()).toEqual([...UTIL_FUNCTION_NAMES].sort());
  });

  it('has the six functions API Gateway documents (DG api-gateway-mapping-template-reference)', () => {
    expect([...UTIL_FUNCTION_NAMES].sort()).toEqual([
      'base64Decode',
      'base64Encode',
      'escapeJavaScript',
      'parseJson',
      'urlDecode',
      'urlEncode',
    ]);
  });
});
