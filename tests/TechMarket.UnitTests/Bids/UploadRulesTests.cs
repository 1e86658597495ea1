using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

/// <summary>Uploads cost nobody else anything: only those who may bid upload, while bidding is open, within a quota.</summary>
public class UploadRulesTests
{
    private static readonly AttachmentOptions Limits = new() { MaxFilesPerChallenge = 3, MaxBytesPerChallenge = 1000, UnusedRetentionHours = 24 };

    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Organisation _university = Given.Organisation(OrganisationKind.University);

    private DomainError? Admit(Organisation? organisation = null, IReadOnlyList<long>? held = null, DateTimeOffset? now = null, ChallengeDetails? challenge = null)
    {
        var uploader = organisation ?? _university;
        return UploadRules.Admit(challenge ?? _story.Details, uploader, Actors.University(uploader.Id), held ?? [], Limits, now ?? Given.Now);
    }

    [Fact]
    public void An_organisation_that_may_bid_may_upload_while_bidding_is_open() => Admit().ShouldBeNull();

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void An_organisation_not_approved_may_not_upload(OrganisationStatus status) =>
        Admit(Given.Organisation(OrganisationKind.University, status)).ShouldNotBeNull().Code.ShouldBe("not-eligible");

    [Fact]
    public void A_suspended_organisation_may_not_upload_neither_for_a_bid_nor_for_a_delivery()
    {
        var suspended = Given.Organisation(OrganisationKind.University, OrganisationStatus.Suspended);

        Admit(suspended).ShouldNotBeNull().Code.ShouldBe("organisation-suspended");
        var awarded = Given.AChallenge().WithBids(2).Closed().Awarded();
        var winner = Given.Organisation(OrganisationKind.University, OrganisationStatus.Suspended) with { Id = awarded.Bid("A").OrganisationId };
        UploadRules.Admit(awarded.Details, winner, Actors.University(winner.Id), [], Limits, Given.Now).ShouldNotBeNull().Code.ShouldBe("organisation-suspended");
        UploadRules.Admit(awarded.Details, winner with { Status = OrganisationStatus.Approved }, Actors.University(winner.Id), [], Limits, Given.Now).ShouldBeNull();
    }

    [Fact]
    public void An_organisation_of_a_kind_the_challenge_does_not_take_may_not_upload() =>
        Admit(Given.Organisation(OrganisationKind.Enterprise)).ShouldNotBeNull().Code.ShouldBe("not-eligible");

    [Fact]
    public void A_funder_may_not_upload_for_its_own_challenge()
    {
        var story = Given.AChallenge(Given.OpenTerms() with { Eligibility = new Eligibility([OrganisationKind.Enterprise], []) });
        var funder = Given.Organisation(OrganisationKind.Enterprise) with { Id = story.Funding[0].EnterpriseId };

        UploadRules.Admit(story.Details, funder, Actors.Enterprise(funder.Id), [], Limits, Given.Now).ShouldNotBeNull().Code.ShouldBe("not-eligible");
    }

    [Fact]
    public void A_user_may_not_upload_for_an_organisation_that_is_not_theirs()
    {
        // The read is always of the caller's own organisation; another one (or none) refuses rather than decides.
        UploadRules.Admit(_story.Details, _university, Actors.University(Guid.CreateVersion7()), [], Limits, Given.Now)
            .ShouldNotBeNull().Code.ShouldBe("organisation-unknown");
        UploadRules.Admit(_story.Details, null, Actors.University(_university.Id), [], Limits, Given.Now)
            .ShouldNotBeNull().Code.ShouldBe("organisation-unknown");
    }

    [Fact]
    public void From_the_deadline_on_nothing_is_uploaded() =>
        Admit(now: _story.State.Terms.ClosesAt).ShouldNotBeNull().Code.ShouldBe("bidding-closed");

    [Fact]
    public void An_organisation_holding_its_quota_of_files_may_not_upload_more()
    {
        Admit(held: [1, 1]).ShouldBeNull();
        var full = Admit(held: [1, 1, 1]).ShouldNotBeNull();

        (full.Kind, full.Code).ShouldBe((ErrorKind.Conflict, "upload-quota"));
        full.Detail.ShouldStartWith("Your organisation may hold 3 files and ");
        full.Detail.ShouldEndWith("uploads no bid uses are removed after 24 hours.");
    }

    [Fact]
    public void A_file_that_would_pass_the_byte_quota_is_refused_one_that_fits_exactly_is_not()
    {
        UploadRules.Quota([600], 400, Limits).ShouldBeNull();
        UploadRules.Quota([600], 401, Limits).ShouldNotBeNull().Code.ShouldBe("upload-quota");
        UploadRules.Quota([1000], 0, Limits).ShouldNotBeNull().Code.ShouldBe("upload-quota");
    }
}
