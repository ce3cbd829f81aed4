import { revalidatePath } from "next/cache";

/** After a change on the account page's tabs: render the account page afresh. */
export const refresh = (accountId: string) => revalidatePath(`/accounts/${accountId}`);
