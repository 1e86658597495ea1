namespace TechMarket.Server.Infrastructure.Http;

/// <summary>The answer to a create: the new resource's id (its address is in the Location header).</summary>
public sealed record CreatedResource(Guid Id);
