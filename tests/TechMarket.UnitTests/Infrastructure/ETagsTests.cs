using Microsoft.AspNetCore.Http;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.UnitTests.Infrastructure;

public class ETagsTests
{
    [Fact]
    public void A_version_travels_as_a_quoted_strong_ETag()
    {
        var http = new DefaultHttpContext();

        http.Response.SetETag(42);

        http.Response.Headers.ETag.ToString().ShouldBe("\"42\"");
        ETags.Format(0).ShouldBe("\"0\"");
    }

    [Fact]
    public void A_content_ETag_follows_the_content_not_any_version()
    {
        var shown = new { Title = "海水淡化膜", BidCount = 3 };

        ETags.ForContent(shown).ShouldBe(ETags.ForContent(new { Title = "海水淡化膜", BidCount = 3 }));
        ETags.ForContent(shown).ShouldNotBe(ETags.ForContent(new { Title = "海水淡化膜", BidCount = 4 }));
        ETags.ForContent(shown).ShouldMatch("^\"c-[0-9a-f]{32}\"$");
    }

    [Fact]
    public void A_content_ETag_sent_back_as_If_Match_is_not_taken_for_a_version()
    {
        ETags.TryReadExpectedVersion(Request(ETags.ForContent(new { Version = 7 })), out var expected).ShouldBeFalse();

        expected.ShouldBeNull();
    }

    [Fact]
    public void Without_If_Match_no_version_is_expected()
    {
        ETags.TryReadExpectedVersion(Request(ifMatch: null), out var expected).ShouldBeTrue();

        expected.ShouldBeNull();
    }

    [Theory]
    [InlineData("*")]
    [InlineData(" * ")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_wildcard_or_blank_If_Match_expects_no_particular_version(string ifMatch)
    {
        ETags.TryReadExpectedVersion(Request(ifMatch), out var expected).ShouldBeTrue();

        expected.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"1\"", 1)]
    [InlineData("\"3\"", 3)]
    [InlineData(" \"17\" ", 17)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    public void An_ETag_returned_by_the_API_becomes_the_expected_version(string ifMatch, long version)
    {
        ETags.TryReadExpectedVersion(Request(ifMatch), out var expected).ShouldBeTrue();

        expected.ShouldBe(version);
    }

    [Fact]
    public void What_the_API_sends_it_reads_back()
    {
        ETags.TryReadExpectedVersion(Request(ETags.Format(1234)), out var expected).ShouldBeTrue();

        expected.ShouldBe(1234);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("\"abc\"")]
    [InlineData("W/\"3\"")]
    [InlineData("\"\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"+3\"")]
    [InlineData("\"3.0\"")]
    [InlineData("\" 3\"")]
    [InlineData("\"9223372036854775808\"")]
    [InlineData("\"1\", \"2\"")]
    public void Anything_else_is_not_a_version_ETag(string ifMatch)
    {
        ETags.TryReadExpectedVersion(Request(ifMatch), out var expected).ShouldBeFalse();

        expected.ShouldBeNull();
    }

    [Fact]
    public void A_create_without_If_Match_goes_ahead() => ETags.RefuseOnCreate(Request(ifMatch: null)).ShouldBeNull();

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"0\"")]
    [InlineData("*")]
    public void If_Match_on_a_create_cannot_hold(string ifMatch) =>
        ETags.RefuseOnCreate(Request(ifMatch))!.Result.ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>()
            .StatusCode.ShouldBe(StatusCodes.Status412PreconditionFailed);

    [Fact]
    public void A_malformed_If_Match_on_a_create_is_a_400() =>
        ETags.RefuseOnCreate(Request("abc"))!.Result.ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>()
            .ProblemDetails.Errors.Keys.ShouldBe(["If-Match"]);

    private static HttpRequest Request(string? ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        return http.Request;
    }
}
