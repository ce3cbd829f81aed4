import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

/** The home page: managers start from their work of the day, directors and admins from the portfolio dashboard. */
export default async function Home() {
  const user = await requireUser();
  redirect(user.role === "MANAGER" ? "/my-work" : "/dashboard");
}
