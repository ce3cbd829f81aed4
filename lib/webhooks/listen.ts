// No "server-only": the job worker listens.
import pg from "pg";

/**
 * Emitting an event stores its deliveries and sends NOTIFY on this channel in the same transaction; Postgres
 * delivers the notification only once the transaction commits (never when it rolls back), and several in one
 * transaction as one. The job worker listens and queues the delivery job, so deliveries leave right after the
 * commit whoever wrote them (server actions, the REST API, imports, the alert job).
 */
export const WEBHOOK_CHANNEL = "kam_webhooks";

/** Waits before listening again after the connection was lost (the one-minute sweep covers the gap). */
const RECONNECT_MS = 5_000;

export type WebhookListener = { stop: () => Promise<void> };

/**
 * Listens on WEBHOOK_CHANNEL on its own connection and calls `onCommit` for each notification, at most one call
 * running at a time (notifications arriving meanwhile make one more call). A connection that fails or is lost is
 * retried every few seconds; it never ends the worker.
 */
export async function listenForWebhookEvents(url: string, onCommit: () => Promise<unknown>, log: (message: string) => void = console.error): Promise<WebhookListener> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const fire = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await onCommit().catch((error: unknown) => log(`Webhook delivery could not be queued: ${error instanceof Error ? error.message : String(error)}`));
      } while (again && !stopped);
    } finally {
      running = false;
    }
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, application_name: "kam-webhooks-listen" });
    let down = false;
    const lost = (error?: Error) => {
      if (down) return;
      down = true;
      if (client === next) client = undefined;
      next.end().catch(() => {});
      if (stopped) return;
      log(`Webhook listener lost its connection${error ? ` (${error.message})` : ""}; listening again in ${RECONNECT_MS / 1000} s`);
      retry = setTimeout(() => void connect(), RECONNECT_MS);
    };
    next.on("error", lost);
    next.on("end", () => lost());
    next.on("notification", () => void fire());
    try {
      await next.connect();
      await next.query(`LISTEN ${WEBHOOK_CHANNEL}`);
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (stopped) {
      down = true;
      await next.end().catch(() => {});
      return;
    }
    client = next;
    // Deliveries committed while nobody listened go out now rather than at the next sweep.
    void fire();
  };

  await connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}
