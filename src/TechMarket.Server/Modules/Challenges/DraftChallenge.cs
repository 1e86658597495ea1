using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
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
    IReadOnlyList<FundingStage>? Stages = null,
    decimal? PassMark = null);

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
        // 企业出题: every enterprise behind the challenge pays something; a share of zero is not funding.
        RuleForEach(r => r.Needs).ChildRules(need => need.RuleFor(n => n.Amount).Cascade(CascadeMode.Stop).Money().GreaterThan(0m)
            .WithMessage("Every funding enterprise's share must be more than zero."));
        RuleFor(r => r.GovernmentSubsidy).Money();
        RuleFor(r => r.PassMark).InclusiveBetween(0m, 100m).Must(m => m is null || decimal.Round(m.Value, 2) == m.Value)
            .WithMessage("The pass mark is a weighted score from 0 to 100 with at most two decimals.");
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

/// <summary>立题: a bureau officer turns accepted needs of their jurisdiction into a draft challenge.</summary>
public sealed record DraftChallenge(Guid ChallengeId, DraftChallengeRequest Request, FundingLimits Limits, Actor Actor, DateTimeOffset Now)
{
    /// <param name="needs">The needs the request names, as far as they exist.</param>
    public static Decision Decide(DraftChallenge command, IReadOnlyDictionary<Guid, NeedDetails> needs)
    {
        var (request, officer) = (command.Request, command.Actor);
        if (request.ClosesAt <= command.Now)
        {
            return DomainError.Invalid("closesAt", "The bidding deadline must be in the future.");
        }

        var funding = new List<FundingShare>();
        foreach (var (item, index) in request.Needs.Select((n, i) => (n, i)))
        {
            if (!needs.TryGetValue(item.NeedId, out var need))
            {
                return DomainError.Invalid($"needs[{index}].needId", "There is no such need.");
            }

            // Named by its place in the request, never by its content: an officer of another district may not read it.
            if (!officer.Covers(need.District))
            {
                return DomainError.Forbidden("outside-jurisdiction", $"Need {index + 1} (needs[{index}]) belongs to a district outside your jurisdiction.");
            }

            if (need.Status != NeedStatus.Accepted)
            {
                return DomainError.Conflict("need-not-accepted", $"Need {index + 1} (needs[{index}]) is not an accepted need.");
            }

            // The enterprise said what it would spend on the need; its share of the bounty stays inside that range.
            if (item.Amount < need.BudgetMin || item.Amount > need.BudgetMax)
            {
                return DomainError.Invalid($"needs[{index}].amount", string.Create(CultureInfo.InvariantCulture,
                    $"Need {index + 1}'s share must be within its budget range of {need.BudgetMin:N2} to {need.BudgetMax:N2} yuan."));
            }

            funding.Add(new FundingShare(need.Id, need.OrganisationId, need.OrganisationName, item.Amount));
        }

        if (command.Limits.Check(request.GovernmentSubsidy, funding.Sum(f => f.Amount)) is { } tooMuchSubsidy)
        {
            return tooMuchSubsidy;
        }

        // A challenge on one district's needs belongs to that district, so its own bureau runs it even when the
        // city drafted it; one spanning districts belongs to the city.
        var districts = request.Needs.Select(n => needs[n.NeedId].District).Distinct().ToList();
        var district = districts.Count == 1 ? districts[0] : officer.Jurisdiction!;
        return Decision.Accept(new ChallengeDrafted(command.ChallengeId, district, Terms(request), funding, officer.UserId, command.Now));
    }

    private static ChallengeTerms Terms(DraftChallengeRequest request) => new(
        request.Title.Trim(), request.PublicSummary.Trim(), request.ConfidentialDetails.Trim(), request.Requirements.Trim(),
        request.Field, request.GovernmentSubsidy, request.OpensAt, request.ClosesAt,
        [.. request.Criteria.Select(c => c with { Name = c.Name.Trim() })],
        new Eligibility([.. request.Eligibility.Kinds.Distinct()], [.. (request.Eligibility.Districts ?? []).Distinct()]),
        request.Mode, request.WinnerCount, [.. (request.Stages ?? []).Select(s => s with { Name = s.Name.Trim() })], request.NdaTerms.Trim(),
        request.PassMark ?? 0m);
}

public static class DraftChallengeEndpoint
{
    public static RouteGroupBuilder MapDraftChallenge(this RouteGroupBuilder group)
    {
        group.MapPost("/", Handle)
            .RequireAuthorization(Policies.Bureau)
            .Validate<DraftChallengeRequest>()
            .WithSummary("Create a draft challenge (榜单) from accepted needs");
        return group;
    }

    /// <summary>Each need records the challenge in the same transaction; several challenges drafted on one need at once
    /// race on its stream, and the losers record again on the fresh state.</summary>
    private static async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> Handle(
        DraftChallengeRequest body, IOptions<ChallengeOptions> options, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        var needs = (await session.LoadManyAsync<NeedDetails>(ct, [.. body.Needs.Select(n => n.NeedId)])).ToDictionary(n => n.Id);
        var command = new DraftChallenge(Guid.CreateVersion7(), body, options.Value.FundingLimits, request.Actor, request.Now);
        var decision = DraftChallenge.Decide(command, needs);
        if (decision.Error is { } refused)
        {
            return Problems.Refuse<Created<CreatedResource>>(refused);
        }

        var taking = new TakeNeedIntoChallenge(command.ChallengeId, body.Title.Trim(), request.Actor, command.Now);
        return await session.RetryOnConcurrentWrite(async () =>
        {
            foreach (var needId in needs.Keys)
            {
                var need = await session.Events.FetchForWriting<Need>(needId, ct);
                var taken = TakeNeedIntoChallenge.Decide(need.Aggregate!, taking);
                if (taken.Error is { } error)
                {
                    return Problems.Refuse<Created<CreatedResource>>(error);
                }

                need.AppendMany(taken.Events);
            }

            return await request.Start<Challenge>(command.ChallengeId, decision, $"/api/challenges/{command.ChallengeId}");
        }, ct);
    }
}
