using System.Collections.Immutable;
using System.Globalization;
using TechMarket.Server.Infrastructure.Auth.Stores;

namespace TechMarket.UnitTests.Auth;

/// <summary>The OpenIddict tables' JSON columns hold the text OpenIddict's Entity Framework stores wrote (compact, URIs
/// and Chinese unescaped, null for nothing), so rows written before the switch to our stores read the same and rows
/// written after read the same to a node still on the old build.</summary>
public class StoredJsonTests
{
    [Fact]
    public void A_list_is_written_compact_with_URIs_as_they_are()
    {
        StoredJson.Write(["ept:token", "scp:api", "http://localhost/auth/callback?a=1&b=2"])
            .ShouldBe("""["ept:token","scp:api","http://localhost/auth/callback?a=1&b=2"]""");
    }

    [Fact]
    public void Names_by_culture_keep_their_Chinese()
    {
        var names = ImmutableDictionary<CultureInfo, string>.Empty.Add(CultureInfo.GetCultureInfo("zh-CN"), "技术市场");

        StoredJson.Write(names).ShouldBe("""{"zh-CN":"技术市场"}""");
        StoredJson.ReadCultures("""{"zh-CN":"技术市场"}""").ShouldBe(names);
    }

    [Fact]
    public void Nothing_is_written_as_null_and_null_reads_as_nothing()
    {
        StoredJson.Write(ImmutableArray<string>.Empty).ShouldBeNull();
        StoredJson.Write(default(ImmutableArray<string>)).ShouldBeNull();
        StoredJson.Write(ImmutableDictionary<string, string>.Empty).ShouldBeNull();
        StoredJson.ReadArray(null).ShouldBeEmpty();
        StoredJson.ReadStrings("").ShouldBeEmpty();
        StoredJson.ReadProperties(null).ShouldBeEmpty();
    }

    [Fact]
    public void Empty_entries_are_skipped_when_read()
    {
        StoredJson.ReadArray("""["gt:refresh_token","",null]""").ShouldBe(["gt:refresh_token"]);
        StoredJson.ReadStrings("""{"tkn_lft:act":"00:30:00","other":""}""").ShouldBe(
            ImmutableDictionary<string, string>.Empty.Add("tkn_lft:act", "00:30:00"));
    }

    [Fact]
    public void Properties_of_any_JSON_are_written_back_as_they_were_read()
    {
        const string stored = """{"oi_prst":{"n":1,"list":[true,null,"文本"]}}""";

        StoredJson.Write(StoredJson.ReadProperties(stored)).ShouldBe(stored);
    }
}
