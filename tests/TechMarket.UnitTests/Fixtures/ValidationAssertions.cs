using FluentValidation;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>Then, for the shape of a request: the 400's field errors as the validator reports them.</summary>
public static class ValidationAssertions
{
    /// <summary>The request is refused naming exactly these fields; returns the messages by field.</summary>
    public static IDictionary<string, string[]> ShouldBeInvalid<T>(this IValidator<T> validator, T request, params string[] fields)
    {
        var errors = validator.Validate(request).ToDictionary();
        errors.Keys.ShouldBe(fields, ignoreOrder: true);
        return errors;
    }

    public static void ShouldBeValid<T>(this IValidator<T> validator, T request) => validator.Validate(request).Errors.ShouldBeEmpty();

    /// <summary>Valid, or refused on exactly this field (and no other), with the message the user reads.</summary>
    public static void ShouldBe<T>(this IValidator<T> validator, T request, string? property, bool valid, string? message = null)
    {
        var result = validator.Validate(request);
        if (valid)
        {
            result.Errors.ShouldBeEmpty();
            return;
        }

        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(e => e.PropertyName == property);
        if (message is not null)
        {
            result.Errors.ShouldContain(e => e.ErrorMessage == message);
        }
    }
}
