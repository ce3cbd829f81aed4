import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

const DOCUMENT = "/api/v1/openapi.json";

/** The API reference for every signed-in user; the document itself is public at /api/v1/openapi.json. */
export default async function ApiDocsPage() {
  await requireUser();
  const { t } = await getI18n();
  return (
    <>
      <PageHeader
        title={t("api.docs.title")}
        intro={t("api.docs.intro")}
        actions={<a href={DOCUMENT} className="text-sm text-brand-600 underline">{t("api.docs.openapi")}</a>}
      />
      <ApiReference url={DOCUMENT} />
    </>
  );
}
