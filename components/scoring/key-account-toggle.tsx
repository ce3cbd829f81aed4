"use client";

import { useState, useTransition } from "react";
import { setKeyAccountAction } from "@/lib/key-accounts/actions";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

/** Confirms a proposed key account or removes the flag (directors and admins; the action checks again). */
export function KeyAccountToggle({ accountId, name, version, isKeyAccount }: { accountId: string; name: string; version: number; isKeyAccount: boolean }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setKeyAccountAction({ accountId, version, isKeyAccount: !isKeyAccount });
      setMessage(result.ok ? { ok: true, text: t(result.data.isKeyAccount ? "scoring.identification.confirmed" : "scoring.identification.removed") } : { ok: false, text: result.error });
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant={isKeyAccount ? "secondary" : "primary"}
        disabled={pending}
        onClick={toggle}
        aria-label={t(isKeyAccount ? "scoring.identification.removeFor" : "scoring.identification.confirmFor", { name })}
      >
        {t(isKeyAccount ? "scoring.identification.remove" : "scoring.identification.confirm")}
      </Button>
      {message && (
        <span role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-green-700" : "text-red-600"}`}>
          {message.text}
        </span>
      )}
    </div>
  );
}
