namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    /// <summary>Folds a history with a module's own Evolve — the function Marten runs — so a test starts from exactly
    /// the state the server would load.</summary>
    public static TState Folded<TState, TEvent>(IEnumerable<TEvent> history, Func<TState?, TEvent, TState?> evolve)
        where TState : class =>
        history.Aggregate((TState?)null, evolve).ShouldNotBeNull("The history starts no stream.");
}
