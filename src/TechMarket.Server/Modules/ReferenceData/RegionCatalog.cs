using System.Text.Json;
using System.Text.Json.Serialization;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>
/// The administrative hierarchy the statistics rank and scope by: a provincial officer's jurisdiction covers every
/// district of the province, a city officer's the city's districts, a district officer's their own. The platform's
/// own city (<see cref="ReferenceCatalog.CityCode"/>) is also what the jurisdiction <c>city</c> means.
/// </summary>
public sealed class RegionCatalog
{
    private readonly Dictionary<string, Region> _byCode;
    private readonly string _platformCity;

    public RegionCatalog(IReadOnlyList<Region> regions, string platformCity)
    {
        Regions = regions;
        _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _platformCity = platformCity;
    }

    public IReadOnlyList<Region> Regions { get; }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>The region a jurisdiction claim names (<c>city</c> is the platform's city).</summary>
    public Region? OfJurisdiction(string? jurisdiction) => Find(jurisdiction == Jurisdictions.City ? _platformCity : jurisdiction);

    /// <summary>The districts under a region (itself when it is a district), in reference order.</summary>
    public IReadOnlyList<Region> DistrictsUnder(string code) =>
        [.. Regions.Where(r => r.Level == RegionLevel.District && (r.Code == code || r.ParentCode == code || Find(r.ParentCode)?.ParentCode == code))];

    /// <summary>Whether a jurisdiction covers a region: it is the region or one of its ancestors.</summary>
    public bool Covers(string? jurisdiction, string code)
    {
        var scope = OfJurisdiction(jurisdiction);
        for (var region = Find(code); scope is not null && region is not null; region = Find(region.ParentCode))
        {
            if (region.Code == scope.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The city a district belongs to, and its province.</summary>
    public Region? CityOf(string district) => Find(Find(district)?.ParentCode);

    public Region? ProvinceOf(string district) => Find(CityOf(district)?.ParentCode);

    public static RegionCatalog Load(string path, string platformCity)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<RegionFile>(stream, FileJson) ?? throw new InvalidDataException($"{path} holds no regions.");
        var regions = new List<Region>();
        foreach (var (province, p) in file.Provinces.Select((x, i) => (x, i)))
        {
            regions.Add(new Region(province.Code, province.Name, province.NameEn, RegionLevel.Province, null, p));
            foreach (var (city, c) in (province.Children ?? []).Select((x, i) => (x, i)))
            {
                regions.Add(new Region(city.Code, city.Name, city.NameEn, RegionLevel.City, province.Code, c));
                regions.AddRange((city.Children ?? []).Select((d, i) => new Region(d.Code, d.Name, d.NameEn, RegionLevel.District, city.Code, i)));
            }
        }

        return new RegionCatalog(regions, platformCity);
    }

    private static readonly JsonSerializerOptions FileJson = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record RegionFile(List<Entry> Provinces);

    private sealed record Entry(string Code, string Name, [property: JsonPropertyName("nameEn")] string? NameEn, List<Entry>? Children);
}
