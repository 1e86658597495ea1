import { createBrowserRouter, type RouteObject } from 'react-router';
import { Shell } from './Shell';
import { RequireRole } from './RequireRole';
import { AuthCallback } from './AuthCallback';
import { NotFound, RouteError } from './NotFound';
import type { Role } from '@/shared/auth/oidc';

// Each workspace is its own chunk, loaded when someone first opens it: a bidder never downloads the bureau's screens.
const publicPages = () => import('@/features/public');
const enterprise = () => import('@/features/enterprise');
const university = () => import('@/features/university');
const expert = () => import('@/features/expert');
const bureau = () => import('@/features/bureau');
const search = () => import('@/features/search');
const notices = () => import('@/features/notices');
const matching = () => import('@/features/matching');
const profiles = () => import('@/features/profiles');
const contracts = () => import('@/features/contracts');
const market = () => import('@/features/achievements');
const statistics = () => import('@/features/statistics');

type Loader = () => Promise<Record<string, React.ComponentType>>;
const page = (load: Loader, name: string) => async () => ({ Component: (await load())[name] });

function workspace(path: string, role: Role, load: Loader, pages: [string | null, string][]): RouteObject {
  return {
    path,
    element: <RequireRole role={role} />,
    children: pages.map(([child, name]) => (child === null ? { index: true, lazy: page(load, name) } : { path: child, lazy: page(load, name) })),
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: page(publicPages, 'HomePage') },
      { path: 'register', lazy: page(publicPages, 'RegisterPage') },
      { path: 'auth/callback', element: <AuthCallback /> },
      // The market is public: anyone reads the needs hall, the board, a challenge's public page, the achievement hall and
      // searches them.
      { path: 'search', lazy: page(search, 'SearchPage') },
      { path: 'needs', lazy: page(publicPages, 'NeedsHallPage') },
      { path: 'needs/:id', lazy: page(publicPages, 'NeedPage') },
      { path: 'challenges', lazy: page(publicPages, 'BoardPage') },
      { path: 'challenges/:id', lazy: page(publicPages, 'ChallengePage') },
      { path: 'achievements', lazy: page(market, 'AchievementsHallPage') },
      { path: 'achievements/:id', lazy: page(market, 'AchievementPage') },
      { path: 'lists', lazy: page(publicPages, 'ListsPage') },
      { path: 'lists/:id', lazy: page(publicPages, 'ListPage') },
      {
        element: <RequireRole />,
        children: [
          { path: 'notices', lazy: page(notices, 'NotificationsPage') },
          { path: 'matches', lazy: page(matching, 'MatchesPage') },
          { path: 'deals', lazy: page(market, 'DealsPage') },
          { path: 'deals/:id', lazy: page(market, 'DealPage') },
          { path: 'trials', lazy: page(market, 'TrialsPage') },
          { path: 'contracts', lazy: page(contracts, 'MyContractsPage') },
          { path: 'contracts/new', lazy: page(contracts, 'NewContractPage') },
          { path: 'contracts/award/:id', lazy: page(contracts, 'AwardContractsPage') },
          { path: 'contracts/:id', lazy: page(contracts, 'ContractPage') },
        ],
      },
      workspace('enterprise', 'Enterprise', enterprise, [
        [null, 'MyNeedsPage'],
        ['needs/new', 'NewNeedPage'],
        ['needs/:id', 'MyNeedPage'],
        ['challenges', 'MyChallengesPage'],
      ]),
      workspace('enterprise', 'Enterprise', profiles, [['profile', 'ProfilePage']]),
      workspace('enterprise', 'Enterprise', matching, [['matches', 'MatchesPage']]),
      workspace('university', 'University', university, [
        [null, 'MyBidsPage'],
        ['challenges/:id/bid', 'BidFormPage'],
        ['bids/:id', 'BidPage'],
      ]),
      workspace('university', 'University', profiles, [['profile', 'ProfilePage']]),
      // Institutes and hospitals post needs too; their users hold the university role.
      workspace('university', 'University', enterprise, [['needs', 'MyNeedsPage'], ['needs/new', 'NewNeedPage'], ['needs/:id', 'MyNeedPage']]),
      workspace('university', 'University', matching, [['matches', 'MatchesPage']]),
      workspace('expert', 'Expert', expert, [
        [null, 'ReviewsPage'],
        ['challenges/:id', 'ScoringPage'],
        ['profile', 'ProfilePage'],
      ]),
      workspace('bureau', 'Bureau', bureau, [
        [null, 'NeedQueuePage'],
        ['organisations', 'OrganisationsPage'],
        ['rounds', 'RoundsPage'],
        ['challenges', 'ChallengesPage'],
        ['challenges/new', 'NewChallengePage'],
        ['challenges/:id', 'ManageChallengePage'],
      ]),
      workspace('bureau', 'Bureau', contracts, [
        ['registrations', 'RegistrationsPage'],
        ['transfers', 'TransfersPage'],
        ['vouchers', 'VoucherAdminPage'],
        ['claims', 'ClaimsPage'],
      ]),
      workspace('university', 'University', market, [
        ['achievements', 'MyAchievementsPage'],
        ['achievements/new', 'AchievementFormPage'],
      ]),
      workspace('bureau', 'Bureau', statistics, [['statistics', 'StatisticsPage']]),
      workspace('enterprise', 'Enterprise', contracts, [['vouchers', 'VouchersPage']]),
      workspace('broker', 'Broker', contracts, [[null, 'LedgerPage']]),
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
