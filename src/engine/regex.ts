// The engine's Java regular expressions for code outside the Velocity runtime (the design validator checks
// selectionPatterns with the same compiler the engine matches them with: one translator, docs/limits.md).
// A small pure module rather than the engine's index, so the model does not load the whole engine to use it.
export { compileJavaRegex, JavaRegexError, translateJavaRegex } from './vtl/java/regex.ts';
export type { JavaPattern, JavaRegexTranslation } from './vtl/java/regex.ts';
