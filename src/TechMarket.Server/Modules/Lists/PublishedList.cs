using JasperFx.Core;
using Marten;
using Marten.Schema;

namespace TechMarket.Server.Modules.Lists;

/// <summary>A published list (榜单), kept inline as a document: the public list pages read it, and its unique index on
/// (bureau, number) makes the second list a bureau publishes under one number lose.</summary>
public sealed record PublishedList(
    Guid Id, string Bureau, Guid RoundId, string RoundName, string Number, string Title, DateOnly PublishedOn,
    IReadOnlyList<ListedChallenge> Challenges, DateTimeOffset PublishedAt)
{
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static PublishedList? Evolve(PublishedList? state, ListEvent e) => e switch
    {
        ListPublished x => new PublishedList(x.ListId, x.Bureau, x.RoundId, x.RoundName, x.Number, x.Title, x.PublishedOn, x.Challenges, x.At),
        _ => state,
    };

    public static void Configure(StoreOptions options) =>
        options.Schema.For<PublishedList>().DocumentAlias("published_list")
            .UniqueIndex(UniqueIndexType.Computed, "published_list_number_per_bureau", l => l.Bureau, l => l.Number)
            .Index(l => l.RoundId);
}
