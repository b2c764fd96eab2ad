// `export <design.json> --into <api-file>`: the design's method written back into the CloudFormation/SAM template or
// OpenAPI document that declares it, in place (writeBackApi), the file replaced atomically. Exit 0 written (or
// nothing to change), 1 refused with the reason (a method the file does not have, a SAM-generated one), 2 unreadable.
import { dirname, join } from 'node:path';
import { methodKey } from '../formats/api-definition/read-api-designs.ts';
import { writeBackApi } from '../formats/api-definition/write-back.ts';
import type { Design } from '../model/types.ts';
import { reportInputError, type CliIo } from './io.ts';
import { replaceFile } from './replace-file.ts';

export function exportInto(io: CliIo, design: Design, file: string): number {
  let text: string;
  try {
    text = io.readText(file);
  } catch (e) {
    return reportInputError(io, e);
  }
  const key = methodKey(design.method.httpMethod, design.method.resourcePath);
  const result = writeBackApi(text, new Map([[key, design]]), {
    readFile: (path) => io.readText(join(dirname(file), path)),
  });
  if (!result.ok) {
    io.err(`${file}: ${result.error}\n`);
    return 1;
  }
  for (const note of result.notes) io.err(`note: ${note}\n`);
  if (result.text === text) {
    io.err(`${file}: ${key} already says all this; not written\n`);
    return 0;
  }
  replaceFile(file, result.text);
  io.err(`${file}: ${key} written\n`);
  return 0;
}
