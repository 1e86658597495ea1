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
}
