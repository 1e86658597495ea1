export { MyContractsPage } from './MyContractsPage';
export { ContractPage } from './ContractPage';
export { NewContractPage } from './NewContractPage';
export { AwardContractsPage } from './AwardContractsPage';
export { RegistrationsPage, TransfersPage } from './BureauPages';
export { VoucherAdminPage, ClaimsPage } from './BureauMoneyPages';
export { VouchersPage, LedgerPage } from './HolderPages';
