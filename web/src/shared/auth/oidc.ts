import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** The roles the server puts in the tokens (Infrastructure/Auth/Roles.cs). */
export type Role = 'Enterprise' | 'University' | 'Bureau' | 'Expert' | 'Broker' | 'Admin';

const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;

/**
 * The public client "techmarket-web" of our own OpenID Connect server: authorization code with PKCE (S256),
 * refresh tokens (offline_access) used for silent renewal before the access token expires. Tokens live in
 * sessionStorage: closing the tab forgets them, and the server's sign-in cookie signs the next tab in again.
 */
export const userManager = new UserManager({
  authority: origin,
  client_id: 'techmarket-web',
  redirect_uri: `${origin}/auth/callback`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid profile email roles offline_access api',
  automaticSilentRenew: true,
  loadUserInfo: false,
  userStore: new WebStorageStateStore({ store: typeof window === 'undefined' ? undefined : window.sessionStorage }),
});

export function rolesOf(user: User | null | undefined): Role[] {
  const claim = user?.profile.role as string | string[] | undefined;
  if (!claim) return [];
  return (Array.isArray(claim) ? claim : [claim]) as Role[];
}

export function organisationOf(user: User | null | undefined): string | null {
  const claim = user?.profile.org;
  return typeof claim === 'string' ? claim : null;
}

/** A bureau officer's jurisdiction: a district code, or "city" for the whole city. */
export function jurisdictionOf(user: User | null | undefined): string | null {
  const claim = user?.profile.jurisdiction;
  return typeof claim === 'string' ? claim : null;
}

/** The workspace a role lands on after signing in. */
export function homeFor(roles: Role[]): string {
  if (roles.includes('Bureau')) return '/bureau';
  if (roles.includes('Enterprise')) return '/enterprise';
  if (roles.includes('University')) return '/university';
  if (roles.includes('Expert')) return '/expert';
  if (roles.includes('Broker')) return '/broker';
  return '/';
}

export async function currentAccessToken(): Promise<string | null> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : null;
}
