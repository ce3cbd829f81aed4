import { AccountForm } from "@/components/accounts/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { canManagePortfolio } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.newAccount", "shell.titles.accounts");

export default async function NewAccountPage() {
  const user = await requireUser();
  const { t } = await getI18n();
  const values = {
    name: "", localName: "", industry: "", region: "", country: "", size: "", annualRevenue: "", creditRating: "", lifecyclePhase: "ACQUISITION",
    salesScenario: "", strategy: "", products: "", operatingStatus: "", growthBottleneck: "", ownerId: user.id,
  };
  return (
    <>
      <PageHeader title={t("accounts.form.newTitle")} intro={t("accounts.form.newIntro")} />
      <AccountForm values={values} parent={null} owner={canManagePortfolio(user) ? { id: user.id, name: user.name } : null} />
    </>
  );
}
