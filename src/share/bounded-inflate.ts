// Inflates raw DEFLATE data with a cap on the output, checked as the output grows, so that a tiny hostile link cannot
// expand into gigabytes (a "decompression bomb"): deflate reaches about 1000:1.
import { Inflate } from 'fflate';

export class InflateLimitError extends Error {}

const INPUT_CHUNK = 1024;

export function boundedInflate(data: Uint8Array, maxOutput: number, dictionary?: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new InflateLimitError(`over ${maxOutput} bytes`);
    chunks.push(chunk);
  });
  // Fed in small pieces: each piece can produce at most ~1 MB, so the cap is never overshot by much.
  for (let i = 0; i < data.length; i += INPUT_CHUNK) {
    inflate.push(data.subarray(i, i + INPUT_CHUNK), i + INPUT_CHUNK >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
