// The one place the designer's code gets zod from, so that zod's settings hold for every schema built anywhere (this
// module is evaluated before any module that imports it builds one).
// jitless: zod would otherwise compile a parser of its own (`new Function`) the first time each object schema parses.
// For the design schema that first parse took 17-18 ms against 6-9 ms jitless (Node, cold), and it sits on the first
// preview's path in the engine worker (the worker checks each run's design); later parses are no slower (0.7-0.8 ms
// against 0.9 ms for the default design). It also keeps a strict Content-Security-Policy free of `unsafe-eval`.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
