import type { ParseKeys } from 'i18next';
import type { Role } from '@/shared/auth/oidc';

export interface NavItem {
  to: string;
  label: ParseKeys;
}

export interface Workspace {
  role: Role;
  base: string;
  label: ParseKeys;
  items: NavItem[];
}

/** Each role's workspace and its pages. A later feature adds its pages here (contracts, statistics, notices). */
export const workspaces: Workspace[] = [
  {
    role: 'Enterprise',
    base: '/enterprise',
    label: 'nav.enterprise',
    items: [
      { to: '/enterprise', label: 'nav.myNeeds' },
      { to: '/enterprise/needs/new', label: 'nav.newNeed' },
      { to: '/enterprise/challenges', label: 'nav.myChallenges' },
      { to: '/enterprise/profile', label: 'nav.profile' },
      { to: '/enterprise/matches', label: 'nav.matches' },
      { to: '/contracts', label: 'nav.contracts' },
      { to: '/deals', label: 'nav.deals' },
      { to: '/trials', label: 'nav.trials' },
      { to: '/enterprise/vouchers', label: 'nav.vouchers' },
    ],
  },
  {
    role: 'University',
    base: '/university',
    label: 'nav.university',
    items: [
      { to: '/university', label: 'nav.myBids' },
      { to: '/university/needs', label: 'nav.myNeeds' },
      { to: '/challenges', label: 'nav.challenges' },
      { to: '/university/profile', label: 'nav.profile' },
      { to: '/university/matches', label: 'nav.matches' },
      { to: '/university/achievements', label: 'nav.myAchievements' },
      { to: '/deals', label: 'nav.deals' },
      { to: '/trials', label: 'nav.trials' },
      { to: '/contracts', label: 'nav.contracts' },
    ],
  },
  {
    role: 'Expert',
    base: '/expert',
    label: 'nav.expert',
    items: [
      { to: '/expert', label: 'nav.reviews' },
      { to: '/expert/profile', label: 'nav.expertProfile' },
    ],
  },
  {
    role: 'Bureau',
    base: '/bureau',
    label: 'nav.bureau',
    items: [
      { to: '/bureau', label: 'nav.needQueue' },
      { to: '/bureau/organisations', label: 'nav.organisations' },
      { to: '/bureau/rounds', label: 'nav.rounds' },
      { to: '/bureau/challenges', label: 'nav.manageChallenges' },
      { to: '/bureau/challenges/new', label: 'nav.newChallenge' },
      { to: '/bureau/registrations', label: 'nav.registrations' },
      { to: '/bureau/transfers', label: 'nav.transfers' },
      { to: '/bureau/vouchers', label: 'nav.voucherAdmin' },
      { to: '/bureau/claims', label: 'nav.claims' },
      { to: '/bureau/statistics', label: 'nav.statistics' },
    ],
  },
  {
    role: 'Broker',
    base: '/broker',
    label: 'nav.broker',
    items: [{ to: '/broker', label: 'nav.ledger' }],
  },
];

export const publicItems: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/needs', label: 'nav.needs' },
  { to: '/challenges', label: 'nav.challenges' },
  { to: '/lists', label: 'nav.lists' },
  { to: '/search', label: 'nav.search' },
  { to: '/achievements', label: 'nav.achievements' },
];
