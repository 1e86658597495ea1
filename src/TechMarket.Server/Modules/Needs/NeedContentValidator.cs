using FluentValidation;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Needs;

/// <summary>The shape of a need's content; whether it may change now is the domain's call, not this validator's.</summary>
public sealed class NeedContentValidator : AbstractValidator<NeedContent>
{
    public const decimal MaxBudget = 100_000_000_000m;
    private const string MoneyMessage = "An amount in CNY (yuan) from 0 to 100 billion, with at most two decimals.";

    public NeedContentValidator(ReferenceCatalog catalog, TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(c => c.Description).NotEmpty().TrimmedLength(10, 5000);
        RuleFor(c => c.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(c => c.BudgetMin).Must(IsMoney).WithMessage(MoneyMessage);
        RuleFor(c => c.BudgetMax).Must(IsMoney).WithMessage(MoneyMessage)
            .GreaterThanOrEqualTo(c => c.BudgetMin).WithMessage("The budget's upper bound is below its lower bound.");
        RuleFor(c => c.DesiredDelivery).Must(d => d > Infrastructure.ClockExtensions.Today(clock))
            .WithMessage("The desired delivery date must be in the future.");
        RuleFor(c => c.PublicSummary).NotEmpty().TrimmedLength(10, 1000);
        RuleFor(c => c.ConfidentialDetails).MaximumLength(10000);
    }

    /// <summary>Money is CNY with at most two decimals (fen), never negative.</summary>
    public static bool IsMoney(decimal amount) => amount >= 0 && amount <= MaxBudget && decimal.Round(amount, 2) == amount;
}
