using System.Globalization;

namespace TechMarket.Server.Modules.Needs;

/// <summary>One part of a need the bureau changed, before and after, for the enterprise to read.</summary>
public sealed record NeedChange(string Part, string? Before, string? After)
{
    /// <summary>The parts the refinement may change that differ between the two versions, in a fixed order.</summary>
    public static IReadOnlyList<NeedChange> Between(NeedContent before, NeedContent after) =>
    [
        .. new[]
        {
            new NeedChange("title", before.Title, after.Title),
            new NeedChange("field", before.Field, after.Field),
            new NeedChange("description", before.Description, after.Description),
            new NeedChange("indicators", before.Indicators, after.Indicators),
            new NeedChange("budgetMin", Money(before.BudgetMin), Money(after.BudgetMin)),
            new NeedChange("budgetMax", Money(before.BudgetMax), Money(after.BudgetMax)),
        }.Where(c => c.Before != c.After),
    ];

    private static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
