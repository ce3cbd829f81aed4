/** After a change on one of the account page's tabs: the account page is rendered afresh. */
export const accountPagePaths = ({ accountId }: { accountId: string }) => [`/accounts/${accountId}`];
