// The part of autocannon 9's programmatic API the load benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Anything else is carried along untouched (the benchmark labels its requests). */
      [extra: string]: unknown;
    };
    /** One connection. `requestIterator` is internal, read to tell which request a response or timeout belongs to. */
    interface Client extends EventEmitter {
      setRequests(requests: Request[]): void;
      requestIterator: { requests: Request[]; currentRequest: Request; currentRequestIndex: number };
    }
    type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p99: number };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      headers?: Record<string, string>;
      requests?: Request[];
      setupClient?: (client: Client) => void;
    };
    type Result = {
      duration: number;
      latency: Histogram;
      requests: Histogram & { sent: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats: Record<string, { count: number }>;
    };
    interface Instance extends EventEmitter, PromiseLike<Result> {
      stop(): void;
      on(event: "response", listener: (client: Client, statusCode: number, resBytes: number, responseTime: number) => void): this;
      on(event: string, listener: (...args: unknown[]) => void): this;
    }
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
