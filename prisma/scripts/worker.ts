/**
 * `npm run worker`: the background job worker alone (metrics refresh, alerts, digests, clean-up), for deployments
 * with several app instances: N app instances started with KAM_WORKER=0, M of these workers, one PostgreSQL.
 * Needs DATABASE_URL (the database the app instances use); `npm start` alone runs a worker in its own process.
 * Ctrl-C (SIGINT) or SIGTERM lets running jobs finish for up to 30 s.
 */
import { jobConfig } from "@/lib/jobs/definitions";
import { runJobWorker } from "@/lib/automation/handlers";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the app's database. (`npm start` runs a worker itself unless KAM_WORKER=0.)");
    process.exit(1);
  }
  const worker = await runJobWorker(url, jobConfig());
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
