// Matches with reasons (智能匹配), its own lazy chunk.
export { MatchesPage } from './MatchesPage';
