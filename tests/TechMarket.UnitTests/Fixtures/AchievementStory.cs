using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>A university that publishes achievements and an enterprise that takes them, with achievements published
/// through the module's own decision and folded with <see cref="Achievement.Evolve"/>.</summary>
public sealed class AchievementStory
{
    public Organisation University { get; } = Given.Organisation(OrganisationKind.University, district: "330212");

    public Organisation Enterprise { get; } = Given.Organisation(OrganisationKind.Enterprise);

    public static AchievementContent Content(TrialTerms? trial = null, decimal? price = 2_000_000m) => new(
        "高镍正极材料原子层沉积包覆技术", "采用原子层沉积在高镍正极表面形成纳米氧化铝包覆层，45℃循环1000次容量保持率92%。", "0401", 6,
        ["ZL201710601862.3"], [TransferMode.Transfer, TransferMode.Licence], price, trial);

    public Achievement Published(AchievementContent? content = null) =>
        Achievement.Evolve(null, PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), University, content ?? Content(), Actors.University(University.Id), Given.Now))
            .ShouldEmitSingle<AchievementPublished>())!;

    /// <summary>A trial started now by the enterprise on an achievement offering these terms.</summary>
    public (Achievement Achievement, TrialStarted Started) OnTrial(TrialTerms terms)
    {
        var achievement = Published(Content(terms));
        var started = StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), Enterprise, false, Actors.Enterprise(Enterprise.Id), Given.Now, University))
            .ShouldEmitSingle<TrialStarted>();
        return (achievement, started);
    }

    /// <summary>The first moment of the trial's end date, China time.</summary>
    public static DateTimeOffset EndOf(DateOnly endsOn) => new(endsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
}
