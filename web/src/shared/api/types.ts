import type { components } from './schema';

/** Schemas from the generated OpenAPI types, by name. */
export type Schemas = components['schemas'];

export type NeedView = Schemas['NeedView'];
export type NeedSummary = Schemas['NeedSummary'];
export type NeedStatus = NonNullable<Schemas['NeedStatus']>;
export type NeedContent = Schemas['NeedContent'];
export type ChallengeCard = Schemas['ChallengeCard'];
export type ChallengeView = Schemas['ChallengeView'];
export type ChallengeStatus = NonNullable<Schemas['ChallengeStatus']>;
export type ChallengeMode = NonNullable<Schemas['ChallengeMode']>;
export type Criterion = Schemas['Criterion'];
export type DraftChallengeRequest = Schemas['DraftChallengeRequest'];
export type BidView = Schemas['BidView'];
export type BidRequest = Schemas['BidRequest'];
export type BidReceipt = Schemas['BidReceipt'];
export type MyBid = Schemas['MyBid'];
export type BidStatus = NonNullable<Schemas['BidStatus']>;
export type JointMemberView = Schemas['JointMemberView'];
export type AttachmentRef = Schemas['AttachmentRef'];
export type Organisation = Schemas['Organisation'];
export type OrganisationKind = NonNullable<Schemas['OrganisationKind']>;
export type FeedbackReason = NonNullable<Schemas['FeedbackReason']>;
export type CriterionScore = Schemas['CriterionScore'];
export type ExpertProfile = Schemas['ExpertProfile'];
export type TechField = Schemas['TechField'];
export type District = Schemas['District'];
export type Disclosure = Schemas['Disclosure'];
export type CriterionAverage = Schemas['CriterionAverage'];
export type StageOutcome = NonNullable<Schemas['StageOutcome']>;
export type AssignedReview = Schemas['ReviewAssignment'];
export type ReviewLog = Schemas['ReviewLog'];
export type RoundView = Schemas['RoundView'];
export type NeedImportReceipt = Schemas['NeedImportReceipt'];

/** A need as its reader may see it: in full (its enterprise, the bureau) or its public summary. */
export type NeedRead = NeedView | NeedSummary;

export function isFullNeed(need: NeedRead): need is NeedView {
  return 'description' in need;
}

export type BlindBidView = Schemas['BlindBidView'];
export type RankingRow = Schemas['RankingRow'];
export type StagesView = Schemas['StagesView'];
export type TeamView = Schemas['TeamView'];

/** A bid as its reader may see it: in full (its bidder, the bureau after close) or blind (an assigned expert). */
export type BidRead = BidView | BlindBidView;

export function isFullBid(bid: BidRead): bid is BidView {
  return 'id' in bid;
}

/** A bid its own bidder reads: the server always answers it in full. */
export function fullBid(bid: BidRead): BidView {
  if (!isFullBid(bid)) throw new Error('Expected the full view of a bid.');
  return bid;
}

/** The bids an assigned expert reads: the server answers experts blind only. */
export function blindBids(bids: readonly BidRead[]): BlindBidView[] {
  return bids.filter((bid): bid is BlindBidView => !isFullBid(bid));
}

/** POST answers that create a resource. */
export interface Created {
  id: string;
}

// Contracts, settlement, vouchers, the broker ledger and achievements.
export type ContractView = Schemas['ContractView'];
export type ContractListItem = Schemas['ContractListItem'];
export type ContractStatus = NonNullable<Schemas['ContractStatus']>;
export type ContractType = NonNullable<Schemas['ContractType']>;
export type MilestoneStatus = NonNullable<Schemas['MilestoneStatus']>;
export type PaymentStatus = NonNullable<Schemas['PaymentStatus']>;
export type PendingTransfer = Schemas['PendingTransfer'];
export type VoucherView = Schemas['VoucherView'];
export type BrokerLedger = Schemas['BrokerLedger'];
export type AchievementView = Schemas['AchievementView'];
export type ContractFileRef = Schemas['ContractFileRef'];
export type TransferMode = NonNullable<Schemas['TransferMode']>;
/** Not a schema of its own (lists of enums carry no item type in the OpenAPI document); as the server names them. */
export type VoucherUse = 'Consulting' | 'TechnicalService' | 'TestingAndInstruments';
export type AchievementContent = Schemas['AchievementContent'];
export type TrialTerms = Schemas['TrialTerms'];
export type DealView = Schemas['DealView'];
export type DealStatus = NonNullable<Schemas['DealStatus']>;
export type TrialView = Schemas['TrialView'];
export type TrialStatus = NonNullable<Schemas['TrialStatus']>;
export type ContractTerms = Schemas['ContractTerms'];
export type ContractTermsRequest = Schemas['ContractTermsRequest'];
export type MilestoneTerms = Schemas['MilestoneTerms'];
export type ContractBroker = Schemas['ContractBroker'];
export type PartySide = NonNullable<Schemas['PartySide']>;
export type OrganisationCard = Schemas['OrganisationCard'];
export type PaymentMethods = Schemas['PaymentMethods'];
export type RedemptionReport = Schemas['RedemptionReport'];
export type RegistrationFlags = Schemas['RegistrationFlags'];
export type RegisterContractRequest = Schemas['RegisterContractRequest'];
export type AwardContracts = Schemas['AwardContracts'];
export type AwardedContract = Schemas['AwardedContract'];
export type ContractSummary = Schemas['ContractSummary'];
export type ObjectionView = Schemas['ObjectionView'];
export type Republication = Schemas['Republication'];

export type JudgementView = Schemas['JudgementView'];
export type DeliveryView = Schemas['DeliveryView'];
export type VerdictView = Schemas['VerdictView'];
export type AcceptResultsRequest = Schemas['AcceptResultsRequest'];
