import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/profile/change-password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.profile");

export default async function ProfilePage() {
  const user = await requireUser();
  const { t } = await getI18n();
  const profile = await getDb().user.findUnique({ where: { id: user.id }, select: { name: true, email: true, role: true, locale: true } });
  if (!profile) notFound();
  return (
    <>
      <PageHeader title={t("users.profile.title")} intro={t("users.profile.intro")} />
      <div className="grid max-w-5xl gap-6 lg:grid-cols-2">
        <Section title={t("users.profile.detailsTitle")} id="profile-details">
          <div className="mb-4">
            <Facts items={[{ label: t("users.profile.email"), value: <span className="break-all">{profile.email}</span> }, { label: t("users.profile.role"), value: t(`roles.${profile.role}`) }]} />
          </div>
          <ProfileForm name={profile.name} locale={profile.locale} />
        </Section>
        <Section title={t("users.profile.passwordTitle")} id="profile-password">
          <ChangePasswordForm email={profile.email} />
        </Section>
      </div>
    </>
  );
}
