using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

/// <summary>What the enterprise and the bureau read back after each step.</summary>
public class NeedDetailsProjectionTests
{
    private readonly NeedDrafted _drafted = Given.Drafted(Guid.CreateVersion7());

    private Guid Id => _drafted.NeedId;

    [Fact]
    public void Refining_keeps_the_enterprise_s_own_title_and_field()
    {
        var details = Given.Details(_drafted, new NeedSubmitted(Id, Guid.Empty, Given.Now),
            new NeedAccepted(Id, "Refined", "0107", Guid.Empty, Given.Now));

        details.Title.ShouldBe("Refined");
        details.Field.ShouldBe("0107");
        details.OriginalTitle.ShouldBe(_drafted.Content.Title);
        details.OriginalField.ShouldBe(_drafted.Content.Field);
        details.AcceptedAt.ShouldBe(Given.Now);
    }

    [Fact]
    public void Accepting_as_it_is_records_no_original_wording()
    {
        var details = Given.Details(_drafted, new NeedSubmitted(Id, Guid.Empty, Given.Now),
            new NeedAccepted(Id, _drafted.Content.Title, _drafted.Content.Field, Guid.Empty, Given.Now));

        details.OriginalTitle.ShouldBeNull();
        details.OriginalField.ShouldBeNull();
    }

    [Fact]
    public void Revising_a_rejected_need_clears_the_rejection_reason()
    {
        var rejected = Given.Details(_drafted, new NeedSubmitted(Id, Guid.Empty, Given.Now), new NeedRejected(Id, "Too vague", Guid.Empty, Given.Now));
        rejected.RejectionReason.ShouldBe("Too vague");

        var revised = Given.Details(_drafted, new NeedSubmitted(Id, Guid.Empty, Given.Now), new NeedRejected(Id, "Too vague", Guid.Empty, Given.Now),
            new NeedEdited(Id, _drafted.Content with { Title = "Clearer title" }, Guid.Empty, Given.Now.AddHours(1)));

        revised.Status.ShouldBe(NeedStatus.Draft);
        revised.RejectionReason.ShouldBeNull();
        revised.Title.ShouldBe("Clearer title");
        revised.UpdatedAt.ShouldBe(Given.Now.AddHours(1));
    }

    [Fact]
    public void Withdrawing_keeps_the_reason()
    {
        var details = Given.Details(_drafted, new NeedWithdrawn(Id, "Solved in-house", Guid.Empty, Given.Now));

        details.Status.ShouldBe(NeedStatus.Withdrawn);
        details.WithdrawalReason.ShouldBe("Solved in-house");
    }
}
