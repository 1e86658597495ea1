using System.Numerics;
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

    /// <summary>C18 = 31 − (Σ Ci·Wi mod 31) would be 31 when the sum is a multiple of 31: GB 32100-2015 writes it as 0.
    /// Here the weighted sum of the first seventeen is 3 286 = 106 × 31.</summary>
    [Fact]
    public void A_weighted_sum_that_is_a_multiple_of_31_gives_the_check_character_0()
    {
        const string code = "91330211MA2H4K7XQ0";

        WeightedSum(code[..17]).ShouldBe(3286);
        CreditCode.CheckCharacter(code.AsSpan(0, 17)).ShouldBe('0');
        CreditCode.Complete(code[..17]).ShouldBe(code);
        CreditCode.IsValid(code).ShouldBeTrue();
        CreditCode.IsValid(CreditCode.Normalise(" 91330211ma2h4k7xq0 ")).ShouldBeTrue();
        Alphabet.Where(c => c != '0').Select(c => code[..17] + c).ShouldAllBe(c => !CreditCode.IsValid(c));
    }

    /// <summary>Varying the seventeenth character (weight 28, prime to 31) runs the weighted sum through every residue
    /// modulo 31, the multiple of 31 included; the standard's weights are 3^(i−1) mod 31, computed here, not copied.</summary>
    [Fact]
    public void The_check_character_completes_the_weighted_sum_to_a_multiple_of_31_for_every_residue()
    {
        var bodies = Alphabet.Select(c => "91330211MA2H4K7X" + c).ToList();

        bodies.Select(b => WeightedSum(b) % 31).ShouldBe(Enumerable.Range(0, 31), ignoreOrder: true);
        foreach (var body in bodies)
        {
            var code = CreditCode.Complete(body);
            ((WeightedSum(body) + Alphabet.IndexOf(code[17], StringComparison.Ordinal)) % 31).ShouldBe(0, code);
            CreditCode.IsValid(code).ShouldBeTrue(code);
        }

        bodies.Select(CreditCode.Complete).Count(c => c[17] == '0').ShouldBe(1);
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

    private static int WeightedSum(string first17) =>
        first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * (int)BigInteger.ModPow(3, i, 31)).Sum();
}
