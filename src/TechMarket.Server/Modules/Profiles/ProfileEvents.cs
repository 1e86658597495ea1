using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>优势专业: a discipline a university or institute is strong in.</summary>
public sealed record Strength(string Name, [LongText] string Description);

/// <summary>优秀团队: a research team, with its leader.</summary>
public sealed record Team(string Name, string Leader, [LongText] string Description);

/// <summary>产品信息: what an enterprise makes.</summary>
public sealed record Product(string Name, [LongText] string Description);

/// <summary>
/// What an organisation publishes about itself for the three lists (三张清单). Universities and institutes fill in
/// strengths and teams (their third list, 优质成果, is their published achievements); enterprises fill in products
/// (their 产业领域 are the fields, their 技术需求 their accepted needs). Everything here is public.
/// </summary>
public sealed record ProfileContent(
    [LongText] string Summary,
    IReadOnlyList<string> Fields,
    IReadOnlyList<Strength> Strengths,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Product> Products)
{
    /// <summary>The same text in the same lists, in the same order.</summary>
    public bool Says(ProfileContent other) =>
        Summary == other.Summary && Fields.SequenceEqual(other.Fields) && Strengths.SequenceEqual(other.Strengths)
        && Teams.SequenceEqual(other.Teams) && Products.SequenceEqual(other.Products);
}

/// <summary>Everything that happens to an organisation's profile.</summary>
public abstract record ProfileEvent(Guid ProfileId, DateTimeOffset At);

/// <summary>The organisation published (or republished) its profile; the content replaces what was there.</summary>
public sealed record ProfileSaved(
    Guid ProfileId, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, string District, ProfileContent Content, Guid By, DateTimeOffset At)
    : ProfileEvent(ProfileId, At);

/// <summary>What a broker (技术经纪人) follows: fields (top level or second level) and districts.</summary>
public abstract record BrokerInterestEvent(Guid InterestId, DateTimeOffset At);

/// <summary>The broker changed what it follows; the lists replace the earlier ones.</summary>
public sealed record BrokerInterestsChanged(
    Guid InterestId, Guid BrokerId, string BrokerName, IReadOnlyList<string> Fields, IReadOnlyList<string> Districts, DateTimeOffset At)
    : BrokerInterestEvent(InterestId, At);
