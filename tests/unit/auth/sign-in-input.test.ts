import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZSignIn } from "@/lib/auth/schemas";
import { checkSignIn, EMAIL_PATTERN } from "@/lib/auth/sign-in-input";

/** What the form showed when it parsed with ZSignIn: the data, or the first message per field. */
function withZod(input: { email: string; password: string }) {
  const parsed = ZSignIn.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { ok: false, errors };
}

describe("checkSignIn (the sign-in form's check without zod)", () => {
  it("uses zod's own e-mail pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
  });

  it("answers as ZSignIn does on typical input", () => {
    for (const input of [
      { email: "  Director@Demo.KAM ", password: "kam-demo" },
      { email: "", password: "" },
      { email: "not-an-email", password: "x" },
      { email: "a@b.c", password: "x" },
      { email: "first.last+tag@sub.example.com", password: "" },
      { email: "a..b@example.com", password: "x" },
    ]) {
      expect(checkSignIn(input)).toEqual(withZod(input));
    }
  });

  it("answers as ZSignIn does on any input", () => {
    const local = fc.stringMatching(/^[A-Za-z0-9_'+.\- ]{0,12}$/);
    const domain = fc.stringMatching(/^[A-Za-z0-9.\- ]{0,12}$/);
    const email = fc.oneof(fc.string(), fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`));
    fc.assert(
      fc.property(email, fc.string({ maxLength: 3 }), (e, password) => {
        expect(checkSignIn({ email: e, password })).toEqual(withZod({ email: e, password }));
      }),
    );
  });
});
