using JasperFx.Core;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>One amount a target held, from a day on, and why it changed.</summary>
public sealed record TargetVersion(decimal Amount, DateOnly EffectiveOn, string? Reason, DateTimeOffset At);

/// <summary>
/// A district's annual target with every version it had: the first (下达) and each revision (调整). Completion is
/// measured against the version in force (the latest); the history stays for the record. Kept inline as a document.
/// </summary>
public sealed record DistrictTarget(Guid Id, string District, int Year, IReadOnlyList<TargetVersion> Versions)
{
    /// <summary>The target in force: 调整后指标 once revised.</summary>
    public decimal Amount => Versions[^1].Amount;

    public bool Revised => Versions.Count > 1;

    /// <summary>The one fold of a target stream. [JasperFxIgnore]: not the self-aggregating <c>Evolve(event)</c> convention.</summary>
    [JasperFxIgnore]
    public static DistrictTarget? Evolve(DistrictTarget? state, TargetEvent e) => (state, e) switch
    {
        (null, TargetSet s) => new DistrictTarget(s.TargetId, s.District, s.Year, [new TargetVersion(s.Amount, new DateOnly(s.Year, 1, 1), null, s.At)]),
        (not null, TargetRevised r) => state with { Versions = [.. state.Versions, new TargetVersion(r.Amount, r.EffectiveOn, r.Reason, r.At)] },
        _ => state,
    };

    /// <summary>One target per district and year: its stream id follows from them (the target is public to the bureau,
    /// so the id may carry what it identifies), and a second 下达 for the same year is a conflict, not a second stream.</summary>
    public static Guid IdOf(string district, int year) => DeterministicGuid.From($"techmarket:target:{district}:{year}");
}
