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
}
