using FluentValidation;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>How much of the bounty the enterprise behind an accepted need is asked to fund.</summary>
public sealed record NeedFunding(Guid NeedId, decimal Amount);

public sealed record DraftChallengeRequest(
    string Title,
    [LongText] string PublicSummary,
    [LongText] string ConfidentialDetails,
    [LongText] string Requirements,
    string Field,
    IReadOnlyList<NeedFunding> Needs,
    decimal GovernmentSubsidy,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<Criterion> Criteria,
    Eligibility Eligibility,
    ChallengeMode Mode,
    int WinnerCount,
    [LongText] string NdaTerms,
    IReadOnlyList<FundingStage>? Stages = null);

public sealed class DraftChallengeValidator : AbstractValidator<DraftChallengeRequest>
{
    public DraftChallengeValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(r => r.PublicSummary).NotEmpty().TrimmedLength(10, 1000);
        RuleFor(r => r.ConfidentialDetails).NotNull().MaximumLength(10000);
        RuleFor(r => r.Requirements).NotEmpty().TrimmedLength(10, 5000);
        RuleFor(r => r.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.Needs).NotEmpty().WithMessage("A challenge is built from at least one accepted need.")
            .Must(n => n is null || n.Count <= 10).WithMessage("At most 10 needs.")
            .Must(n => n is null || n.Select(x => x.NeedId).Distinct().Count() == n.Count).WithMessage("A need is listed twice.");
        RuleForEach(r => r.Needs).ChildRules(need => need.RuleFor(n => n.Amount).Money());
        RuleFor(r => r.GovernmentSubsidy).Money();
        // "Any" rather than a sum: a sum of unchecked amounts can overflow before the money rule refuses them.
        RuleFor(r => r).Must(r => r.Needs is null || r.GovernmentSubsidy > 0 || r.Needs.Any(n => n.Amount > 0))
            .WithName("bounty").WithMessage("The bounty (enterprise funding plus subsidy) must be more than zero.");
        RuleFor(r => r.ClosesAt).GreaterThan(r => r.OpensAt).WithMessage("Bidding must close after it opens.");
        RuleFor(r => r.Criteria).NotEmpty()
            .Must(c => c is null || c.Sum(x => (long)x.Weight) == 100).WithMessage("The criteria's weights must sum to 100.")
            .Must(c => c is null || c.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == c.Count).WithMessage("Criterion keys must be unique.")
            .Must(c => c is null || c.Count <= 10).WithMessage("At most 10 criteria.");
        RuleForEach(r => r.Criteria).ChildRules(criterion =>
        {
            criterion.RuleFor(c => c.Key).Matches("^[a-z][a-z0-9-]{0,29}$").WithMessage("A key is lower-case letters, digits and dashes.");
            criterion.RuleFor(c => c.Name).NotEmpty().TrimmedLength(2, 50);
            criterion.RuleFor(c => c.Weight).InclusiveBetween(1, 100);
        });
        RuleFor(r => r.Eligibility).NotNull();
        RuleFor(r => r.Eligibility.Kinds).NotEmpty().When(r => r.Eligibility is not null)
            .WithMessage("Name at least one kind of organisation that may bid.");
        RuleForEach(r => r.Eligibility.Kinds).Must(BidderKinds.Contains).When(r => r.Eligibility is not null)
            .WithMessage("Unknown kind of organisation.");
        RuleForEach(r => r.Eligibility.Districts).Must(catalog.IsDistrict).When(r => r.Eligibility is not null)
            .WithMessage("Unknown district code.");
        RuleFor(r => r.Mode).IsInEnum();
        RuleFor(r => r.WinnerCount).Equal(1).When(r => r.Mode == ChallengeMode.SingleWinner)
            .WithMessage("A single-winner challenge has one winner.");
        RuleFor(r => r.WinnerCount).InclusiveBetween(2, 10).When(r => r.Mode == ChallengeMode.HorseRace)
            .WithMessage("A horse race funds 2 to 10 teams in parallel.");
        RuleFor(r => r.Stages).Must(s => s is null || s.Count == 0).When(r => r.Mode == ChallengeMode.SingleWinner)
            .WithMessage("Funding stages apply to horse races only.");
        RuleFor(r => r.Stages).NotEmpty().Must(s => s is null || (s.Count <= 5 && s.Sum(x => (long)x.SharePercent) == 100 && s.All(x => x.SharePercent > 0)))
            .When(r => r.Mode == ChallengeMode.HorseRace)
            .WithMessage("A horse race has 1 to 5 funding stages whose shares are positive and sum to 100.");
        RuleForEach(r => r.Stages).ChildRules(stage => stage.RuleFor(s => s.Name).NotEmpty().TrimmedLength(2, 50));
        RuleFor(r => r.NdaTerms).NotEmpty().TrimmedLength(10, 5000);
    }

    /// <summary>Kinds that may bid on a challenge: universities and institutes solve (揭榜), enterprises may too.</summary>
    public static readonly IReadOnlySet<OrganisationKind> BidderKinds =
        new HashSet<OrganisationKind> { OrganisationKind.University, OrganisationKind.Institute, OrganisationKind.Enterprise };
}
