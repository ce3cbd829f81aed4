import { describe, expect, it } from "vitest";
import { ZActivityInput } from "@/lib/activities/schemas";
import { buildMix, MIX, WRITE_LABEL, type LoadPersona } from "@/prisma/bench/load-mix";

const manager: LoadPersona = {
  email: "manager@demo.kam",
  role: "MANAGER",
  viewable: ["acc1", "acc2", "acc3", "acc4"],
  editable: ["acc2", "acc4"],
};

describe("the load benchmark's request mix", () => {
  it("is the same sequence for the same seed and another for another seed", () => {
    expect(buildMix(manager, 200, "a")).toEqual(buildMix(manager, 200, "a"));
    expect(buildMix(manager, 200, "a")).not.toEqual(buildMix(manager, 200, "b"));
  });

  it("shares sum to 100 and writes are about one request in ten", () => {
    expect(MIX.reduce((sum, [, share]) => sum + share, 0)).toBe(100);
    const steps = buildMix(manager, 5_000, "share");
    const writes = steps.filter((s) => s.label === WRITE_LABEL).length / steps.length;
    expect(writes).toBeGreaterThan(0.08);
    expect(writes).toBeLessThan(0.12);
    expect(new Set(steps.map((s) => s.label)).size).toBeGreaterThan(15);
  });

  it("logs valid activities only on accounts the person may change", () => {
    const writes = buildMix(manager, 2_000, "writes").filter((s) => s.label === WRITE_LABEL);
    expect(writes.length).toBeGreaterThan(100);
    for (const write of writes) {
      expect(write.method).toBe("POST");
      const body = ZActivityInput.parse(JSON.parse(write.body!));
      expect(manager.editable).toContain(body.accountId);
    }
  });

  it("opens tabs on the account opened last, and writes there when the person may change it", () => {
    const steps = buildMix(manager, 2_000, "walk");
    let current = manager.viewable[0];
    let followed = 0;
    for (const step of steps) {
      const opened = /^\/accounts\/([^/?]+)$/.exec(step.path);
      if (opened) current = opened[1];
      const tab = /^\/accounts\/([^/?]+)\?tab=/.exec(step.path);
      if (tab) expect(tab[1]).toBe(current);
      if (step.label === WRITE_LABEL && manager.editable.includes(current)) {
        expect(JSON.parse(step.body!).accountId).toBe(current);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(0);
  });

  it("leaves out writes for a person who may change nothing, and account pages for one who sees no account", () => {
    const readOnly = buildMix({ ...manager, editable: [] }, 1_000, "ro");
    expect(readOnly.some((s) => s.method === "POST")).toBe(false);
    const noAccounts = buildMix({ ...manager, viewable: [], editable: [] }, 1_000, "none");
    expect(noAccounts.some((s) => s.path.startsWith("/accounts/"))).toBe(false);
    expect(noAccounts).toHaveLength(1_000);
  });
});
