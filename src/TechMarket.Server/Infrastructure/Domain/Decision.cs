namespace TechMarket.Server.Infrastructure.Domain;

/// <summary>The outcome of a pure Decide function: the events to append, or the reason for refusing.</summary>
public readonly record struct Decision
{
    private Decision(IReadOnlyList<object> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public IReadOnlyList<object> Events { get; }

    public DomainError? Error { get; }

    public bool IsRefused => Error is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(DomainError error) => new([], error);

    public static implicit operator Decision(DomainError error) => Refuse(error);
}
