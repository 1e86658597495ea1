using JasperFx.Events;
using Marten;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// Feeds one kind of thing into the index. From an event it names what the event touched; then the feeder loads
/// those things as they are now and the source says what of them is public. Indexing the current state of whatever
/// an event touched makes replaying the events (a rebuild) end in the same index, whatever order they come in.
/// </summary>
public interface ISearchSource
{
    SearchKind Kind { get; }

    Guid? Touched(IEvent e);

    /// <summary>The public document of each id, or null where it is not (or no longer) public.</summary>
    Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
