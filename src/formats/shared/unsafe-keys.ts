// Keys that, copied into a JavaScript object with assignment or merged naively, change its prototype or behaviour.
// Designs never need them, so files and links that carry them are refused rather than cleaned.
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
