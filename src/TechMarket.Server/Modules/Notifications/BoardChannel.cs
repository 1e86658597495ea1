using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>"board:&lt;challenge id&gt;": a challenge's live board, for everyone signed in once it is published. A
/// draft is nobody's to watch (its bureau and funders read it over HTTP); an unknown id is refused the same way.</summary>
public sealed class BoardChannel(IDocumentStore store) : IHubChannel
{
    public const string KindName = "board";

    public string Kind => KindName;

    public async Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var challengeId))
        {
            return NotPublic;
        }

        await using var session = store.QuerySession();
        var challenge = await session.LoadAsync<ChallengeDetails>(challengeId, ct);
        return challenge is null || challenge.Status == ChallengeStatus.Draft ? NotPublic : null;
    }

    private static readonly DomainError NotPublic = DomainError.NotFound("not-found", "No published challenge has this id.");
}
