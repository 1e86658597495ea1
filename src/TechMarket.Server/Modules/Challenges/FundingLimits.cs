using System.Globalization;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>
/// 企业出题: the enterprises pay, the government adds to it. The subsidy is at most <see cref="SubsidyRatio"/> times the
/// enterprises' funding and never above <see cref="SubsidyCap"/> for one challenge.
/// </summary>
public sealed record FundingLimits(decimal SubsidyRatio, decimal SubsidyCap)
{
    public static readonly FundingLimits Default = new(ChallengeOptions.DefaultSubsidyRatio, ChallengeOptions.DefaultSubsidyCap);

    /// <summary>The most subsidy the enterprises' funding allows.</summary>
    public decimal MaxSubsidy(decimal enterpriseFunding) =>
        Math.Min(SubsidyCap, Math.Round(enterpriseFunding * SubsidyRatio, 2, MidpointRounding.ToZero));

    public DomainError? Check(decimal subsidy, decimal enterpriseFunding)
    {
        var max = MaxSubsidy(enterpriseFunding);
        return subsidy <= max
            ? null
            : DomainError.Invalid("governmentSubsidy", string.Create(CultureInfo.InvariantCulture,
                $"The government subsidy may be at most {max:N2} yuan: {SubsidyRatio:0.##} × the enterprises' funding of {enterpriseFunding:N2}, and never above {SubsidyCap:N2}."));
    }

    /// <summary>
    /// What each winner may be funded at most: the whole bounty for a single winner; bounty ÷ planned winners in a
    /// horse race (rounded down to the fen) — planned, not actual, so fewer bids never raise a team's funding.
    /// </summary>
    public static decimal PerWinnerCap(decimal bounty, ChallengeTerms terms) =>
        terms.Mode == ChallengeMode.HorseRace
            ? Math.Round(bounty / Math.Max(terms.WinnerCount, 1), 2, MidpointRounding.ToZero)
            : bounty;
}
