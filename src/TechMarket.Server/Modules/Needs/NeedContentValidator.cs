using FluentValidation;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Needs;

/// <summary>The shape of a need's content; whether it may change now is the domain's call, not this validator's.</summary>
public sealed class NeedContentValidator : AbstractValidator<NeedContent>
{
    public const decimal MaxBudget = 100_000_000_000m;

    public NeedContentValidator(ReferenceCatalog catalog, TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().Length(4, 100);
        RuleFor(c => c.Description).NotEmpty().Length(10, 5000);
        RuleFor(c => c.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(c => c.BudgetMin).GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxBudget).PrecisionScale(14, 2, true)
            .WithMessage("Budget is in CNY (yuan) with at most two decimals, between 0 and 100 billion.");
        RuleFor(c => c.BudgetMax).GreaterThanOrEqualTo(c => c.BudgetMin).WithMessage("The budget's upper bound is below its lower bound.")
            .LessThanOrEqualTo(MaxBudget).PrecisionScale(14, 2, true);
        RuleFor(c => c.DesiredDelivery).Must(d => d > Infrastructure.ClockExtensions.Today(clock))
            .WithMessage("The desired delivery date must be in the future.");
        RuleFor(c => c.PublicSummary).NotEmpty().Length(10, 1000);
        RuleFor(c => c.ConfidentialDetails).MaximumLength(10000);
    }
}
