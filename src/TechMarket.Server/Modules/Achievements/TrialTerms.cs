namespace TechMarket.Server.Modules.Achievements;

/// <summary>先用后转: an enterprise may use the achievement free for the trial months; then it converts, at the price
/// and in the mode agreed here, unless the enterprise declined before the end.</summary>
public sealed record TrialTerms(int TrialMonths, decimal ConversionPrice, TransferMode ConversionMode);
