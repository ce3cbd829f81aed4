import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";
import { TemplateEditor } from "@/components/admin/plan-templates/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { titled } from "@/components/shell/page-title";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { QUADRANTS, STRATEGIES } from "@/lib/matrix";
import { loadPlanTemplates } from "@/lib/plan-templates/queries";

export const generateMetadata = titled("planDocument.templates.title");

/** Admins edit what a new account plan starts with, per quadrant; quadrants without a saved template show the default. */
export default async function PlanTemplatesPage() {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  const { t, locale } = await getI18n();
  const templates = await loadPlanTemplates(getDb(), locale);
  return (
    <>
      <PageHeader title={t("planDocument.templates.title")} intro={t("planDocument.templates.intro")} />
      <div className="space-y-6">
        {templates.map((template) => (
          <TemplateEditor
            key={`${template.quadrant}-${template.updatedAt?.getTime() ?? "default"}`}
            quadrant={template.quadrant}
            label={`${QUADRANTS[template.quadrant].label[locale]} · ${STRATEGIES[QUADRANTS[template.quadrant].strategy].label[locale]}`}
            content={template.content}
            stored={template.stored}
          />
        ))}
      </div>
    </>
  );
}
