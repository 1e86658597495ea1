using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Matching;

public static class MatchQueries
{
    public static RouteGroupBuilder MapMatchQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/mine", MineAsync)
            .RequireAuthorization(Policies.User)
            .WithSummary("Your matches, best first: found for your organisation (or you, a broker) and found for what you published");
        group.MapGet("/report", ReportAsync)
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("The two-way match report (三张清单对接) over the matches touching your jurisdiction");
        return group;
    }

    private static async Task<Results<Ok<Paged<MatchView>>, ValidationProblem>> MineAsync(
        Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        // Exactly the matches the caller is a side of (MatchSides.SideOf), so the page and its total agree.
        IQueryable<MatchDetails> query = session.Query<MatchDetails>();
        if (actor.IsIn(Roles.Broker))
        {
            query = query.Where(m => m.CounterpartKind == MatchCounterpartKind.Broker && m.CounterpartId == actor.UserId);
        }
        else if (actor.IsIn(Roles.Bureau))
        {
            query = query.Where(m => m.SubjectKind == MatchSubjectKind.Challenge && m.CounterpartKind != MatchCounterpartKind.Broker);
            if (actor.Jurisdiction != Jurisdictions.City)
            {
                var district = actor.Jurisdiction ?? string.Empty;
                query = query.Where(m => m.SubjectDistrict == district);
            }
        }
        else
        {
            var organisation = actor.OrganisationId is { } own && MatchSides.SpeaksFor(actor, own) ? own : Guid.Empty;
            query = query.Where(m => m.CounterpartKind != MatchCounterpartKind.Broker
                                     && (m.CounterpartId == organisation || m.SubjectOrganisationId == organisation));
        }

        var matches = await query
            .OrderByDescending(m => m.FoundAt).ThenByDescending(m => m.Score)
            .PageAsync(page, pageSize, ct);
        return TypedResults.Ok(matches.As(m => MatchViewing.ToView(m, MatchSides.SideOf(m.ToState(), actor)!.Value)));
    }

    private static async Task<Ok<MatchReport>> ReportAsync(Actor actor, IQuerySession session, MatchReportDirection? direction, CancellationToken ct)
    {
        var query = session.Query<MatchDetails>()
            .Where(m => m.CounterpartKind != MatchCounterpartKind.Broker && m.SubjectKind != MatchSubjectKind.Challenge);
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            var district = actor.Jurisdiction ?? string.Empty;
            query = query.Where(m => m.SubjectDistrict == district || m.CounterpartDistrict == district);
        }

        var matches = await query.ToListAsync(ct);
        var pairs = matches.Select(m => m.SubjectKind == MatchSubjectKind.Need
            ? (University: (m.CounterpartId, m.CounterpartName), Enterprise: (m.SubjectOrganisationId ?? Guid.Empty, m.SubjectOrganisationName), Match: m)
            : (University: (m.SubjectOrganisationId ?? Guid.Empty, m.SubjectOrganisationName), Enterprise: (m.CounterpartId, m.CounterpartName), Match: m));
        var wanted = direction ?? MatchReportDirection.UniversitiesToEnterprises;
        var rows = pairs
            .GroupBy(p => wanted == MatchReportDirection.UniversitiesToEnterprises ? p.University : p.Enterprise)
            .Select(row => new MatchReportRow(row.Key.Item1, row.Key.Item2, row.Count(), row
                .GroupBy(p => wanted == MatchReportDirection.UniversitiesToEnterprises ? p.Enterprise : p.University)
                .Select(partner => new MatchReportPartner(
                    partner.Key.Item1, partner.Key.Item2, partner.Count(), partner.Max(p => p.Match.Score),
                    partner.Count(p => p.Match.SubjectAnswer == MatchAnswer.FollowUp || p.Match.CounterpartAnswer == MatchAnswer.FollowUp)))
                .OrderByDescending(p => p.BestScore)
                .ToList()))
            .OrderByDescending(r => r.Matches).ThenBy(r => r.OrganisationName, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new MatchReport(wanted, rows));
    }
}
