// Velocity 1.7 operators on Java values.
// - Arithmetic (MathUtils): Integer op Integer stays Integer (`7 / 2` is 3), a Double operand gives a Double
//   (`1.5 * 2` is 3.0); a null or non-number operand, or division by zero, gives null.
// - `+` with a String on either side concatenates (ASTAddNode); a null side counts as "" (AWS prints null as "").
// - `<`, `>`, `<=`, `>=` compare numbers; anything else is false (Velocity logs an error and returns false).
// - `==`/`!=`: see velocityEquals (numbers by value, toString() across classes, null equal to "" on AWS).
import { velocityEquals } from '../java/equality.ts';
import type { ArithmeticOperator } from '../java/number.ts';
import { compareJavaNumbers, JavaDouble, javaArithmetic, numberValue } from '../java/number.ts';
import { renderValue } from '../java/to-string.ts';
import type { JValue } from '../java/values.ts';
import { isJavaNumberValue, isTruthy } from '../java/values.ts';
import type { Budget } from './limits.ts';

export function evalUnary(op: 'not' | 'minus', v: JValue): JValue {
  if (op === 'not') return !isTruthy(v);
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return -v;
  if (v instanceof JavaDouble) return new JavaDouble(-v.value);
  return null;
}

export function evalBinary(op: string, l: JValue, r: JValue, budget: Budget): JValue {
  switch (op) {
    case '==':
      return velocityEquals(l, r);
    case '!=':
      return !velocityEquals(l, r);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      if (!isJavaNumberValue(l) || !isJavaNumberValue(r)) return false;
      const c = compareJavaNumbers(l, r);
      return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    case '+': {
      if (typeof l !== 'string' && typeof r !== 'string') return arithmetic(op, l, r);
      const a = renderValue(l);
      const b = renderValue(r);
      budget.checkLength(a.length + b.length); // before concatenating
      return a + b;
    }
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(op, l, r);
    default:
      return null;
  }
}

function arithmetic(op: string, l: JValue, r: JValue): JValue {
  return isJavaNumberValue(l) && isJavaNumberValue(r) ? javaArithmetic(op as ArithmeticOperator, l, r) : null;
}

/** `[a..b]`: integers from a to b inclusive, counting down when b < a; operands must be numbers. */
export function rangeOf(from: JValue, to: JValue, budget: Budget): JValue {
  if (!isJavaNumberValue(from) || !isJavaNumberValue(to)) return null;
  const a = Math.trunc(numberValue(from));
  const b = Math.trunc(numberValue(to));
  const size = Math.abs(b - a) + 1;
  budget.charge(size);
  const step = a <= b ? 1 : -1;
  const out: JValue[] = new Array(size);
  for (let i = 0; i < size; i++) out[i] = a + i * step;
  return out;
}
