import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { WebhooksOverview } from "@/components/admin/webhooks/webhooks-overview";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { loadWebhooksPage } from "@/lib/webhooks/queries";
import { ZWebhooksPageQuery } from "@/lib/webhooks/schemas";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminWebhooksPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t } = await getI18n();
  const query = ZWebhooksPageQuery.parse(await searchParams);
  const page = await loadWebhooksPage(getDb(), { endpointId: query.endpoint, page: query.page });
  return (
    <>
      <PageHeader title={t("webhooks.title")} intro={`${t("webhooks.intro")} ${t("webhooks.docsHint")}`} />
      <WebhooksOverview page={page} params={{ endpoint: query.endpoint }} />
    </>
  );
}
