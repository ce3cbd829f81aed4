import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ROLES } from "@/lib/auth/roles";
import { getI18n } from "@/lib/i18n/server";
import type { TeamChoice } from "@/lib/users/queries";
import { USER_STATUSES, type TUserListQuery } from "@/lib/users/schemas";

/** Search and filters as a plain GET form: the URL holds them (shareable, back button), no JavaScript needed. */
export async function UserFilters({ query, teams }: { query: TUserListQuery; teams: TeamChoice[] }) {
  const { t } = await getI18n();
  return (
    <form method="get" action="/admin/users" role="search" aria-label={t("users.list.filters")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div className="text-sm sm:col-span-2">
          <label htmlFor="users-q" className="block font-medium text-slate-700">{t("users.list.search")}</label>
          <input id="users-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("users.list.searchPlaceholder")} className={inputClass} />
        </div>
        <div className="text-sm">
          <label htmlFor="users-role" className="block font-medium text-slate-700">{t("users.list.role")}</label>
          <select id="users-role" name="role" defaultValue={query.role ?? ""} className={inputClass}>
            <option value="">{t("users.list.anyRole")}</option>
            {ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="users-team" className="block font-medium text-slate-700">{t("users.list.team")}</label>
          <select id="users-team" name="team" defaultValue={query.team ?? ""} className={inputClass}>
            <option value="">{t("users.list.anyTeam")}</option>
            {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="users-status" className="block font-medium text-slate-700">{t("users.list.status")}</label>
          <select id="users-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">{t("users.list.anyStatus")}</option>
            {USER_STATUSES.map((status) => <option key={status} value={status}>{t(`users.status.${status}`)}</option>)}
          </select>
        </div>
      </div>
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClass()}>{t("users.list.apply")}</button>
        <Link href="/admin/users" className={buttonClass("secondary")}>{t("users.list.clear")}</Link>
      </div>
    </form>
  );
}
