import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import { useTranslation } from 'react-i18next';
import { jurisdictionOf, organisationOf, rolesOf, userManager, type Role } from './oidc';

interface Auth {
  ready: boolean;
  user: User | null;
  name: string;
  roles: Role[];
  organisationId: string | null;
  /** A bureau officer's jurisdiction (a district code, or "city"). */
  jurisdiction: string | null;
  is: (role: Role) => boolean;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    userManager.getUser().then((stored) => {
      if (!alive) return;
      setUser(stored && !stored.expired ? stored : null);
      setReady(true);
    });
    const loaded = (next: User) => setUser(next);
    const unloaded = () => setUser(null);
    userManager.events.addUserLoaded(loaded);
    userManager.events.addUserUnloaded(unloaded);
    userManager.events.addUserSignedOut(unloaded);
    // A refresh that fails (revoked, expired, account disabled) ends the session here too.
    userManager.events.addSilentRenewError(() => userManager.removeUser());
    return () => {
      alive = false;
      userManager.events.removeUserLoaded(loaded);
      userManager.events.removeUserUnloaded(unloaded);
      userManager.events.removeUserSignedOut(unloaded);
    };
  }, []);

  const signIn = useCallback(
    (returnTo?: string) =>
      userManager.signinRedirect({
        state: { returnTo: returnTo ?? window.location.pathname + window.location.search },
        ui_locales: i18n.language,
      }),
    [i18n.language],
  );

  const signOut = useCallback(async () => {
    const current = await userManager.getUser();
    await userManager.removeUser();
    await userManager.signoutRedirect({ id_token_hint: current?.id_token });
  }, []);

  const value = useMemo<Auth>(() => {
    const roles = rolesOf(user);
    return {
      ready,
      user,
      name: (user?.profile.name as string | undefined) ?? '',
      roles,
      organisationId: organisationOf(user),
      jurisdiction: jurisdictionOf(user),
      is: (role) => roles.includes(role),
      signIn,
      signOut,
    };
  }, [ready, user, signIn, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
