using Marten;
using Marten.Schema;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>One contract per winning team: a unique index on (challenge, bid), written with the contract's start.</summary>
public sealed class AwardContractClaim
{
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid BidId { get; set; }

    public static void Configure(StoreOptions options) =>
        options.Schema.For<AwardContractClaim>().DocumentAlias("award_contract")
            .UniqueIndex(UniqueIndexType.Computed, "award_contract_one_per_winner", c => c.ChallengeId, c => c.BidId);
}
