using TechMarket.Server.Modules.Achievements;

namespace TechMarket.UnitTests.Achievements;

public class PatentNumberTests
{
    [Theory]
    [InlineData("201710601862.3", "201710601862.3")] // the worked example of the CNIPA rule: (2×2+0×3+…+2×5) mod 11 = 3
    [InlineData("ZL200310102344.5", "ZL200310102344.5")]
    [InlineData("zl 2003 1010 2344.5", "ZL200310102344.5")]
    [InlineData("ZL95115608.X", "ZL95115608.X")] // before 2004: 8 digits; 186 mod 11 = 10, written X
    [InlineData("97101765.4", "97101765.4")]
    [InlineData("CN201710601862.3", "201710601862.3")]
    public void Known_numbers_are_valid_and_normalised(string number, string normalised)
    {
        PatentNumber.Normalise(number).ShouldBe(normalised);
    }

    [Theory]
    [InlineData("201710601862.4")] // wrong check digit
    [InlineData("ZL95115608.9")]
    [InlineData("20171060186.3")] // 11 digits
    [InlineData("201710601862")] // no check digit
    [InlineData("ZX201710601862.3")]
    [InlineData("")]
    public void Numbers_with_a_wrong_check_digit_or_shape_are_refused(string number)
    {
        PatentNumber.IsValid(number).ShouldBeFalse();
    }

    [Fact]
    public void The_check_digit_is_the_weighted_sum_modulo_11()
    {
        PatentNumber.CheckDigit("201710601862").ShouldBe('3');
        PatentNumber.CheckDigit("95115608").ShouldBe('X');
    }
}
