import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { JobName } from "@/lib/jobs/definitions";
import type { JobOverview, JobRunRow, JobsPage } from "@/lib/jobs/queries";
import type { RunnableJob } from "@/lib/jobs/schemas";
import { RunNowButton } from "./run-now-button";

/** Message key part of each job (message keys cannot contain the dots of the queue names). */
const KEY: Record<JobName, "refreshAll" | "refreshAccount" | "alertsEvaluate" | "digestsSend" | "notificationsCleanup" | "webhooksDeliver" | "clvFit" | "identificationRank"> = {
  "metrics.refresh-all": "refreshAll",
  "metrics.refresh-account": "refreshAccount",
  "alerts.evaluate": "alertsEvaluate",
  "digests.send": "digestsSend",
  "notifications.cleanup": "notificationsCleanup",
  "webhooks.deliver": "webhooksDeliver",
  "clv.fit": "clvFit",
  "identification.rank": "identificationRank",
};

const TONE: Record<JobRunRow["state"], BadgeTone> = { active: "blue", completed: "green", failed: "red", retry: "amber" };

/** A worker's cron clock ticks every 30 s; after two minutes without a tick no worker is running. */
const CLOCK_STALE_MS = 2 * 60_000;

function dateTime(locale: Locale, timeZone: string, value: Date | null) {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "medium", timeZone }).format(value);
}

/** The schedules KAM writes, in words: "M H * * *" daily, "M * * * *" hourly; anything else as the cron expression. */
function scheduleText(t: Translate, cron: string) {
  if (cron === "* * * * *") return t("jobs.everyMinute");
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  if (daily) return t("jobs.daily", { time: `${daily[2].padStart(2, "0")}:${daily[1].padStart(2, "0")}` });
  const hourly = /^(\d{1,2}) \* \* \* \*$/.exec(cron);
  if (hourly) return t("jobs.hourly", { minute: hourly[1].padStart(2, "0") });
  return cron;
}

function duration(t: Translate, locale: Locale, ms: number | null) {
  if (ms === null) return "—";
  return ms < 1000
    ? t("jobs.milliseconds", { value: formatNumber(locale, ms) })
    : t("jobs.seconds", { value: formatNumber(locale, ms / 1000, 1) });
}

/** Schedules, queue sizes, last runs and failures of every background job, from pg-boss' tables. */
export async function JobsOverview({ page }: { page: Extract<JobsPage, { installed: true }> }) {
  const { t, locale } = await getI18n();
  const stale = !page.clockTickedAt || page.now.getTime() - page.clockTickedAt.getTime() > CLOCK_STALE_MS;
  return (
    <div className="space-y-6">
      {stale && (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="font-semibold">{t("jobs.noWorkerTitle")}</p>
          <p className="mt-1">
            {t("jobs.noWorkerBody", { time: page.clockTickedAt ? dateTime(locale, page.timeZone, page.clockTickedAt) : t("jobs.neverTicked") })}
          </p>
        </div>
      )}
      {page.jobs.map((job) => (
        <JobSection key={job.name} job={job} timeZone={page.timeZone} t={t} locale={locale} />
      ))}
    </div>
  );
}

function JobSection({ job, timeZone, t, locale }: { job: JobOverview; timeZone: string; t: Translate; locale: Locale }) {
  const key = KEY[job.name];
  const label = t(`jobs.names.${key}` as MessageKey);
  const id = `job-${key}`;
  const schedule =
    job.name === "metrics.refresh-account" ? (
      t("jobs.onChange")
    ) : job.name === "clv.fit" ? (
      t("jobs.afterFullRefresh")
    ) : job.name === "identification.rank" ? (
      t("jobs.afterRefreshes")
    ) : job.cron ? (
      <>
        {t("jobs.cron", { schedule: scheduleText(t, job.cron), timeZone: job.timeZone ?? "UTC" })}{" "}
        <code className="whitespace-nowrap text-xs font-normal text-slate-500">{job.cron}</code>
      </>
    ) : (
      t("jobs.notScheduled")
    );
  // Only a job some worker handles (and so has scheduled) can be started.
  const runnable = job.runNow && (job.cron !== null || job.name === "clv.fit" || job.name === "identification.rank");
  const perAccount = job.name === "metrics.refresh-account";

  const columns: (Column<JobRunRow> | false)[] = [
    { key: "started", header: t("jobs.columns.started"), className: "whitespace-nowrap", cell: (run) => dateTime(locale, timeZone, run.startedOn) },
    perAccount && {
      key: "account",
      header: t("jobs.columns.account"),
      hideBelow: "sm",
      cell: (run) =>
        run.singletonKey ? (
          <Link href={`/accounts/${run.singletonKey}`} className="text-brand-600 underline">
            {run.accountName ?? run.singletonKey}
          </Link>
        ) : (
          "—"
        ),
    },
    { key: "duration", header: t("jobs.columns.duration"), align: "right", className: "whitespace-nowrap", cell: (run) => duration(t, locale, run.durationMs) },
    { key: "outcome", header: t("jobs.columns.outcome"), cell: (run) => <Badge tone={TONE[run.state]}>{t(`jobs.state.${run.state}`)}</Badge> },
    {
      key: "attempt",
      header: t("jobs.columns.attempt"),
      hideBelow: "md",
      className: "whitespace-nowrap",
      cell: (run) => t("jobs.attemptOf", { attempt: run.attempt, attempts: run.attempts }),
    },
  ];
  const failureColumns: (Column<JobRunRow> | false)[] = [
    ...columns.filter((column) => column && column.key !== "duration"),
    { key: "error", header: t("jobs.columns.error"), className: "min-w-48 break-words text-red-800", cell: (run) => run.error ?? "—" },
  ];

  return (
    <Section
      title={label}
      id={id}
      actions={runnable ? <RunNowButton name={job.name as RunnableJob} label={label} /> : undefined}
    >
      <p className="mb-3 text-sm text-slate-600">{t(`jobs.descriptions.${key}` as MessageKey)}</p>
      {/* Label above value, so the facts also fit a phone's width. */}
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-slate-500">{t("jobs.schedule")}</dt>
          <dd className="font-medium break-words">{schedule}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-slate-500">{t("jobs.queue")}</dt>
          <dd className="font-medium break-words">{t("jobs.queueCounts", { waiting: job.waiting, running: job.running, retrying: job.retrying })}</dd>
        </div>
      </dl>
      <div className="mt-4 grid gap-4 xl:grid-cols-2">
        <div className="min-w-0">
          <h3 id={`${id}-runs`} className="mb-2 text-sm font-semibold text-slate-900">
            {t("jobs.lastRuns")}
          </h3>
          <DataTable
            variant="plain"
            labelledBy={`${id}-runs`}
            columns={columns}
            rows={job.lastRuns}
            rowKey={(run) => `${run.id}-${run.state}`}
            empty={{ title: t("jobs.noRuns") }}
          />
        </div>
        <div className="min-w-0">
          <h3 id={`${id}-failures`} className="mb-2 text-sm font-semibold text-slate-900">
            {t("jobs.failures")}
          </h3>
          <DataTable
            variant="plain"
            labelledBy={`${id}-failures`}
            columns={failureColumns}
            rows={job.failures}
            rowKey={(run) => `${run.id}-${run.state}`}
            empty={{ title: t("jobs.noFailures") }}
          />
        </div>
      </div>
    </Section>
  );
}
