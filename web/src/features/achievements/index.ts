export { AchievementsHallPage } from './AchievementsHallPage';
export { AchievementPage } from './AchievementPage';
export { MyAchievementsPage } from './MyAchievementsPage';
export { AchievementFormPage } from './AchievementFormPage';
export { DealsPage } from './DealsPage';
export { DealPage } from './DealPage';
export { TrialsPage } from './TrialsPage';
