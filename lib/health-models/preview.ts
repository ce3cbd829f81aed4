import "server-only";
import { previewHealthModel, type HealthModelPreview } from "@/lib/account-health";
import type { Db } from "@/lib/db/prisma";
import type { HealthModelView } from "./queries";
import { specOf } from "./schemas";

export type { HealthModelPreview };

/** The saved draft against the active model, on today's data of every active account (lib/account-health). */
export function healthPreview(db: Db, draft: HealthModelView, now: Date): Promise<HealthModelPreview> {
  return previewHealthModel(db, specOf(draft), now);
}
