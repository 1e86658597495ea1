using FluentValidation;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A refusal, rejection or termination, with the reason the other side will read.</summary>
public sealed record ReasonRequest([LongText] string Reason);

public sealed class ReasonRequestValidator : AbstractValidator<ReasonRequest>
{
    public ReasonRequestValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}
