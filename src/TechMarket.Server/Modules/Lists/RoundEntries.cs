using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Lists;

/// <summary>One need collected in a round, as its report counts it (id: the need's).</summary>
public sealed class RoundNeedEntry
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public OrganisationKind PosterKind { get; set; }

    public bool Accepted { get; set; }
}

/// <summary>One challenge refined from a round's needs, as its report counts it (id: the challenge's).</summary>
public sealed class RoundChallengeEntry
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public string Title { get; set; } = string.Empty;

    public bool Published { get; set; }

    public bool Awarded { get; set; }
}

/// <summary>
/// Feeds the rounds' reports from the events, inline: one small document per need and per challenge of a round, each
/// written from one event with no lookup. One document per item, not one counter per round, so that two needs submitted
/// into one round at the same moment never overwrite each other's count; the report sums one round's entries.
/// </summary>
public sealed partial class RoundEntriesProjection : EventProjection
{
    public void Project(NeedSubmitted e, IDocumentOperations operations)
    {
        // A need resubmitted after a rejection counts in the round it was last submitted into; outside one, in its first.
        if (e.RoundId is { } round)
        {
            operations.Store(new RoundNeedEntry { Id = e.NeedId, RoundId = round, PosterKind = e.PosterKind ?? OrganisationKind.Enterprise });
        }
    }

    public void Project(NeedAccepted e, IDocumentOperations operations)
    {
        if (e.RoundId is { } round)
        {
            operations.Store(new RoundNeedEntry { Id = e.NeedId, RoundId = round, PosterKind = e.PosterKind ?? OrganisationKind.Enterprise, Accepted = true });
        }
    }

    public void Project(NeedTakenIntoChallenge e, IDocumentOperations operations)
    {
        if (e.RoundId is { } round)
        {
            operations.Store(new RoundChallengeEntry { Id = e.ChallengeId, RoundId = round, Title = e.ChallengeTitle });
        }
    }

    /// <summary>A challenge that is no round's has no entry, and the patch changes nothing.</summary>
    public void Project(ChallengePublished e, IDocumentOperations operations) =>
        operations.Patch<RoundChallengeEntry>(e.ChallengeId).Set(x => x.Published, true);

    public void Project(ChallengeAwarded e, IDocumentOperations operations) =>
        operations.Patch<RoundChallengeEntry>(e.ChallengeId).Set(x => x.Awarded, true);
}
