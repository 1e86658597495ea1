namespace TechMarket.Server.Modules.Needs;

/// <summary>凝练: what the bureau may rewrite of a need when it accepts it — null leaves a part as the enterprise wrote it.</summary>
public sealed record NeedRefinement(
    string? Title = null, string? Field = null, string? Description = null, string? Indicators = null, decimal? BudgetMin = null, decimal? BudgetMax = null)
{
    /// <summary>The need's content with the refinement applied (text trimmed; blank indicators removed).</summary>
    public NeedContent Apply(NeedContent content) => content with
    {
        Title = string.IsNullOrWhiteSpace(Title) ? content.Title : Title.Trim(),
        Field = Field ?? content.Field,
        Description = string.IsNullOrWhiteSpace(Description) ? content.Description : Description.Trim(),
        Indicators = Indicators is null ? content.Indicators : string.IsNullOrWhiteSpace(Indicators) ? null : Indicators.Trim(),
        BudgetMin = BudgetMin ?? content.BudgetMin,
        BudgetMax = BudgetMax ?? content.BudgetMax,
    };
}
