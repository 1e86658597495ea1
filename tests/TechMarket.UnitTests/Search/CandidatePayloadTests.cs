using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Search;

/// <summary>A candidate's payload gives back every field matching reads, absent values as absent, and its words.</summary>
public sealed class CandidatePayloadTests
{
    [Fact]
    public void Every_field_and_word_comes_back_but_the_text()
    {
        var achievement = new SearchDocument(SearchKind.Achievement, Guid.NewGuid(), Guid.NewGuid(), "宁波大学海洋学院", OrganisationKind.University,
            "高性能锂电池正极材料", "正文不进入候选载荷", ["0402", "040201"], "330203", 6, 500_000.25m, 1_200_000m, true,
            new DateOnly(2027, 3, 31), new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(8)), [TransferMode.Licence, TransferMode.CoDevelopment]);
        string[] words = ["高性能", "锂", "电池", "正极", "材料"];

        var (document, terms) = Read(CandidatePayload.Write(achievement, words));

        // The lists come back as new arrays: compared by content, the rest as the record's values.
        document.Fields.ShouldBe(achievement.Fields);
        document.TransferModes.ShouldBe(achievement.TransferModes);
        (document with { Fields = achievement.Fields, TransferModes = achievement.TransferModes }).ShouldBe(achievement with { Text = string.Empty });
        document.At.Offset.ShouldBe(TimeSpan.FromHours(8));
        terms.ShouldBe(words);
    }

    [Fact]
    public void Absent_values_stay_absent_and_empty_lists_empty()
    {
        var need = new SearchDocument(SearchKind.Need, Guid.NewGuid(), Guid.NewGuid(), "余姚市某模具厂", null, "模具冷却水路优化", "", [], "330281",
            null, null, null, false, null, DateTimeOffset.UnixEpoch);

        var (document, terms) = Read(CandidatePayload.Write(need, []));

        document.Fields.ShouldBeEmpty();
        document.TransferModes.ShouldBeNull();
        (document with { Fields = need.Fields }).ShouldBe(need);
        terms.ShouldBeEmpty();
    }

    /// <summary>Read from the middle of a larger buffer, as doc values hand it over.</summary>
    private static (SearchDocument, IReadOnlyList<string>) Read(byte[] payload)
    {
        var buffer = new byte[payload.Length + 7];
        payload.CopyTo(buffer, 3);
        return CandidatePayload.Read(buffer, 3, payload.Length);
    }
}
