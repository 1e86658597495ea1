using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Rounds;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Rounds;

public class SetStandingCollectionTests
{
    [Fact]
    public void A_bureau_that_never_set_its_policy_accepts_needs_outside_rounds() =>
        CollectionPolicy.AllowsStanding(null).ShouldBeTrue();

    [Fact]
    public void A_bureau_turns_standing_collection_off_for_its_own_jurisdiction()
    {
        var officer = Actors.Bureau(Given.District);

        var set = SetStandingCollection.Decide(null, new SetStandingCollection(false, officer, Given.Now)).ShouldEmitSingle<StandingCollectionSet>();

        set.ShouldBe(new StandingCollectionSet(CollectionPolicy.IdFor(Given.District), Given.District, false, officer.UserId, Given.Now));
        CollectionPolicy.AllowsStanding(CollectionPolicy.Evolve(null, set)).ShouldBeFalse();
    }

    [Fact]
    public void Setting_what_is_already_set_changes_nothing()
    {
        var policy = new CollectionPolicy(CollectionPolicy.IdFor(Given.District), Given.District, false);

        SetStandingCollection.Decide(policy, new SetStandingCollection(false, Actors.Bureau(Given.District), Given.Now)).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_bureau_sets_a_collection_policy() =>
        SetStandingCollection.Decide(null, new SetStandingCollection(false, Actors.Enterprise(Guid.CreateVersion7()), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-bureau");
}
