// The bureau workspace, one lazy chunk: need queue, organisations, drafting, publishing, review and award.
export { NeedQueuePage } from './NeedQueuePage';
export { OrganisationsPage } from './OrganisationsPage';
export { RoundsPage } from './RoundsPage';
export { ChallengesPage } from './ChallengesPage';
export { NewChallengePage } from './NewChallengePage';
export { ManageChallengePage } from './ManageChallengePage';
