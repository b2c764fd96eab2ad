// One mock-backend session: the in-memory AWS stores (S3 objects put, DynamoDB items put, messages sent) that persist
// across simulate calls, plus the clock and id source the handlers stamp answers with. Deterministic sessions (tests,
// `--deterministic`, `integration-designer test`) give the same ids and dates on every run.
import { MockStores } from './mock-stores.ts';

export interface MockSessionOptions {
  deterministic?: boolean;
  /** The instant answers are stamped with (default: now; deterministic: 2024-01-01T00:00:00Z). */
  now?: () => Date;
}

export const DETERMINISTIC_EPOCH = Date.UTC(2024, 0, 1);

export class MockSession {
  readonly stores = new MockStores();
  readonly deterministic: boolean;
  private readonly clock: () => Date;
  private counter = 0;

  constructor(options: MockSessionOptions = {}) {
    this.deterministic = options.deterministic ?? false;
    this.clock = options.now ?? (this.deterministic ? () => new Date(DETERMINISTIC_EPOCH) : () => new Date());
  }

  /** Restarts the deterministic id sequence: each simulate call then shows the same ids for the same input. */
  resetIds(): void {
    this.counter = 0;
  }

  now(): Date {
    return this.clock();
  }

  /** A UUID: random, or `10000000-0000-4000-8000-00000000000N` counting up in a deterministic session. */
  newId(): string {
    this.counter += 1;
    if (!this.deterministic && typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
    // A prefix of its own so mock ids (Lambda request ids, MessageIds) never look like the engine's request ids.
    return `10000000-0000-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }
}
