import { DEMO_PASSWORD } from "@/prisma/seed";
import { writeFileSync } from "node:fs";
const base = "http://localhost:3290";
const cookiesOf = (r: Response) => r.headers.getSetCookie().map((l) => l.split(";")[0]);
async function main() {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const r = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base }, body: new URLSearchParams({ csrfToken, email: process.argv[3], password: DEMO_PASSWORD, json: "true" }) });
  const cookie = [...jar, cookiesOf(r).find((c) => c.startsWith("next-auth.session-token="))!].join("; ");
  writeFileSync("/tmp/page.html", await (await fetch(base + process.argv[2], { headers: { cookie } })).text());
}
main();
