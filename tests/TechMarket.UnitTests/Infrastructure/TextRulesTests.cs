using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.UnitTests.Infrastructure;

public class TextRulesTests
{
    [Theory]
    [InlineData("锂电池正极材料")]
    [InlineData("Seawater membrane (RO), 4.1 kWh/m³")]
    [InlineData("emoji 🔋 is a surrogate pair")]
    public void Ordinary_text_is_stored_in_either_kind_of_field(string text)
    {
        TextRules.Problem(text, longText: false).ShouldBeNull();
        TextRules.Problem(text, longText: true).ShouldBeNull();
    }

    [Theory]
    [InlineData("a\u0000b", "U+0000")]
    [InlineData("a\u0001b", "U+0001")]
    [InlineData("a\u001bb", "U+001B")]
    [InlineData("a\u007fb", "U+007F")]
    [InlineData("a\u0085b", "U+0085")]
    public void Control_characters_are_refused_even_in_long_text_naming_the_character_and_position(string text, string codePoint)
    {
        TextRules.Problem(text, longText: true).ShouldNotBeNull().ShouldContain($"{codePoint}) at position 1");
        TextRules.Problem(text, longText: false).ShouldNotBeNull().ShouldContain(codePoint);
    }

    [Theory]
    [InlineData("first line\nsecond line")]
    [InlineData("windows\r\nline")]
    [InlineData("a\ttable")]
    public void Line_breaks_and_tabs_belong_to_long_text_only(string text)
    {
        TextRules.Problem(text, longText: true).ShouldBeNull();
        TextRules.Problem(text, longText: false).ShouldNotBeNull().ShouldContain("single line");
    }

    [Theory]
    [InlineData(0xD800, "")]
    [InlineData(0xDC00, "y")]
    [InlineData(0xD83D, "x")]
    public void An_unpaired_surrogate_is_not_text(int surrogate, string after) =>
        TextRules.Problem("x" + (char)surrogate + after, longText: true).ShouldNotBeNull().ShouldContain("unpaired surrogate");
}
