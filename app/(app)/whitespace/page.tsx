import { PageHeader } from "@/components/ui/page-header";
import { titled } from "@/components/shell/page-title";
import { PortfolioView } from "@/components/whitespace/portfolio-view";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export const generateMetadata = titled("whitespace.title");

/** The portfolio's whitespace by offering and the opportunities' forecast, over the key accounts in the viewer's scope. */
export default async function WhitespacePage() {
  const user = await requireUser();
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("whitespace.title")} intro={t("whitespace.intro")} />
      <PortfolioView user={user} />
    </>
  );
}
