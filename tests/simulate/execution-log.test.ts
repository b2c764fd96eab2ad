import { describe, expect, it } from 'vitest';
import {
  ExecutionLog,
  formatLogTimestamp,
  javaMapString,
  LOG_MESSAGE_LIMIT,
  logBody,
  truncateLogMessage,
} from '../../src/engine/log/execution-log.ts';

// Layout of real test-invoke logs, e.g. "Tue Jun 11 03:30:06 UTC 2024 : Method request path: {}" and the DG example
// "Tue Feb 04 00:28:36 UTC 2025 : Method request headers: {puppies=true}"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html).
describe('execution log format', () => {
  it.each([
    [Date.UTC(2024, 5, 11, 3, 30, 6), 'Tue Jun 11 03:30:06 UTC 2024'],
    [Date.UTC(2025, 1, 4, 0, 28, 36), 'Tue Feb 04 00:28:36 UTC 2025'],
    [Date.UTC(2026, 0, 1), 'Thu Jan 01 00:00:00 UTC 2026'],
  ])('timestamp %s -> %s (Java Date.toString in UTC)', (ms, text) =>
    expect(formatLogTimestamp(new Date(ms))).toBe(text),
  );

  it('maps print as Java maps', () => {
    expect(javaMapString({})).toBe('{}');
    expect(javaMapString({ puppies: 'true' })).toBe('{puppies=true}');
    expect(javaMapString({ petId: '42', tag: ['a', 'b'] })).toBe('{petId=42, tag=a,b}');
  });

  it.each([10, LOG_MESSAGE_LIMIT - 40, LOG_MESSAGE_LIMIT, LOG_MESSAGE_LIMIT + 1, 3 * LOG_MESSAGE_LIMIT, 1_000_000])(
    'a %s-character body logs as the whole body would, once cut',
    (length) => {
      const body = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
      const line = (b: string) => truncateLogMessage(`Method request body before transformations: ${b}`);
      expect(line(logBody(body, false))).toBe(line(body));
    },
  );

  it('a message over 1024 characters is cut and marked [TRUNCATED] (measured on a real log)', () => {
    const body = 'x'.repeat(2000);
    expect(truncateLogMessage(body)).toBe(`${'x'.repeat(LOG_MESSAGE_LIMIT)} [TRUNCATED]`);
    expect(truncateLogMessage('short')).toBe('short');
  });

  it('starts with the request id line and stamps every other line', () => {
    const log = new ExecutionLog('req-1', new Date(Date.UTC(2026, 0, 1)));
    log.add('Starting execution for request: req-1');
    expect(log.lines).toEqual([
      'Execution log for request req-1',
      'Thu Jan 01 00:00:00 UTC 2026 : Starting execution for request: req-1',
    ]);
  });
});
