import type { SessionUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import { loadUnreadCount } from "@/lib/notifications/queries";
import { BellLink } from "./bell-link";

/** The shell's bell: a link to the notifications with the unread count (none when in-app notifications are off). */
export async function NotificationBell({ user }: { user: Pick<SessionUser, "id"> }) {
  const count = await loadUnreadCount(getDb(), user.id);
  // Keyed by the server's figure, so a re-rendered layout (after marking read) resets the polled one.
  return <BellLink key={String(count)} initial={count} />;
}
