using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>立题: a bureau officer turns accepted needs of their jurisdiction into a draft challenge.</summary>
public static class DraftChallenge
{
    public static Decision Decide(
        Guid challengeId, DraftChallengeRequest request, IReadOnlyDictionary<Guid, NeedDetails> needs, Actor officer, DateTimeOffset now)
    {
        if (request.ClosesAt <= now)
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

            funding.Add(new FundingShare(need.Id, need.OrganisationId, need.OrganisationName, item.Amount));
        }

        var terms = new ChallengeTerms(
            request.Title.Trim(), request.PublicSummary.Trim(), request.ConfidentialDetails.Trim(), request.Requirements.Trim(),
            request.Field, request.GovernmentSubsidy, request.OpensAt, request.ClosesAt,
            request.Criteria.Select(c => c with { Name = c.Name.Trim() }).ToList(),
            new Eligibility(request.Eligibility.Kinds.Distinct().ToList(), (request.Eligibility.Districts ?? []).Distinct().ToList()),
            request.Mode, request.WinnerCount, (request.Stages ?? []).Select(s => s with { Name = s.Name.Trim() }).ToList(), request.NdaTerms.Trim());
        // A challenge on one district's needs belongs to that district, so its own bureau runs it even when the
        // city drafted it; one spanning districts belongs to the city.
        var districts = request.Needs.Select(n => needs[n.NeedId].District).Distinct().ToList();
        var district = districts.Count == 1 ? districts[0] : officer.Jurisdiction!;
        return Decision.Accept(new ChallengeDrafted(challengeId, district, terms, funding, officer.UserId, now));
    }

    public static RouteGroupBuilder MapDraftChallenge(this RouteGroupBuilder group)
    {
        group.MapPost("/", async (DraftChallengeRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var ids = request.Needs.Select(n => n.NeedId).ToArray();
                var needs = (await session.LoadManyAsync<NeedDetails>(ct, ids)).ToDictionary(n => n.Id);
                var challengeId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                var decision = Decide(challengeId, request, needs, actor, now);
                if (decision.IsRefused)
                {
                    return Problems.From(decision.Error!);
                }

                // Each need records the challenge in the same transaction; several challenges drafted on one need
                // at once race on its stream, and the losers record again on the fresh state.
                return await session.RetryOnConcurrentWrite<IResult>(async () =>
                {
                    foreach (var needId in needs.Keys)
                    {
                        var need = await session.Events.FetchForWriting<Need>(needId, ct);
                        var taken = TakeNeedIntoChallenge.Decide(need.Aggregate!, new TakeNeedIntoChallenge(challengeId, request.Title.Trim(), actor, now));
                        if (taken.Error is { } refused)
                        {
                            return Problems.From(refused);
                        }

                        need.AppendMany(taken.Events);
                    }

                    return await session.Start<Challenge>(http, challengeId, decision, $"/api/challenges/{challengeId}", ct);
                }, ct);
            })
            .RequireAuthorization(Policies.Bureau)
            .Validate<DraftChallengeRequest>()
            .WithSummary("Create a draft challenge (榜单) from accepted needs");
        return group;
    }
}
