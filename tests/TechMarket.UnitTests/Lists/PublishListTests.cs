using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Rounds;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Lists;

public class PublishListTests
{
    private readonly Actor _officer = Actors.Bureau(Given.District);
    private readonly CollectionRound _round = Given.Round();

    private Decision Publish(CollectionRound? round, Actor officer, params ChallengeStory[] stories) => Publish(round, officer, stories, stories.ToDictionary(s => s.Id, _ => _round.Id));

    private static Decision Publish(CollectionRound? round, Actor officer, ChallengeStory[] stories, IReadOnlyDictionary<Guid, Guid> roundOf) =>
        PublishList.Decide(
            new PublishList(Guid.CreateVersion7(), new PublishListRequest(round?.Id ?? Guid.CreateVersion7(), "2026-01", "2026年第一批揭榜挂帅榜单", [.. stories.Select(s => s.Id)]), officer, Given.Now),
            round, [.. stories.Select(s => (Challenge?)s.State)], roundOf);

    [Fact]
    public void The_round_s_challenges_are_published_together_under_the_list_s_number()
    {
        var (first, second) = (Given.ADraftChallenge().ConfirmedByAll(), Given.ADraftChallenge().ConfirmedByAll());

        var decision = Publish(_round, _officer, first, second);

        decision.Error.ShouldBeNull();
        var list = decision.Events[0].ShouldBeOfType<ListPublished>();
        (list.Bureau, list.RoundId, list.Number, list.PublishedOn).ShouldBe((Given.District, _round.Id, "2026-01", Given.TodayInChina));
        list.Challenges.Select(c => c.ChallengeId).ShouldBe([first.Id, second.Id]);
        // Each challenge is published by the existing publish decision, to the letter.
        decision.Events.Skip(1).ShouldBe([
            PublishChallenge.Decide(first.State, new PublishChallenge(_officer, Given.Now)).Events.Single(),
            PublishChallenge.Decide(second.State, new PublishChallenge(_officer, Given.Now)).Events.Single(),
        ]);
        PublishedList.Evolve(null, list)!.Challenges.Count.ShouldBe(2);
    }

    [Fact]
    public void One_challenge_that_cannot_be_published_refuses_the_whole_list()
    {
        var unconfirmed = Given.ADraftChallenge();

        var refused = Publish(_round, _officer, Given.ADraftChallenge().ConfirmedByAll(), unconfirmed).ShouldBeRefused(ErrorKind.Conflict, "funding-unconfirmed");

        refused.Detail.ShouldStartWith($"「{unconfirmed.State.Terms.Title}」");
    }

    [Fact]
    public void A_challenge_not_refined_from_the_round_s_needs_is_refused()
    {
        var foreign = Given.ADraftChallenge().ConfirmedByAll();

        Publish(_round, _officer, [foreign], new Dictionary<Guid, Guid>()).ShouldBeRefused(ErrorKind.Conflict, "challenge-not-in-round");
        Publish(_round, _officer, [foreign], new Dictionary<Guid, Guid> { [foreign.Id] = Guid.CreateVersion7() })
            .ShouldBeRefused(ErrorKind.Conflict, "challenge-not-in-round");
    }

    [Fact]
    public void Only_the_bureau_that_ran_the_round_publishes_its_list()
    {
        var story = Given.ADraftChallenge().ConfirmedByAll();

        Publish(_round, Actors.Bureau(Given.OtherDistrict), story).ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
        Publish(_round, Actors.CityBureau(), story).ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
    }

    [Fact]
    public void A_number_the_bureau_already_used_is_refused()
    {
        var story = Given.ADraftChallenge().ConfirmedByAll();

        PublishList.Decide(
                new PublishList(Guid.CreateVersion7(), new PublishListRequest(_round.Id, "2026-01", "2026年第一批榜单", [story.Id]), _officer, Given.Now),
                _round, [story.State], new Dictionary<Guid, Guid> { [story.Id] = _round.Id }, numberTaken: true)
            .ShouldBeRefused(ErrorKind.Conflict, "list-number-taken");
    }

    [Fact]
    public void A_missing_round_or_challenge_is_not_found()
    {
        Publish(null, _officer, Given.ADraftChallenge().ConfirmedByAll()).ShouldBeRefused(ErrorKind.NotFound, "round-not-found");
        PublishList.Decide(
                new PublishList(Guid.CreateVersion7(), new PublishListRequest(_round.Id, "2026-01", "2026年第一批榜单", [Guid.CreateVersion7()]), _officer, Given.Now),
                _round, [null], new Dictionary<Guid, Guid>())
            .ShouldBeRefused(ErrorKind.NotFound, "challenge-not-found");
    }

    [Fact]
    public void The_validator_wants_a_year_and_sequence_number_and_distinct_challenges()
    {
        var validator = new PublishListValidator();
        var id = Guid.CreateVersion7();
        var request = new PublishListRequest(Guid.CreateVersion7(), "2024-01", "2024年区级揭榜挂帅需求榜单", [id]);

        validator.ShouldBeValid(request);
        validator.ShouldBeInvalid(request with { Number = "24-1" }, nameof(PublishListRequest.Number));
        validator.ShouldBeInvalid(request with { ChallengeIds = [] }, nameof(PublishListRequest.ChallengeIds));
        validator.ShouldBeInvalid(request with { ChallengeIds = [id, id] }, nameof(PublishListRequest.ChallengeIds));
    }
}
