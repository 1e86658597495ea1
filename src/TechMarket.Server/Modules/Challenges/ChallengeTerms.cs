using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges;

public enum ChallengeMode
{
    /// <summary>揭榜挂帅: one winner.</summary>
    SingleWinner,

    /// <summary>赛马制: N winners funded in parallel, funding released stage by stage.</summary>
    HorseRace,
}

/// <summary>An evaluation criterion; weights of a challenge sum to 100.</summary>
public sealed record Criterion(string Key, string Name, int Weight);

/// <summary>A slice of each winner's funding released at a stage gate (horse race); shares sum to 100.</summary>
public sealed record FundingStage(string Name, int SharePercent);

/// <summary>Who may bid: organisation kinds, and optionally only some districts (empty = all).</summary>
public sealed record Eligibility(IReadOnlyList<OrganisationKind> Kinds, IReadOnlyList<string> Districts)
{
    /// <summary>Why the organisation may not take part — bid, or unlock the confidential details to bid — or null.</summary>
    public DomainError? Refuses(Organisation organisation)
    {
        if (!Kinds.Contains(organisation.Kind))
        {
            return DomainError.Forbidden("not-eligible", "Organisations of your kind are not eligible for this challenge.");
        }

        return Districts.Count > 0 && !Districts.Contains(organisation.District)
            ? DomainError.Forbidden("not-eligible", "This challenge is open to organisations of other districts only.")
            : null;
    }
}

/// <summary>What the bureau published (榜单): the problem, the window, how bids are judged and funded. PassMark is the
/// minimum weighted score (0–100) a bid needs to win; 0 means every ranked bid may win. It comes last, with a default,
/// because challenges drafted before it existed carry none.</summary>
public sealed record ChallengeTerms(
    string Title,
    string PublicSummary,
    string ConfidentialDetails,
    string Requirements,
    string Field,
    decimal GovernmentSubsidy,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<Criterion> Criteria,
    Eligibility Eligibility,
    ChallengeMode Mode,
    int WinnerCount,
    IReadOnlyList<FundingStage> Stages,
    string NdaTerms,
    decimal PassMark = 0m);
