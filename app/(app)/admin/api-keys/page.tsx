import Link from "next/link";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { ApiKeysManager } from "@/components/admin/api-keys/api-keys-manager";
import { PageHeader } from "@/components/ui/page-header";
import { keyUserChoices, listApiKeys } from "@/lib/api-keys/queries";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";

export default async function ApiKeysPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t } = await getI18n();
  const db = getDb();
  const [keys, users] = await Promise.all([listApiKeys(db), keyUserChoices(db)]);
  const rows = keys.map((key) => ({
    ...key,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  }));
  return (
    <>
      <PageHeader
        title={t("api.keys.title")}
        intro={t("api.keys.intro")}
        actions={<Link href="/api-docs" className="text-sm text-brand-600 underline">{t("api.keys.docsLink")}</Link>}
      />
      <ApiKeysManager rows={rows} users={users} />
    </>
  );
}
