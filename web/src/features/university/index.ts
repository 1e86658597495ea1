// The university / institute workspace, one lazy chunk: bids, receipts, results.
export { MyBidsPage } from './MyBidsPage';
export { BidFormPage } from './BidFormPage';
export { BidPage } from './BidPage';
