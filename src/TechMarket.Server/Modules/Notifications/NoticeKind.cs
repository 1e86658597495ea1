namespace TechMarket.Server.Modules.Notifications;

/// <summary>What a personal notice is about (the client words it in its language from the kind and the values).</summary>
public enum NoticeKind
{
    /// <summary>A need, challenge or achievement matches you; values: score, subjectKind, counterpartKind, matchId.</summary>
    MatchFound,

    /// <summary>The bureau accepted your need (and listed it).</summary>
    NeedAccepted,

    /// <summary>The bureau rejected your need; value: reason.</summary>
    NeedRejected,

    /// <summary>You were assigned to review a challenge's bids.</summary>
    ReviewAssigned,

    /// <summary>A challenge you bid on was awarded; values: won, rank.</summary>
    AwardResult,

    /// <summary>联合答题: a joint bid names your organisation (or names it on new terms); the subject is the bid; values:
    /// leadName, role, share.</summary>
    JointBidNamed,

    /// <summary>A joint bid that named your organisation no longer does; the subject is the bid; value: leadName.</summary>
    JointBidUnnamed,

    /// <summary>A member of a joint bid your organisation is in confirmed or declined; the subject is the bid; values:
    /// leadName, memberName, answer (Confirmed or Declined), and to the lead only the reason of a decline.</summary>
    JointBidAnswered,

    /// <summary>签署: a contract your organisation is party to waits for its signature; the subject is the contract; value:
    /// cause (Drafted, Revised, RegistrationRefused or CounterpartSigned — a revision or a refused registration voided every
    /// signature).</summary>
    SignatureRequested,

    /// <summary>验收: the buyer accepted a milestone your organisation delivers; the subject is the contract; values:
    /// milestone (its number, from 1), milestoneTitle.</summary>
    MilestoneAccepted,

    /// <summary>到账: a payment towards a milestone your organisation delivers arrived; the subject is the contract;
    /// values: milestone, milestoneTitle, amount (e.g. 120000.00), method (Online, BankTransfer or Voucher).</summary>
    PaymentReceived,
}
