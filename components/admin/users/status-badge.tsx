import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { UserStatus } from "@/lib/users/schemas";

const TONE: Record<UserStatus, BadgeTone> = { active: "green", invited: "blue", inactive: "neutral" };

export function UserStatusBadge({ status, t }: { status: UserStatus; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`users.status.${status}`)}</Badge>;
}
