using FluentValidation;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>A funder's verdict on one horse-race team, by its public label.</summary>
public sealed record TeamJudgement(string Label, bool Accepted, [LongText] string? Note = null);

/// <summary>Adopted and Teams for a horse race (the team whose result is adopted, a verdict on each team in the race);
/// Site for 车间验题.</summary>
public sealed record AcceptResultsRequest(string? Adopted = null, IReadOnlyList<TeamJudgement>? Teams = null, SiteValidation? Site = null);

public sealed class AcceptResultsValidator : AbstractValidator<AcceptResultsRequest>
{
    public const int MaxParticipants = 30;

    public AcceptResultsValidator()
    {
        RuleFor(r => r.Teams).Must(t => t is null || t.Select(x => x.Label).Distinct().Count() == t.Count).WithMessage("Judge each team once.");
        RuleForEach(r => r.Teams).ChildRules(team =>
        {
            team.RuleFor(t => t.Label).NotEmpty().MaximumLength(8);
            team.RuleFor(t => t.Note).TrimmedLength(0, Validation.MaxReasonLength);
        });
        RuleFor(r => r.Site!).ChildRules(site =>
        {
            site.RuleFor(s => s.Site).NotEmpty().TrimmedLength(2, 200);
            site.RuleFor(s => s.Participants).NotEmpty().Must(p => p.Count <= MaxParticipants)
                .WithMessage($"Name 1 to {MaxParticipants} participants.");
            site.RuleForEach(s => s.Participants).NotEmpty().TrimmedLength(1, 100);
        }).When(r => r.Site is not null);
    }
}

/// <summary>
/// 市场判题: the market, not the bureau, judges the outcome — each enterprise that funds the challenge accepts the
/// results (or rejects them, <see cref="RejectResults"/>). A single winner's results are judged on what it delivered
/// (<see cref="DeliverResults"/>); in a horse race, after its last stage gate, the funder judges each team still in the
/// race and adopts the result of one it accepted, which must have delivered. 车间验题 records where, when and with whom
/// the results were validated on the production floor. When the last funder accepts, the challenge is completed.
/// </summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record AcceptResults(string? Adopted, IReadOnlyList<TeamJudgement> Teams, SiteValidation? Site, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Challenge challenge, AcceptResults command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if ((JudgementRules.Funder(challenge, command.Actor, out var enterprise) ?? JudgementRules.Judgeable(challenge, enterprise, "have its results accepted"))
            is { } refused)
        {
            return refused;
        }

        if (command.Site is { } validated && validated.Date > command.Now.DateInChina())
        {
            return DomainError.Invalid("site.date", "车间验题 is recorded after it took place: the date cannot be in the future.");
        }

        var adoption = challenge.Terms.Mode == ChallengeMode.HorseRace ? Adopt(challenge, command) : SingleWinner(challenge, command);
        if (adoption.Error is { } invalid)
        {
            return invalid;
        }

        var (adopted, verdicts) = adoption.Value;
        if (!challenge.Delivered.Contains(adopted.BidId))
        {
            return DomainError.Conflict("not-delivered", $"Team {adopted.Label} has not delivered its results (a report and its files) yet.");
        }

        var site = command.Site is { } s ? new SiteValidation(s.Site.Trim(), s.Date, [.. s.Participants.Select(p => p.Trim())]) : null;
        var accepted = new ResultsAccepted(challenge.Id, enterprise, command.Actor.UserId, command.Now, adopted.BidId, verdicts, site);
        var everyFunder = challenge.Enterprises.All(e => e == enterprise || challenge.AcceptedBy.Contains(e));
        return everyFunder ? Decision.Accept(accepted, new ChallengeCompleted(challenge.Id, command.Now)) : Decision.Accept(accepted);
    }

    private static Judged SingleWinner(Challenge challenge, AcceptResults command)
    {
        if (command.Teams.Count > 0 || command.Adopted is not null)
        {
            return DomainError.Invalid("teams", "Only a horse race (赛马制) judges teams and adopts one; a single winner's results are accepted as a whole.");
        }

        return (challenge.Results.Single(r => r.Won), []);
    }

    private static Judged Adopt(Challenge challenge, AcceptResults command)
    {
        var inRace = ReviewStageGate.TeamsInRace(challenge);
        var missing = inRace.Where(r => command.Teams.All(t => t.Label != r.Label)).Select(r => r.Label).ToList();
        if (missing.Count > 0 || command.Teams.Any(t => inRace.All(r => r.Label != t.Label)))
        {
            return DomainError.Invalid("teams", missing.Count > 0
                ? $"Judge every team still in the race; missing: {string.Join(", ", missing)}."
                : "A verdict names a team that is not in the race.");
        }

        var adopted = inRace.FirstOrDefault(r => r.Label == command.Adopted);
        if (adopted is null || !command.Teams.Single(t => t.Label == adopted.Label).Accepted)
        {
            return DomainError.Invalid("adopted", "Adopt the result of one team in the race that you accept.");
        }

        return (adopted, [.. inRace.Select(r => command.Teams.Single(t => t.Label == r.Label))
            .Select(t => new TeamVerdict(inRace.Single(r => r.Label == t.Label).BidId, t.Label, t.Accepted, string.IsNullOrWhiteSpace(t.Note) ? null : t.Note.Trim()))]);
    }

    /// <summary>The team whose result is adopted and the verdicts, or why they are refused.</summary>
    private readonly record struct Judged(DomainError? Error, (BidResult Adopted, IReadOnlyList<TeamVerdict> Verdicts) Value)
    {
        public static implicit operator Judged(DomainError error) => new(error, default);

        public static implicit operator Judged((BidResult, IReadOnlyList<TeamVerdict>) value) => new(null, value);
    }
}

public static class AcceptResultsEndpoint
{
    public static RouteGroupBuilder MapAcceptResults(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/results/accept", (Guid id, AcceptResultsRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge, Organisation?>(id, "The challenge", request.OwnOrganisation(), (c, own) => AcceptResults.Decide(
                    c, new AcceptResults(body.Adopted, body.Teams ?? [], body.Site, request.Actor, request.Now, own))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<AcceptResultsRequest>()
            .WithSummary("市场判题: a funding enterprise accepts the delivered results (a horse race: judges each team and adopts one; 车间验题 with a site)");
        return challenges;
    }
}
