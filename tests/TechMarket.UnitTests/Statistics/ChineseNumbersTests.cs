using TechMarket.Server.Modules.Statistics;

namespace TechMarket.UnitTests.Statistics;

public class ChineseNumbersTests
{
    [Theory]
    [InlineData(1, "第一")]
    [InlineData(5, "第五")]
    [InlineData(10, "第十")]
    [InlineData(11, "第十一")]
    [InlineData(20, "第二十")]
    [InlineData(23, "第二十三")]
    [InlineData(100, "第一百")]
    [InlineData(105, "第一百零五")]
    [InlineData(110, "第一百一十")]
    public void Ranks_read_as_Chinese_ordinals(int rank, string ordinal) => ChineseNumbers.Ordinal(rank).ShouldBe(ordinal);

    [Theory]
    [InlineData("3901000000", "39.01亿元")]
    [InlineData("5365000000", "53.65亿元")]
    [InlineData("100000000", "1.00亿元")]
    [InlineData("14312000", "1431.2万元")]
    [InlineData("99999999", "10000万元")]
    [InlineData("5000", "0.5万元")]
    public void Amounts_are_in_yi_with_two_decimals_or_in_wan(string yuan, string text)
    {
        var amount = decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture);
        ChineseNumbers.Amount(amount).ShouldBe(text);
    }

    [Fact]
    public void Percentages_and_points_keep_one_decimal_at_most()
    {
        ChineseNumbers.Percent(66.44m).ShouldBe("66.4%");
        ChineseNumbers.Percent(123m).ShouldBe("123%");
        ChineseNumbers.Points(55.35m).ShouldBe("55.4个百分点");
    }
}
