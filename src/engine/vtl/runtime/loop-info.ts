// `$foreach` inside a #foreach (Velocity 1.7 ForeachScope): index (0-based), count (1-based), hasNext, first, last,
// parent. Every AWS loop example uses `#if($foreach.hasNext),#end`.
import type { JValue, MethodResult } from '../java/values.ts';
import { HostObject, NO_SUCH_METHOD } from '../java/values.ts';

const GETTERS = new Map([
  ['getIndex', 'index'],
  ['getCount', 'count'],
  ['hasNext', 'hasNext'],
  ['getHasNext', 'hasNext'],
  ['isFirst', 'first'],
  ['isLast', 'last'],
  ['getFirst', 'first'],
  ['getLast', 'last'],
  ['getParent', 'parent'],
]);

export class LoopInfo extends HostObject {
  readonly javaClass = 'org.apache.velocity.runtime.directive.ForeachScope';
  index = 0;

  constructor(
    readonly size: number,
    readonly parent: JValue,
  ) {
    super();
  }

  override getProperty(name: string): JValue {
    switch (name) {
      case 'index':
        return this.index;
      case 'count':
        return this.index + 1;
      case 'hasNext':
        return this.index + 1 < this.size;
      case 'first':
        return this.index === 0;
      case 'last':
        return this.index + 1 === this.size;
      case 'parent':
        return this.parent;
      default:
        return undefined;
    }
  }

  override invoke(name: string, args: JValue[]): MethodResult {
    if (args.length) return NO_SUCH_METHOD;
    const prop = GETTERS.get(name);
    return prop ? this.getProperty(prop) : NO_SUCH_METHOD;
  }
}
