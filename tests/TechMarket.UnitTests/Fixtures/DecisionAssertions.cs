using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>Then: exactly one event of the expected type, or the refusal a user would see.</summary>
public static class DecisionAssertions
{
    public static TEvent ShouldEmitSingle<TEvent>(this Decision decision)
    {
        decision.Error.ShouldBeNull();
        return decision.Events.ShouldHaveSingleItem().ShouldBeOfType<TEvent>();
    }

    public static DomainError ShouldBeRefused(this Decision decision, ErrorKind kind, string code)
    {
        var error = decision.Error.ShouldNotBeNull();
        decision.Events.ShouldBeEmpty();
        error.Kind.ShouldBe(kind);
        error.Code.ShouldBe(code);
        return error;
    }

    /// <summary>A 400 naming exactly this field; returns the message shown next to it.</summary>
    public static string ShouldBeInvalid(this Decision decision, string field)
    {
        var errors = decision.ShouldBeRefused(ErrorKind.Invalid, "validation").FieldErrors.ShouldNotBeNull();
        errors.Keys.ShouldBe([field]);
        return errors[field].ShouldHaveSingleItem();
    }
}
