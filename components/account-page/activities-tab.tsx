import { Notice } from "@/components/ui/notice";
import { loadContactOptions, loadTimeline } from "@/lib/activities/queries";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { ActivityQuickForm, ComplaintForm, Timeline } from "./activities-tab-lazy";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** Activities: the quick "log an activity" form, complaints, and the merged timeline, newest first. */
export async function ActivitiesTab({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = await getI18n();
  const db = getDb();
  const [first, contacts] = await Promise.all([loadTimeline(db, accountId), canEdit ? loadContactOptions(db, accountId) : []]);

  return (
    <ClientMessages scopes={["accountPage.activities", "accountPage.common", "accountPage.complaints", "accountPage.timeline", "domain.activityType", "domain.severity", "myWork.followUp", "ux.activities"]}>
      <div className="space-y-4" data-testid="activities-tab">
        {canEdit && (
          <>
            <ActivityQuickForm accountId={accountId} contacts={contacts} />
            <div className="flex">
              <ComplaintForm accountId={accountId} />
            </div>
          </>
        )}
        {first.total === 0 ? (
          <Notice title={t("accountPage.timeline.emptyTitle")} body={t("accountPage.timeline.emptyBody")} />
        ) : (
          <Timeline accountId={accountId} first={first} canEdit={canEdit} />
        )}
      </div>
    </ClientMessages>
  );
}
