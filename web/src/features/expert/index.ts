// The expert workspace, one lazy chunk: assigned reviews, blind scoring, conflicts.
export { ReviewsPage } from './ReviewsPage';
export { ScoringPage } from './ScoringPage';
export { ProfilePage } from './ProfilePage';
