"use server";

import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { utcDay } from "@/lib/dates";
import { ZCreateApiKey, ZRevokeApiKey } from "./schemas";
import { generateApiKey } from "./secret";

const PAGE = "/admin/api-keys";

/** What the admin sees once: the full key. Only its hash is stored, so it cannot be shown again. */
export type CreatedApiKey = { id: string; prefix: string; token: string };

/** Admins create keys for any active user; the audit row records the key's settings, never its secret. */
export const createApiKeyAction = defineAction(
  { schema: ZCreateApiKey, portfolio: true, roles: ["ADMIN"], revalidate: () => [PAGE] },
  async (input, { user, tx }): Promise<CreatedApiKey> => {
    await assertActiveUser(tx, input.userId, "api.keys.errors.unknownUser");
    let expiresAt: Date | null = null;
    if (input.expiresOn) {
      const lastDay = new Date(`${input.expiresOn}T00:00:00Z`);
      if (utcDay(lastDay) < utcDay(new Date())) throw new AppError("api.keys.errors.expiryPast");
      // Valid through the whole last day (UTC).
      expiresAt = new Date(lastDay.getTime() + 86_400_000);
    }
    const secret = generateApiKey();
    const key = await tx.apiKey.create({
      data: { name: input.name, prefix: secret.prefix, secretHash: secret.secretHash, scopes: input.scopes, userId: input.userId, createdById: user.id, expiresAt },
      omit: { secretHash: true },
    });
    await writeAudit(tx, { userId: user.id, entityType: "ApiKey", entityId: key.id, action: "create", after: key });
    return { id: key.id, prefix: key.prefix, token: secret.token };
  },
);

/** A revoked key is refused from the next request on; the row stays so the audit log can still name it. */
export const revokeApiKeyAction = defineAction(
  { schema: ZRevokeApiKey, portfolio: true, roles: ["ADMIN"], revalidate: () => [PAGE] },
  async ({ id }, { user, tx }) => {
    const before = await tx.apiKey.findUnique({ where: { id }, omit: { secretHash: true } });
    if (!before) throw notFound();
    if (before.revokedAt) throw conflict();
    const after = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, omit: { secretHash: true } });
    await writeAudit(tx, { userId: user.id, entityType: "ApiKey", entityId: id, action: "revoke", before, after });
  },
);
