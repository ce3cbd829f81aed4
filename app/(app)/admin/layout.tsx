import type { ReactNode } from "react";
import { AdminOnlyNotice, adminOrForbidden } from "@/components/admin/users/admin-access";

/** Every /admin page is for admins: others get 403 here, before the page's loading state starts the response. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (!(await adminOrForbidden())) return <AdminOnlyNotice />;
  return children;
}
