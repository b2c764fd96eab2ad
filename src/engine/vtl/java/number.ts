// Java numbers as API Gateway's Velocity sees them. Java tells Integer/Long (printed `3`) from Double (printed `3.0`),
// JavaScript does not, so a Java Double is boxed in `JavaDouble` and every plain JS number is an integral Java number.
// Sources: Velocity 1.7 MathUtils (integer arithmetic stays integral, `7 / 2` is 3, a Double operand makes a Double,
// division by zero gives null) and java.lang.Double.toString for printing (`1.0`, `1.0E7`, `1.0E-4`).

/** A java.lang.Double (or Float/BigDecimal from JSON: all print through Double.toString here). */
export class JavaDouble {
  constructor(readonly value: number) {}
}

/** Integer/Long as a JS number; integers beyond 2^53 from JSON (Long/BigInteger in Java) as a bigint. */
export type JavaNumber = number | bigint | JavaDouble;

export function numberValue(v: JavaNumber): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v.value;
}

/** java.lang.Double.toString: plain notation for 1e-3 <= |d| < 1e7, else computerized scientific notation. */
export function formatJavaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs0 = d < 0 ? -d : d;
  if (abs0 >= 1e-3 && abs0 < 1e7) {
    // JS prints this range in plain notation with the same shortest digits; Java always shows a fraction.
    const plain = `${d}`;
    return plain.includes('.') ? plain : `${plain}.0`;
  }
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  // Shortest digits that identify the double (same digits as Java 19+'s Double.toString).
  const [mantissa, expText] = abs.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1) || '0';
      return `${sign}${intPart}.${frac}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const frac = digits.slice(1) || '0';
  return `${sign}${digits[0]}.${frac}E${exp}`;
}

/** Integer/Long/BigInteger printing: always all digits, never JS's `1e+21`. */
export function formatJavaInteger(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return formatJavaDouble(n);
  return BigInt(Math.trunc(n)).toString();
}

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

/**
 * Velocity 1.7 arithmetic on two numbers: integral operands stay integral (division truncates toward zero, as Java's),
 * any Double operand makes a Double; division or modulo by zero yields null (Velocity logs it and returns null).
 */
export function javaArithmetic(op: ArithmeticOperator, a: JavaNumber, b: JavaNumber): JavaNumber | null {
  const integral = !(a instanceof JavaDouble) && !(b instanceof JavaDouble);
  const x = numberValue(a);
  const y = numberValue(b);
  if ((op === '/' || op === '%') && y === 0 && integral) return null;
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      r = integral ? Math.trunc(x / y) : x / y;
      break;
    case '%':
      r = x % y;
      break;
  }
  if (integral) return r === 0 ? 0 : r; // no -0 for integers
  if (y === 0 && (op === '/' || op === '%')) return null;
  return new JavaDouble(r);
}

/** Numeric comparison across Integer and Double (Velocity compares Numbers by value, whatever their class). */
export function compareJavaNumbers(a: JavaNumber, b: JavaNumber): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = numberValue(a);
  const y = numberValue(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
