import { canManagePortfolio, type SessionUser } from "@/lib/auth/roles";
import { getI18n } from "@/lib/i18n/server";
import { LinkTabs } from "@/components/ui/link-tabs";

/** The scoring area's views: accounts to assess, the director's portfolio view, identification. */
export async function ScoringTabs({ user, current }: { user: SessionUser; current: "assess" | "portfolio" | "identification" }) {
  const { t } = await getI18n();
  const tabs = [
    { href: "/scoring", label: t("scoring.tabs.assess"), active: current === "assess" },
    ...(canManagePortfolio(user) ? [{ href: "/scoring?view=portfolio", label: t("scoring.tabs.portfolio"), active: current === "portfolio" }] : []),
    { href: "/scoring/identification", label: t("scoring.tabs.identification"), active: current === "identification" },
  ];
  return <LinkTabs label={t("scoring.tabs.label")} tabs={tabs} />;
}
