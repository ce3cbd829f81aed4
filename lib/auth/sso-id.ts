/** The single sign-on provider's id in next-auth's URLs (/api/auth/signin/oidc, /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";
