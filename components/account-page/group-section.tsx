import Link from "next/link";
import type { AccountOverview } from "@/lib/account-page";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

type Member = NonNullable<AccountOverview["group"]>["members"][number];

/** Parent and subsidiaries with their 12-month revenue and the group's roll-up. */
export async function GroupSection({ accountId, group }: { accountId: string; group: NonNullable<AccountOverview["group"]> }) {
  const { t, locale } = await getI18n();
  const ordered = [...group.members].sort((a, b) => Number(b.isParent) - Number(a.isParent));
  const columns: Column<Member>[] = [
    {
      key: "member",
      header: t("accountPage.group.member"),
      cell: (member) => (
        <>
          <span className="mr-2 text-xs text-slate-500">{member.isParent ? t("accountPage.group.parent") : t("accountPage.group.children")}</span>
          {member.id === accountId ? (
            <span className="font-medium">
              {member.name} ({t("accountPage.group.current")})
            </span>
          ) : (
            <Link href={`/accounts/${member.id}`} className="text-brand-600 underline">
              {member.name}
            </Link>
          )}
        </>
      ),
    },
    { key: "revenue", header: t("accountPage.group.revenue12m"), align: "right", className: "whitespace-nowrap", cell: (member) => formatMoney(locale, member.revenue12m) },
  ];
  return (
    <Section id="group" title={t("accountPage.group.title")}>
      <DataTable
        variant="plain"
        columns={columns}
        rows={ordered}
        rowKey={(member) => member.id}
        labelledBy="group"
        footer={{ member: t("accountPage.group.rollup"), revenue: formatMoney(locale, group.revenue12m) }}
      />
    </Section>
  );
}
