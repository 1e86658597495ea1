namespace TechMarket.Server.Modules.Matching;

/// <summary>Why a match was made; the values say the particulars (the client words them in its language).</summary>
public enum MatchReasonKind
{
    /// <summary>Words both texts use; values: the words, most telling first.</summary>
    MatchedTerms,

    /// <summary>The same second-level field; value: its code.</summary>
    SameSubField,

    /// <summary>The same top-level field; value: its code.</summary>
    SameField,

    /// <summary>The achievement is as mature as wanted or more; values: its TRL, the TRL wanted.</summary>
    TrlMeets,

    /// <summary>Less mature than wanted; values: its TRL, the TRL wanted.</summary>
    TrlBelow,

    /// <summary>Asking price within the budget; values: price, budget ceiling.</summary>
    PriceWithinBudget,

    /// <summary>Asking price above the budget by at most half; values: price, budget ceiling.</summary>
    PriceNearBudget,

    /// <summary>Asking price well above the budget; values: price, budget ceiling.</summary>
    PriceAboveBudget,

    /// <summary>No asking price: negotiable (面议).</summary>
    PriceNegotiable,

    /// <summary>Both sides in the same district; value: its code.</summary>
    SameDistrict,

    /// <summary>The achievement can be used first and paid later (先用后转).</summary>
    UseFirstPayLater,

    /// <summary>The broker follows this field; value: the code followed.</summary>
    FollowsField,

    /// <summary>The broker follows this district; value: its code.</summary>
    FollowsDistrict,
}

/// <summary>One reason of a match: its kind and the particulars it names.</summary>
public sealed record MatchReason(MatchReasonKind Kind, IReadOnlyList<string> Values)
{
    /// <summary>Two reasons are the same when they say the same: kind and values, in order.</summary>
    public bool Equals(MatchReason? other) => other is not null && Kind == other.Kind && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Kind, string.Join('\u001f', Values));
}
