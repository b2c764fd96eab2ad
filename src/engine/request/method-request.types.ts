// A method request after normalisation: what API Gateway knows about the client's request before the integration.
import type { TraceMethodRequest } from '../trace.ts';

export type MethodRequest = TraceMethodRequest;
