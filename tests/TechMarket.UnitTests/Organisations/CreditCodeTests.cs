using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Organisations;

public class CreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    [InlineData("91440300708461136T")]
    public void Published_codes_are_valid(string code)
    {
        CreditCode.IsValid(code).ShouldBeTrue();
    }

    [Theory]
    [InlineData("91350100M000100Y43", '3')]
    [InlineData("91110108551385082Q", 'Q')]
    [InlineData("91440300708461136T", 'T')]
    public void The_check_character_is_computed_from_the_first_seventeen(string code, char check)
    {
        CreditCode.CheckCharacter(code.AsSpan(0, 17)).ShouldBe(check);
        CreditCode.Complete(code[..17]).ShouldBe(code);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    public void Every_other_check_character_is_refused(string code)
    {
        var wrong = Alphabet.Where(c => c != code[17]).Select(c => code[..17] + c);

        wrong.ShouldAllBe(c => !CreditCode.IsValid(c));
    }

    [Fact]
    public void A_changed_character_in_the_body_is_caught_by_the_check()
    {
        CreditCode.IsValid("91350100M000100Y53").ShouldBeFalse();
        CreditCode.IsValid("91110108551385083Q").ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y430")]
    [InlineData(" 91350100M000100Y43")]
    public void A_code_must_be_exactly_eighteen_characters(string? code)
    {
        CreditCode.IsValid(code).ShouldBeFalse();
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void Letters_outside_the_alphabet_are_refused_whatever_the_check_character(char letter)
    {
        var body = "91350100" + letter + "000100Y4";

        CreditCode.CheckCharacter(body).ShouldBeNull();
        Alphabet.Select(c => body + c).ShouldAllBe(c => !CreditCode.IsValid(c));
        Should.Throw<ArgumentException>(() => CreditCode.Complete(body));
    }

    [Theory]
    [InlineData("91350100m000100Y43")]
    [InlineData("91110108551385082q")]
    public void Lowercase_letters_are_refused_until_normalised(string code)
    {
        CreditCode.IsValid(code).ShouldBeFalse();
        CreditCode.IsValid(CreditCode.Normalise($"  {code} ")).ShouldBeTrue();
    }
}
