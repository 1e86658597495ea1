// Search (找技术), its own lazy chunk.
export { SearchPage } from './SearchPage';
