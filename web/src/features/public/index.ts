// The public screens, one lazy chunk: home, needs hall, challenge board and page, registration.
export { HomePage } from './HomePage';
export { BoardPage } from './BoardPage';
export { NeedsHallPage } from './NeedsHallPage';
export { NeedPage } from './NeedPage';
export { ChallengePage } from './ChallengePage';
export { RegisterPage } from './RegisterPage';
export { ListsPage, ListPage } from './ListsPage';
