using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A value the bureau registered differently from what the parties declared, and why.</summary>
public sealed record RegistrationCorrection(string Field, string Declared, string Registered, [LongText] string Reason);
