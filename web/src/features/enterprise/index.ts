// The enterprise workspace, one lazy chunk: my needs, drafting and revising, funding and results.
export { MyNeedsPage } from './MyNeedsPage';
export { NewNeedPage } from './NewNeedPage';
export { MyNeedPage } from './MyNeedPage';
export { MyChallengesPage } from './MyChallengesPage';
