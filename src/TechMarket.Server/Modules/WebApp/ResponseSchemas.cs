using Microsoft.AspNetCore.Mvc.ApiExplorer;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.Server.Modules.WebApp;

/// <summary>
/// Declares the answer types of endpoints that return an untyped IResult, so the OpenAPI document — and the web
/// app's client generated from it — has a schema for each. It only fills a gap: an endpoint that declares its own
/// answer (TypedResults in the signature, Produces) keeps it, and then its line here is dead and can go.
/// Answers shaped as anonymous objects (ranking, reviews, stages) cannot be named here; the web app types those.
/// </summary>
internal sealed class ResponseSchemas : IApiDescriptionProvider
{
    private static readonly Dictionary<(string Method, string Path), (int Status, Type Type)> Answers =
        new()
        {
            [("GET", "api/organisations/{id}")] = (200, typeof(Organisation)),
            [("GET", "api/organisations/mine")] = (200, typeof(Organisation)),
            [("GET", "api/needs")] = (200, typeof(Paged<NeedSummary>)),
            [("GET", "api/needs/mine")] = (200, typeof(Paged<NeedView>)),
            [("GET", "api/needs/queue")] = (200, typeof(Paged<NeedView>)),
            [("GET", "api/challenges")] = (200, typeof(Paged<ChallengeCard>)),
            [("GET", "api/challenges/drafts")] = (200, typeof(List<ChallengeCard>)),
            [("GET", "api/challenges/{id}")] = (200, typeof(ChallengeView)),
            [("GET", "api/challenges/{id}/disclosures")] = (200, typeof(List<Disclosure>)),
            [("POST", "api/challenges/{id}/bids")] = (200, typeof(BidReceipt)),
            [("POST", "api/challenges/{id}/attachments")] = (201, typeof(AttachmentRef)),
            [("PUT", "api/bids/{id}")] = (200, typeof(BidReceipt)),
            [("GET", "api/bids/{id}")] = (200, typeof(BidView)),
            [("GET", "api/bids/mine")] = (200, typeof(List<MyBid>)),
            [("GET", "api/experts/me")] = (200, typeof(ExpertProfile)),
        };

    /// <summary>After the default provider (order -1000) has described every endpoint.</summary>
    public int Order => 1000;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            var route = (description.RelativePath ?? string.Empty).Split('?')[0].TrimEnd('/');
            route = System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+):[^}]+\}", "{$1}");
            if (!Answers.TryGetValue((description.HttpMethod ?? string.Empty, route), out var answer)
                || description.SupportedResponseTypes.Any(r => r.StatusCode is 200 or 201 && r.Type is { } t && t != typeof(void)))
            {
                continue;
            }

            var existing = description.SupportedResponseTypes.Where(r => r.StatusCode is 200 or 201).ToList();
            foreach (var stale in existing)
            {
                description.SupportedResponseTypes.Remove(stale);
            }

            description.SupportedResponseTypes.Add(new ApiResponseType
            {
                StatusCode = answer.Status,
                Type = answer.Type,
                ApiResponseFormats = [new ApiResponseFormat { MediaType = "application/json" }],
            });
        }
    }
}
