using JasperFx.Events;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Search;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Search;

/// <summary>What of a need's stream makes the feeder look at the need again.</summary>
public class NeedSearchSourceTests
{
    private readonly Guid _needId = Guid.CreateVersion7();
    private readonly NeedSearchSource _source = new();

    [Fact]
    public void A_draft_and_its_submission_touch_nothing_the_index_holds()
    {
        var organisation = Given.Organisation();
        var drafted = new NeedDrafted(_needId, organisation.Id, organisation.Name, organisation.District, Given.Content(), Guid.NewGuid(), Given.Now);

        _source.Touched(Stored(drafted)).ShouldBeNull();
        _source.Touched(Stored(new NeedSubmitted(_needId, Guid.NewGuid(), Given.Now))).ShouldBeNull(); // only a draft is submitted
    }

    [Fact]
    public void Every_later_event_of_the_need_has_it_indexed_as_it_is_now()
    {
        _source.Touched(Stored(new NeedEdited(_needId, Given.Content(), Guid.NewGuid(), Given.Now))).ShouldBe(_needId);
        _source.Touched(Stored(new NeedAccepted(_needId, "Membrane", "新材料", Guid.NewGuid(), Given.Now))).ShouldBe(_needId);
        _source.Touched(Stored(new NeedWithdrawn(_needId, null, Guid.NewGuid(), Given.Now))).ShouldBe(_needId);
    }

    private Event<T> Stored<T>(T data) where T : notnull => new(data) { StreamId = _needId };
}
