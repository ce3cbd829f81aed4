import Link from "next/link";
import type { AccountOverview } from "@/lib/db/account-detail";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { num, Section, td, th } from "@/components/ui/section";

/** Parent and subsidiaries with their 12-month revenue and the group's roll-up. */
export async function GroupSection({ accountId, group }: { accountId: string; group: NonNullable<AccountOverview["group"]> }) {
  const { t, locale } = await getI18n();
  const ordered = [...group.members].sort((a, b) => Number(b.isParent) - Number(a.isParent));
  return (
    <Section id="group" title={t("accountDetail.group.title")}>
      <table className="w-full">
        <thead>
          <tr>
            <th scope="col" className={th}>{t("accountDetail.group.member")}</th>
            <th scope="col" className={`${th} ${num}`}>{t("accountDetail.group.revenue12m")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ordered.map((member) => (
            <tr key={member.id}>
              <td className={td}>
                <span className="mr-2 text-xs text-slate-500">
                  {member.isParent ? t("accountDetail.group.parent") : t("accountDetail.group.children")}
                </span>
                {member.id === accountId ? (
                  <span className="font-medium">
                    {member.name} ({t("accountDetail.group.current")})
                  </span>
                ) : (
                  <Link href={`/accounts/${member.id}`} className="text-brand-600 underline">
                    {member.name}
                  </Link>
                )}
              </td>
              <td className={`${td} ${num}`}>{formatMoney(locale, member.revenue12m)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300">
            <th scope="row" className={`${td} text-left font-semibold`}>{t("accountDetail.group.rollup")}</th>
            <td className={`${td} ${num} font-semibold`}>{formatMoney(locale, group.revenue12m)}</td>
          </tr>
        </tfoot>
      </table>
    </Section>
  );
}
