using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A further party as requested: the organisation (null when there is none with the id), its side and share.</summary>
public sealed record MemberCandidate(Guid OrganisationId, Organisation? Organisation, PartySide Side, decimal SharePercent);
