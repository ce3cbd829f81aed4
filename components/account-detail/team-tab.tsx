import { getAccountTeam } from "@/lib/db/account-detail";
import type { AccountHeader } from "@/lib/db/account-detail";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { Section, td, th } from "@/components/ui/section";
import { TeamAddForm } from "./team-add-form";
import { TeamMemberRow } from "./team-member-row";

/** The account team (DESIGN §5): the owner leads it; members have a team role and are formal or informal. */
export async function TeamTab({ account }: { account: AccountHeader }) {
  const { t } = await getI18n();
  const { members, candidates } = await getAccountTeam(getDb(), account);
  return (
    <Section id="team" title={t("accountDetail.team.title")}>
      <div className="overflow-x-auto">
        <table className="w-full">
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className={th}>{t("accountDetail.team.person")}</th>
              <th scope="col" className={th}>{t("accountDetail.team.role")}</th>
              <th scope="col" className={th}>{t("accountDetail.team.formality")}</th>
              {account.canEdit && <th scope="col" className={th}>{t("accountDetail.team.actions")}</th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <tr className="bg-brand-50/50">
              <td className={td}>
                <span className="font-medium">{account.owner.name}</span>
              </td>
              <td className={`${td} font-medium text-brand-700`}>{t("accountDetail.team.lead")}</td>
              <td className={td}>{t("domain.formal.true")}</td>
              {account.canEdit && <td className={td} />}
            </tr>
            {members.map((member) =>
              account.canEdit ? (
                <TeamMemberRow key={member.id} accountId={account.id} member={member} />
              ) : (
                <tr key={member.id}>
                  <td className={td}>
                    <span className="font-medium">{member.user.name}</span>
                    <span className="block text-xs text-slate-500">{member.user.email}</span>
                  </td>
                  <td className={td}>{t(`domain.teamRole.${member.teamRole}`)}</td>
                  <td className={td}>{t(`domain.formal.${member.formal ? "true" : "false"}`)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {members.length === 0 && <p className="mt-3 text-sm text-slate-500">{t("accountDetail.team.empty")}</p>}
      {account.canEdit && (
        <div className="mt-6 border-t border-slate-100 pt-4">
          <TeamAddForm accountId={account.id} candidates={candidates} />
        </div>
      )}
    </Section>
  );
}
