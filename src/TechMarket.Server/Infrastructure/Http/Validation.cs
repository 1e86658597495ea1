using FluentValidation;

namespace TechMarket.Server.Infrastructure.Http;

public static class Validation
{
    /// <summary>Length as it will be stored: commands trim text, so the bounds apply to the trimmed value.</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(value => value is null || value.Trim().Length is var length && length >= min && length <= max)
            .WithMessage($"Must be {min} to {max} characters long, not counting leading and trailing spaces.");

    /// <summary>The longest reason a refusal, withdrawal, suspension, cancellation or failure may give.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The one rule for a reason someone must give (rejecting, suspending, cancelling, failing): 2 to
    /// <see cref="MaxReasonLength"/> characters that are not all spaces.</summary>
    public static IRuleBuilderOptions<T, string?> Reason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().TrimmedLength(2, MaxReasonLength);

    /// <summary>The one money rule (<see cref="Domain.Money"/>).</summary>
    public static IRuleBuilderOptions<T, decimal> Money<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Domain.Money.IsAmount).WithMessage(Domain.Money.Rule);

    /// <summary>Validates the request body with its FluentValidation validator before the handler runs;
    /// a failure is a 400 problem with the errors by field, and the handler never sees the request.</summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) where TRequest : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["A request body is required."] });
            }

            var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
            var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                return Problems.Validation(result.ToDictionary());
            }

            return await next(context);
        }).ProducesValidationProblem();
}
