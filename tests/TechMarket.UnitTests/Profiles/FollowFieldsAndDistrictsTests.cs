using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Profiles;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Profiles;

public class FollowFieldsAndDistrictsTests
{
    private readonly Actor _broker = Actors.User(Roles.Broker, null, null);

    private FollowFieldsAndDistricts Follow(IReadOnlyList<string> fields, IReadOnlyList<string> districts, Actor? actor = null) =>
        new(ProfileIds.ForBroker(_broker.UserId), fields, districts, actor ?? _broker, Given.Now);

    [Fact]
    public void A_broker_follows_fields_and_districts_each_once()
    {
        var changed = FollowFieldsAndDistricts.Decide(null, Follow(["04", "0805", "04"], [Given.District])).ShouldEmitSingle<BrokerInterestsChanged>();

        (changed.InterestId, changed.BrokerId, changed.BrokerName, changed.At).ShouldBe((ProfileIds.ForBroker(_broker.UserId), _broker.UserId, _broker.Name, Given.Now));
        changed.Fields.ShouldBe(["04", "0805"]);
        changed.Districts.ShouldBe([Given.District]);
        BrokerInterests.Evolve(null, changed)!.Fields.ShouldBe(["04", "0805"]);
    }

    [Fact]
    public void Following_the_same_again_changes_nothing_and_a_new_list_replaces_the_old()
    {
        var state = BrokerInterests.Evolve(null, FollowFieldsAndDistricts.Decide(null, Follow(["04"], [])).ShouldEmitSingle<BrokerInterestsChanged>());

        FollowFieldsAndDistricts.Decide(state, Follow(["04"], [])).Events.ShouldBeEmpty();
        var changed = FollowFieldsAndDistricts.Decide(state, Follow([], [Given.OtherDistrict])).ShouldEmitSingle<BrokerInterestsChanged>();
        var replaced = BrokerInterests.Evolve(state, changed)!;
        replaced.Fields.ShouldBeEmpty();
        replaced.Districts.ShouldBe([Given.OtherDistrict]);
    }

    [Fact]
    public void Only_a_broker_follows()
    {
        FollowFieldsAndDistricts.Decide(null, Follow(["04"], [], Actors.University(Guid.CreateVersion7())))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-broker");
    }
}
