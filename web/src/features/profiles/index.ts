// The three lists (三张清单), their own lazy chunk.
export { ProfilePage } from './ProfilePage';
