using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>TEMPORARY while the modules move to RequestContext (issue 8); removed when the last one has.</summary>
public static class StreamCommandsLegacy
{
    private static RequestContext Context(IDocumentSession session, HttpContext http, CancellationToken ct) =>
        new(Actor.From(http.User), session, TimeProvider.System, http, ct);

    public static async Task<IResult> Execute<TState>(
        this IDocumentSession session, HttpContext http, Guid streamId, string what, Func<TState, Decision> decide, CancellationToken ct,
        Func<Decision, IResult>? answer = null)
        where TState : class =>
        (await Context(session, http, ct).Execute(streamId, what, decide, answer ?? (_ => TypedResults.NoContent()))).Result;

    public static async Task<IResult> ExecuteOrStart<TState>(
        this IDocumentSession session, HttpContext http, Guid streamId, Func<TState?, Decision> decide, CancellationToken ct,
        Func<Decision, IResult>? answer = null)
        where TState : class =>
        (await Context(session, http, ct).ExecuteOrStart(streamId, decide, answer ?? (_ => TypedResults.NoContent()))).Result;

    public static async Task<IResult> Start<TState>(
        this IDocumentSession session, HttpContext http, Guid streamId, Decision decision, string location, CancellationToken ct)
        where TState : class =>
        (await Context(session, http, ct).Start<TState>(streamId, decision, location)).Result;
}
