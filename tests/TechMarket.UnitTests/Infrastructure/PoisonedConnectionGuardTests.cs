using Npgsql;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.UnitTests.Infrastructure;

public class PoisonedConnectionGuardTests
{
    [Theory]
    [InlineData("22P05")] // unsupported Unicode escape sequence (\u0000 in jsonb)
    [InlineData("22021")] // invalid byte sequence (NUL in text)
    [InlineData("22P02")] // invalid text representation
    public void A_data_exception_raised_while_binding_poisons_the_connection(string sqlState) =>
        PoisonedConnectionGuard.PoisonsConnection(new InvalidOperationException("wrapped", Failure(sqlState))).ShouldBeTrue();

    [Theory]
    [InlineData("23505")] // unique violation: raised while executing, after the row description
    [InlineData("40001")] // serialization failure
    [InlineData("57014")] // query cancelled
    public void Errors_raised_while_executing_leave_the_connection_sound(string sqlState) =>
        PoisonedConnectionGuard.PoisonsConnection(Failure(sqlState)).ShouldBeFalse();

    [Fact]
    public void Failures_that_never_reached_the_database_leave_it_sound() =>
        PoisonedConnectionGuard.PoisonsConnection(new TimeoutException()).ShouldBeFalse();

    private static PostgresException Failure(string sqlState) => new("failed", "ERROR", "ERROR", sqlState);
}
