namespace TechMarket.Server.Modules.Statistics;

public enum WarningKind
{
    /// <summary>落后于时序进度: a district behind its target for the share of the year elapsed.</summary>
    BehindTarget,

    /// <summary>节点逾期: a registered contract's milestone past its due date and not paid.</summary>
    OverdueMilestone,

    /// <summary>临近截止无人揭榜: a published challenge near its deadline without a bid.</summary>
    NoBidNearDeadline,

    /// <summary>登记积压: a signed contract waiting too long for registration.</summary>
    RegistrationWaiting,
}

/// <summary>One 红黄绿 warning: what, where, how bad, and the thing to open.</summary>
public sealed record Warning(WarningKind Kind, TrafficLight Light, string District, Guid? SubjectId, string Subject, string Detail);

/// <summary>The facts a warning is decided from, as the read models hold them.</summary>
public sealed record MilestoneDue(Guid ContractId, string Title, string District, int Milestone, DateOnly DueOn);

public sealed record ChallengeOpen(Guid ChallengeId, string Title, string District, DateTimeOffset ClosesAt, int Bids);

public sealed record SignedContract(Guid ContractId, string Title, string District, DateTimeOffset SignedAt);

/// <summary>The warning rules, pure: red before amber, the worst first.</summary>
public static class WarningRules
{
    public static IReadOnlyList<Warning> Decide(
        IEnumerable<Standing> standings, IEnumerable<MilestoneDue> milestones, IEnumerable<ChallengeOpen> challenges, IEnumerable<SignedContract> waiting,
        DateTimeOffset now, StatisticsOptions options)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var warnings = new List<Warning>();
        warnings.AddRange(standings.Where(s => s.Completion.Light is TrafficLight.Red or TrafficLight.Amber).Select(s => new Warning(
            WarningKind.BehindTarget, s.Completion.Light, s.District, null, s.Name,
            $"完成率{ChineseNumbers.Percent(s.Completion.Percent ?? 0m)}，时间进度{ChineseNumbers.Percent(s.Completion.ElapsedPercent)}")));
        warnings.AddRange(milestones.Where(m => m.DueOn < today).Select(m =>
        {
            var days = today.DayNumber - m.DueOn.DayNumber;
            return new Warning(WarningKind.OverdueMilestone, days >= options.OverdueRedAfterDays ? TrafficLight.Red : TrafficLight.Amber, m.District, m.ContractId,
                m.Title, $"第{m.Milestone}个节点逾期{days}天");
        }));
        warnings.AddRange(challenges.Where(c => c.Bids == 0 && c.ClosesAt > now && c.ClosesAt - now <= TimeSpan.FromHours(options.NoBidAmberHours)).Select(c =>
        {
            var hours = (int)Math.Ceiling((c.ClosesAt - now).TotalHours);
            return new Warning(WarningKind.NoBidNearDeadline, hours <= options.NoBidRedHours ? TrafficLight.Red : TrafficLight.Amber, c.District, c.ChallengeId,
                c.Title, $"距截止{hours}小时，尚无人揭榜");
        }));
        warnings.AddRange(waiting.Where(s => now - s.SignedAt >= TimeSpan.FromDays(options.RegistrationWaitDays)).Select(s =>
        {
            var days = (int)(now - s.SignedAt).TotalDays;
            return new Warning(WarningKind.RegistrationWaiting, days >= 2 * options.RegistrationWaitDays ? TrafficLight.Red : TrafficLight.Amber, s.District,
                s.ContractId, s.Title, $"已签署{days}天，待认定登记");
        }));
        return [.. warnings.OrderBy(w => w.Light == TrafficLight.Red ? 0 : 1).ThenBy(w => w.Kind).ThenBy(w => w.District, StringComparer.Ordinal)];
    }
}
