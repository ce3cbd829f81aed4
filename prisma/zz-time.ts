import { DEMO_PASSWORD } from "@/prisma/seed";
const base = "http://localhost:3290";
const cookiesOf = (r: Response) => r.headers.getSetCookie().map((l) => l.split(";")[0]);
async function signIn(email: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const r = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base }, body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }) });
  return [...jar, cookiesOf(r).find((c) => c.startsWith("next-auth.session-token="))!].join("; ");
}
async function main() {
  const paths = process.argv.slice(2);
  for (const email of ["director@demo.kam", "manager@demo.kam"]) {
    const cookie = await signIn(email);
    for (const path of paths) {
      const ts: number[] = []; let size = 0;
      for (let i = 0; i < 7; i++) { const t = performance.now(); const r = await fetch(base + path, { headers: { cookie } }); const b = await r.text(); size = b.length; ts.push(performance.now() - t); if (r.status !== 200) console.log("status", r.status); }
      ts.sort((a, b) => a - b);
      console.log(email.split("@")[0], path, "p50", Math.round(ts[3]), "min", Math.round(ts[0]), "KB", Math.round(size / 1024));
    }
  }
}
main();
