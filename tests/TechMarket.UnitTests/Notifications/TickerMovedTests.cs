using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Notifications;

/// <summary>The ticker's moves: output to the seller's district, absorbed to the buyer's, both to the city; a reversal
/// moves down; no party, contract or registration number in any of them; a stale fact moves nothing.</summary>
public class TickerMovedTests
{
    private static readonly DateTimeOffset At = Given.Now;

    private static (ContractStory Story, TechnologyTransactionRecorded Recorded) Confirmed()
    {
        var story = ContractStory.ReadyToPay();
        var decision = story.Confirm(story.Transfer(400_000m));
        decision.Error.ShouldBeNull();
        return (story, decision.Events.OfType<TechnologyTransactionRecorded>().Single());
    }

    [Fact]
    public void A_recorded_transaction_moves_the_seller_s_output_and_the_buyer_s_absorbed_side_and_the_city_sees_both()
    {
        var (_, recorded) = Confirmed();

        var moves = TickerMoved.Of(recorded, At, At);

        var output = new TickerMoved(ContractStory.SellerDistrict, Flow.Output, 320_000m, 400_000m, ContractType.Development, "0401", Given.TodayInChina, At);
        var absorbed = output with { District = ContractStory.BuyerDistrict, Flow = Flow.Absorbed };
        moves.ShouldBe([(ContractStory.SellerDistrict, output), (Jurisdictions.City, output), (ContractStory.BuyerDistrict, absorbed), (Jurisdictions.City, absorbed)]);
    }

    [Fact]
    public void A_reversal_moves_down_by_what_it_takes_back()
    {
        var (_, recorded) = Confirmed();
        var reversed = new TechnologyTransactionReversed(
            recorded.ContractId, recorded.PaymentId, 100_000m, 80_000m, 0m, Given.TodayInChina.AddDays(3), recorded.Facts, Given.Now.AddDays(3));

        var moves = TickerMoved.Of(reversed, At, At);

        moves.Select(m => (m.Ticker, m.Move.Flow, m.Move.TechnologyAmount, m.Move.Amount, m.Move.ConfirmedOn)).ShouldBe([
            (ContractStory.SellerDistrict, Flow.Output, -80_000m, -100_000m, Given.TodayInChina.AddDays(3)),
            (Jurisdictions.City, Flow.Output, -80_000m, -100_000m, Given.TodayInChina.AddDays(3)),
            (ContractStory.BuyerDistrict, Flow.Absorbed, -80_000m, -100_000m, Given.TodayInChina.AddDays(3)),
            (Jurisdictions.City, Flow.Absorbed, -80_000m, -100_000m, Given.TodayInChina.AddDays(3)),
        ]);
    }

    [Fact]
    public void No_move_names_a_party_the_contract_or_its_registration()
    {
        var (story, recorded) = Confirmed();

        var text = string.Join('\n', TickerMoved.Of(recorded, At, At).Select(m => m.Move.ToString()));

        foreach (var secret in new[]
                 {
                     story.Buyer.Id.ToString(), story.Seller.Id.ToString(), story.Buyer.Name, story.Seller.Name, recorded.ContractId.ToString(),
                     recorded.Facts.RegistrationNumber, recorded.PaymentId.ToString(),
                 })
        {
            text.ShouldNotContain(secret);
        }

        TickerMoved.Of(new MilestonePaid(recorded.ContractId, 1, At), At, At).ShouldBeEmpty();
    }

    [Fact]
    public void A_fact_the_daemon_reaches_after_the_freshness_window_moves_nothing()
    {
        var (_, recorded) = Confirmed();

        TickerMoved.Of(recorded, At, At + TickerMoved.Freshness).ShouldNotBeEmpty();
        TickerMoved.Of(recorded, At, At + TickerMoved.Freshness + TimeSpan.FromSeconds(1)).ShouldBeEmpty();
    }
}
