using System.Globalization;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.UnitTests.Infrastructure;

public class ExactDecimalConverterTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("12.5", "12.5")]
    [InlineData("12.50", "12.5")]
    [InlineData("1.25e1", "12.5")]
    [InlineData("125E-1", "12.5")]
    [InlineData("0.01", "0.01")]
    [InlineData("1e11", "100000000000")]
    [InlineData("0e-99999999999999999999", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_number_that_the_decimal_holds_exactly_is_exact(string written, string value) =>
        ExactDecimalConverter.IsExactly(written, decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBeTrue();

    [Theory]
    [InlineData("1e-300", "0")]
    [InlineData("0.00000000000000000000000000001", "0")]
    [InlineData("1.00000000000000000000000000001", "1")]
    [InlineData("0.1234567890123456789012345678901", "0.1234567890123456789012345679")]
    public void A_number_the_decimal_would_round_is_not(string written, string rounded) =>
        ExactDecimalConverter.IsExactly(written, decimal.Parse(rounded, CultureInfo.InvariantCulture)).ShouldBeFalse();
}
