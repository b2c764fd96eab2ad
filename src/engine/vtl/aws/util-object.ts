// $util: exactly the six functions API Gateway documents (DG api-gateway-mapping-template-reference). Calling any
// other name yields null and the render goes on (re:Post: "calling a non-existent $util function produces no error").
// Each takes a java.lang.String: a null argument gives null, any other type finds no method (null), as Velocity's
// method lookup would.
import { VtlRuntimeError } from '../errors.ts';
import type { JValue, MethodResult } from '../java/values.ts';
import { HostObject, NO_SUCH_METHOD } from '../java/values.ts';
import { JsonSyntaxError, parsePayload } from '../json/json-parse.ts';
import type { Budget } from '../runtime/limits.ts';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './util-codecs.ts';

const FUNCTIONS = new Map<string, (s: string) => JValue>([
  ['escapeJavaScript', escapeJavaScript],
  ['urlEncode', urlEncode],
  ['urlDecode', urlDecode],
  ['base64Encode', base64Encode],
  ['base64Decode', base64Decode],
  [
    'parseJson',
    (s) => {
      try {
        return parsePayload(s);
      } catch (e) {
        if (e instanceof JsonSyntaxError)
          throw new VtlRuntimeError('runtime', `$util.parseJson: not valid JSON (${e.message})`);
        throw e;
      }
    },
  ],
]);

/**
 * The names of the $util functions; the template editor's catalog documents exactly these (a test keeps them equal).
 */
export const UTIL_FUNCTION_NAMES: readonly string[] = [...FUNCTIONS.keys()];

export class UtilObject extends HostObject {
  readonly javaClass = 'Util';

  constructor(private readonly budget: Budget) {
    super();
  }

  override invoke(name: string, args: JValue[]): MethodResult {
    const fn = FUNCTIONS.get(name);
    if (!fn || args.length !== 1) return NO_SUCH_METHOD;
    const [arg] = args;
    if (arg === null || arg === undefined) return null;
    if (typeof arg !== 'string') return NO_SUCH_METHOD;
    const result = fn(arg);
    if (typeof result === 'string') this.budget.checkLength(result.length);
    return result;
  }
}
