using FluentValidation;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Needs;

/// <summary>What an enterprise asks for; the body of a draft and of an edit. Confidential details are shown only to
/// the owner and the bureau.</summary>
public sealed record NeedContent(
    string Title,
    [LongText] string Description,
    string Field,
    decimal BudgetMin,
    decimal BudgetMax,
    DateOnly DesiredDelivery,
    [LongText] string PublicSummary,
    [LongText] string? ConfidentialDetails = null,
    [LongText] string? Indicators = null)
{
    /// <summary>The content as it is stored: text trimmed, blank confidential details left out.</summary>
    public NeedContent Normalised() => this with
    {
        Title = Title.Trim(),
        Description = Description.Trim(),
        PublicSummary = PublicSummary.Trim(),
        ConfidentialDetails = string.IsNullOrWhiteSpace(ConfidentialDetails) ? null : ConfidentialDetails.Trim(),
        Indicators = string.IsNullOrWhiteSpace(Indicators) ? null : Indicators.Trim(),
    };
}

/// <summary>The shape of a need's content; whether it may change now is the domain's call, not this validator's.</summary>
public sealed class NeedContentValidator : AbstractValidator<NeedContent>
{
    public const int MaxIndicatorsLength = 5000;

    public NeedContentValidator(ReferenceCatalog catalog, TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(c => c.Description).NotEmpty().TrimmedLength(10, 5000);
        RuleFor(c => c.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(c => c.BudgetMin).Money();
        RuleFor(c => c.BudgetMax).Money()
            .GreaterThanOrEqualTo(c => c.BudgetMin).WithMessage("The budget's upper bound is below its lower bound.");
        RuleFor(c => c.DesiredDelivery).Must(d => d > clock.Today())
            .WithMessage("The desired delivery date must be in the future.");
        RuleFor(c => c.PublicSummary).NotEmpty().TrimmedLength(10, 1000);
        RuleFor(c => c.ConfidentialDetails).MaximumLength(10000);
        RuleFor(c => c.Indicators).MaximumLength(MaxIndicatorsLength);
    }
}
