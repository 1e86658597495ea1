using Microsoft.Extensions.Time.Testing;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class NeedContentValidatorTests
{
    private FakeTimeProvider _clock = new(Given.Now);

    private NeedContentValidator Validator => new(Catalog.Real, _clock);

    [Fact]
    public void Well_formed_content_is_valid()
    {
        Validator.Validate(Given.Content()).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void The_title_has_4_to_100_characters(int length, bool valid) =>
        Validator.ShouldBe(Given.Content() with { Title = new string('膜', length) }, nameof(NeedContent.Title), valid);

    [Fact]
    public void A_blank_title_is_refused() =>
        Validator.ShouldBe(Given.Content() with { Title = "      " }, nameof(NeedContent.Title), valid: false);

    [Fact]
    public void Surrounding_spaces_do_not_count_towards_the_length() =>
        Validator.ShouldBe(Given.Content() with { Title = "   ab   " }, nameof(NeedContent.Title), valid: false,
            "Must be 4 to 100 characters long, not counting leading and trailing spaces.");

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void The_description_has_10_to_5000_characters(int length, bool valid) =>
        Validator.ShouldBe(Given.Content() with { Description = new string('述', length) }, nameof(NeedContent.Description), valid);

    [Theory]
    [InlineData("01", true)]
    [InlineData("0108", true)]
    [InlineData("99", false)]
    [InlineData("0199", false)]
    [InlineData("", false)]
    [InlineData("电子信息", false)]
    public void The_field_is_a_known_technical_field_code(string field, bool valid) =>
        Validator.ShouldBe(Given.Content() with { Field = field }, nameof(NeedContent.Field), valid, "Unknown technical field code.");

    [Theory]
    [InlineData("0", "0", true)]
    [InlineData("100000000000", "100000000000", true)]
    [InlineData("1234.56", "1234.56", true)]
    [InlineData("-0.01", "10", false)]
    public void The_lower_budget_is_between_0_and_100_billion_yuan(string min, string max, bool valid) =>
        Validator.ShouldBe(Given.Content() with { BudgetMin = Yuan(min), BudgetMax = Yuan(max) }, nameof(NeedContent.BudgetMin), valid);

    [Fact]
    public void The_lower_budget_has_at_most_two_decimals() =>
        Validator.ShouldBe(Given.Content() with { BudgetMin = 1234.567m, BudgetMax = 2000m }, nameof(NeedContent.BudgetMin), valid: false,
            "An amount in CNY (yuan) from 0 to 100 billion, with at most two decimals.");

    [Fact]
    public void The_lower_budget_is_at_most_100_billion()
    {
        var content = Given.Content() with { BudgetMin = Money.Max + 0.01m, BudgetMax = Money.Max + 0.01m };

        Validator.Validate(content).Errors.ShouldContain(e => e.PropertyName == nameof(NeedContent.BudgetMin));
    }

    [Fact]
    public void The_upper_budget_may_not_be_below_the_lower() =>
        Validator.ShouldBe(Given.Content() with { BudgetMin = 500_000m, BudgetMax = 499_999.99m },
            nameof(NeedContent.BudgetMax), valid: false, "The budget's upper bound is below its lower bound.");

    [Fact]
    public void The_upper_budget_may_equal_the_lower() =>
        Validator.ShouldBe(Given.Content() with { BudgetMin = 500_000m, BudgetMax = 500_000m }, nameof(NeedContent.BudgetMax), valid: true);

    [Theory]
    [InlineData("100000000000.01")]
    [InlineData("2000.001")]
    public void The_upper_budget_is_bounded_and_has_two_decimals(string max) =>
        Validator.ShouldBe(Given.Content() with { BudgetMin = 0m, BudgetMax = Yuan(max) },
            nameof(NeedContent.BudgetMax), valid: false);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void The_desired_delivery_is_after_today_in_China(int daysFromToday, bool valid) =>
        Validator.ShouldBe(Given.Content(Given.TodayInChina.AddDays(daysFromToday)), nameof(NeedContent.DesiredDelivery), valid,
            "The desired delivery date must be in the future.");

    [Fact]
    public void Today_is_China_s_date_even_while_it_is_still_yesterday_in_UTC()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

        Validator.ShouldBe(Given.Content(new DateOnly(2026, 11, 25)), nameof(NeedContent.DesiredDelivery), valid: false);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void The_public_summary_has_10_to_1000_characters(int length, bool valid) =>
        Validator.ShouldBe(Given.Content() with { PublicSummary = new string('摘', length) }, nameof(NeedContent.PublicSummary), valid);

    [Theory]
    [InlineData(null, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public void Confidential_details_are_optional_and_at_most_10000_characters(int? length, bool valid) =>
        Validator.ShouldBe(Given.Content() with { ConfidentialDetails = length is { } n ? new string('密', n) : null },
            nameof(NeedContent.ConfidentialDetails), valid);

    private static decimal Yuan(string amount) => decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
}
