using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>State folded from events, the way Marten would fold it, so tests start from a history.</summary>
public static partial class Given
{
    /// <summary>10:00 in China on 25 November 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly TodayInChina = new(2026, 11, 25);

    public const string District = "330211";

    public const string OtherDistrict = "330203";

    public static NeedContent Content(DateOnly? desiredDelivery = null) => new(
        Title: "Low-cost seawater desalination membrane",
        Description: "We need a membrane that halves our desalination energy use.",
        Field: "0101",
        BudgetMin: 500_000m,
        BudgetMax: 1_200_000.50m,
        DesiredDelivery: desiredDelivery ?? TodayInChina.AddMonths(6),
        PublicSummary: "Energy-saving desalination membrane wanted.",
        ConfidentialDetails: "Current plant runs at 4.1 kWh per cubic metre.");

    public static NeedDrafted Drafted(Guid organisationId, string district = District, NeedContent? content = null) =>
        new(Guid.CreateVersion7(), organisationId, "宁波海水科技有限公司", district, content ?? Content(), Guid.CreateVersion7(), Now.AddDays(-10));

    /// <summary>The shortest history that leaves a need of this organisation in the given status.</summary>
    public static NeedEvent[] NeedHistory(NeedStatus status, Guid organisationId, string district = District, NeedContent? content = null)
    {
        var drafted = Drafted(organisationId, district, content);
        var id = drafted.NeedId;
        var by = Guid.CreateVersion7();
        var at = Now.AddDays(-5);
        return status switch
        {
            NeedStatus.Draft => [drafted],
            NeedStatus.Submitted => [drafted, new NeedSubmitted(id, by, at)],
            NeedStatus.Accepted => [drafted, new NeedSubmitted(id, by, at), new NeedAccepted(id, "Refined membrane title", "0102", by, at)],
            NeedStatus.Rejected => [drafted, new NeedSubmitted(id, by, at), new NeedRejected(id, "Too vague", by, at)],
            NeedStatus.Withdrawn => [drafted, new NeedWithdrawn(id, null, by, at)],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    public static Need Need(NeedStatus status, Guid organisationId, string district = District, NeedContent? content = null) =>
        Need(NeedHistory(status, organisationId, district, content));

    /// <summary>The state folded with the need's own Evolve, as Marten folds it.</summary>
    public static Need Need(params NeedEvent[] history) => Folded<Need, NeedEvent>(history, Server.Modules.Needs.Need.Evolve);

    /// <summary>The read model folded with its projection's Evolve, as Marten projects it inline.</summary>
    public static NeedDetails Details(params NeedEvent[] history)
    {
        var details = Folded<NeedDetails, NeedEvent>(history, NeedDetailsProjection.Evolve);
        details.Version = history.Length;
        return details;
    }

    /// <summary>The caller's own organisation as a command reads it with the caller's token: approved, under the id the
    /// token names — or null for a caller that acts for no organisation (a bureau officer, an expert).</summary>
    public static Organisation? ApprovedOf(Actor actor) => actor.OrganisationId is { } id
        ? Organisation(actor.IsIn(Roles.University) ? OrganisationKind.University : OrganisationKind.Enterprise, id: id)
        : null;

    public static Organisation Organisation(
        OrganisationKind kind = OrganisationKind.Enterprise, OrganisationStatus status = OrganisationStatus.Approved, string district = District, Guid? id = null)
    {
        var organisationId = id ?? Guid.CreateVersion7();
        OrganisationEvent registered = new OrganisationRegistered(
            organisationId, "宁波海水科技有限公司", kind, district, "91350100M000100Y43", Guid.CreateVersion7(), Now.AddDays(-30));
        OrganisationEvent approved = new OrganisationApproved(organisationId, Guid.CreateVersion7(), Now.AddDays(-20));
        OrganisationEvent[] history = status switch
        {
            OrganisationStatus.Pending => [registered],
            OrganisationStatus.Approved => [registered, approved],
            OrganisationStatus.Rejected => [registered, new OrganisationRejected(organisationId, "Credit code mismatch", Guid.CreateVersion7(), Now.AddDays(-20))],
            OrganisationStatus.Suspended => [registered, approved, new OrganisationSuspended(organisationId, "Forged licence", Guid.CreateVersion7(), Now.AddDays(-1))],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        return Folded<Organisation, OrganisationEvent>(history, Server.Modules.Organisations.Organisation.Evolve);
    }
}
