namespace TechMarket.Server.Modules.Matching;

/// <summary>Whether a broker follows what was published: the field (its sub-field, or the whole top-level field)
/// or the district. Following the field counts more than the district.</summary>
public static class BrokerFit
{
    public static Scored? Score(IReadOnlyList<string> followedFields, IReadOnlyList<string> followedDistricts, string field, string district)
    {
        var reasons = new List<MatchReason>();
        var score = 0.0;
        if (followedFields.FirstOrDefault(f => f == field || (f.Length == 2 && field.StartsWith(f, StringComparison.Ordinal))) is { } followed)
        {
            reasons.Add(new MatchReason(MatchReasonKind.FollowsField, [followed]));
            score += followed == field ? 0.7 : 0.6;
        }

        if (followedDistricts.Contains(district))
        {
            reasons.Add(new MatchReason(MatchReasonKind.FollowsDistrict, [district]));
            score += 0.3;
        }

        return reasons.Count == 0 ? null : new Scored(score, reasons);
    }
}
