using TechMarket.Server.Infrastructure.Http;

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

    /// <summary>Trimmed, each field once.</summary>
    public ProfileContent Normalised() => new(
        Summary.Trim(),
        [.. Fields.Distinct(StringComparer.Ordinal)],
        [.. Strengths.Select(s => new Strength(s.Name.Trim(), s.Description.Trim()))],
        [.. Teams.Select(t => new Team(t.Name.Trim(), t.Leader.Trim(), t.Description.Trim()))],
        [.. Products.Select(p => new Product(p.Name.Trim(), p.Description.Trim()))]);
}
