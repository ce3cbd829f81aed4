import { z } from "zod";
import { JOB_NAMES, JOBS, type JobName } from "./definitions";

/** The jobs an admin may start from /admin/jobs: all but the per-account refresh, which needs an account. */
export type RunnableJob = Exclude<JobName, "metrics.refresh-account">;
export const RUNNABLE_JOBS = JOB_NAMES.filter((name): name is RunnableJob => JOBS[name].runNow);

export const ZRunJob = z.object({ name: z.enum(RUNNABLE_JOBS) });
export type TRunJob = z.infer<typeof ZRunJob>;
