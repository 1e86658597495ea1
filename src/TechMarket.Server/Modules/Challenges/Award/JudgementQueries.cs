using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public static class JudgementQueries
{
    public static RouteGroupBuilder MapJudgement(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/judgement", Judgement).RequireAuthorization(Policies.SignedIn)
            .WithSummary("市场判题: the deliveries and the funders' verdicts (the bureau and funders: all; a winning team: its own deliveries)");
        return challenges;
    }

    /// <summary>The bureau and the funders read every delivery; a winning team its own (a rival's report is not its to
    /// read) and the verdicts; anyone else learns nothing, not even whether there is anything.</summary>
    public static bool MayRead(ChallengeDetails challenge, Actor actor, Delivery delivery) =>
        ChallengeVisibility.Administers(challenge, actor) || actor.BelongsTo(delivery.OrganisationId);

    private static bool MayReadVerdicts(ChallengeDetails challenge, Actor actor) =>
        ChallengeVisibility.Administers(challenge, actor)
        || (actor.OrganisationId is { } organisation && challenge.Results.Any(r => r.Won && r.OrganisationId == organisation));

    private static async Task<Results<Ok<JudgementView>, ProblemHttpResult>> Judgement(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        if (!MayReadVerdicts(challenge, actor))
        {
            return Problems.NotFound("The challenge's judgement");
        }

        var names = challenge.Funding.GroupBy(f => f.EnterpriseId).ToDictionary(g => g.Key, g => g.First().EnterpriseName);
        return TypedResults.Ok(new JudgementView(
            challenge.JudgementRound,
            challenge.DeliverBy,
            [.. challenge.Deliveries.Where(d => MayRead(challenge, actor, d)).Select(d => new DeliveryView(
                d.Id, d.Round, d.Label, d.Report, [.. d.Files.Select((f, i) => new DeliveredFileView(i + 1, f.FileName, f.ContentType, f.Size, f.Sha256))], d.At))],
            [.. challenge.Verdicts.Select(v => new VerdictView(
                v.Round, names.GetValueOrDefault(v.EnterpriseId, string.Empty), v.Accepted, v.Reason, v.AdoptedLabel,
                [.. v.Teams.Select(t => new TeamVerdictView(t.Label, t.Accepted, t.Note))], v.Site, v.At))],
            challenge.Resumptions));
    }
}
