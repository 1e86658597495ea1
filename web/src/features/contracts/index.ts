export { MyContractsPage } from './MyContractsPage';
export { ContractPage } from './ContractPage';
export { RegistrationsPage, TransfersPage } from './BureauPages';
export { VouchersPage, LedgerPage } from './HolderPages';
export { AchievementsHallPage } from '../achievements/AchievementsHallPage';
