namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Where attachment bytes live: outside the event and document JSON, written and read as streams, never whole in
/// memory. One small interface, so an object store could take the bytes over later.
/// </summary>
public interface IAttachmentContent
{
    /// <summary>Stores the bytes of a seekable stream (from its position to its end) under the id.</summary>
    Task WriteAsync(Guid id, Stream content, DateTimeOffset storedAt, CancellationToken ct);

    /// <summary>A stream of the stored bytes (dispose it to release the connection), or null when there are none.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct);

    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Ids stored before the cutoff, so the sweeper can find bytes whose upload never completed.</summary>
    Task<IReadOnlyList<Guid>> StoredBeforeAsync(DateTimeOffset cutoff, CancellationToken ct);
}
