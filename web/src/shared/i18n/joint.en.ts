import type { jointZhCN } from './joint.zh-CN';

/** Joint bids: the lead, its members, their shares and confirmations (English). */
export const jointEn: typeof jointZhCN = {
  joint: {
    title: 'Joint bid',
    intro: 'Universities, institutes and enterprises may bid together: your organisation leads and names each member with its role and share of the budget (the shares add up to the budget); every member confirms before the deadline, or the bid is not valid at the close.',
    enable: 'Joint bid (联合答题)',
    leadRole: "Lead's role",
    leadShare: "Lead's share (yuan)",
    members: 'Members',
    member: 'Member organisation',
    role: 'Role',
    share: 'Share (yuan)',
    answer: 'Answer',
    addMember: 'Add a member',
    removeMember: 'Remove',
    sharesTotal: 'Shares total {{total}}, budget {{budget}}',
    lead: 'Lead',
    asMember: 'Member',
    leadBy: 'Led by {{name}}',
    confirm: 'Confirm our part',
    decline: 'Decline',
    declineReason: 'Reason (the lead reads it)',
    confirmed: 'Your organisation takes part in this joint bid.',
    declined: 'Declined.',
    excluded: 'A member had not confirmed by the deadline: this joint bid is not valid and was not reviewed.',
    pendingWarning: 'Some members have not confirmed yet: unless they do before the deadline, the bid is not valid at the close.',
    awardMembers: 'Members and shares',
    answers: {
      Pending: 'Pending',
      Confirmed: 'Confirmed',
      Declined: 'Declined',
    },
  },
};
