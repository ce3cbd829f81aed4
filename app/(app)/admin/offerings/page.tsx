import { CatalogueEditor } from "@/components/admin/offerings/catalogue-editor";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { PageHeader } from "@/components/ui/page-header";
import { titled } from "@/components/shell/page-title";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { loadCatalogue, orderCategories } from "@/lib/offerings/queries";

export const generateMetadata = titled("whitespace.offerings.title", "shell.titles.admin");

/** The offerings catalogue of the whitespace map, for admins. */
export default async function AdminOfferingsPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t } = await getI18n();
  const db = getDb();
  const [catalogue, categories] = await Promise.all([loadCatalogue(db), orderCategories(db)]);
  return (
    <>
      <PageHeader title={t("whitespace.offerings.title")} intro={t("whitespace.offerings.intro")} />
      <CatalogueEditor catalogue={catalogue} categories={categories} />
    </>
  );
}
