using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>The reference data in memory, read once from the JSON file; used to validate codes.</summary>
public sealed class ReferenceCatalog
{
    public ReferenceCatalog(string cityCode, string cityName, IReadOnlyList<District> districts, IReadOnlyList<TechField> fields)
    {
        CityCode = cityCode;
        CityName = cityName;
        Districts = districts;
        Fields = fields;
        DistrictsByCode = districts.ToDictionary(d => d.Id, StringComparer.Ordinal);
        FieldsByCode = fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public string CityCode { get; }

    public string CityName { get; }

    public IReadOnlyList<District> Districts { get; }

    public IReadOnlyList<TechField> Fields { get; }

    public IReadOnlyDictionary<string, District> DistrictsByCode { get; }

    public IReadOnlyDictionary<string, TechField> FieldsByCode { get; }

    public bool IsDistrict(string? code) => code is not null && DistrictsByCode.ContainsKey(code);

    public bool IsField(string? code) => code is not null && FieldsByCode.ContainsKey(code);

    public static ReferenceCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ReferenceFile>(stream, FileJson)
            ?? throw new InvalidDataException($"{path} holds no reference data.");
        var districts = file.Districts.Select((d, i) => new District(d.Code, d.Name, d.NameEn, i)).ToList();
        var fields = new List<TechField>();
        foreach (var (top, i) in file.Fields.Select((f, i) => (f, i)))
        {
            fields.Add(new TechField(top.Code, top.Name, top.NameEn, null, i));
            fields.AddRange((top.Children ?? []).Select((c, j) => new TechField(c.Code, c.Name, c.NameEn, top.Code, j)));
        }

        return new ReferenceCatalog(file.City.Code, file.City.Name, districts, fields);
    }

    private static readonly JsonSerializerOptions FileJson = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record ReferenceFile(Entry City, List<Entry> Districts, List<Entry> Fields);

    private sealed record Entry(string Code, string Name, [property: JsonPropertyName("nameEn")] string? NameEn, List<Entry>? Children);
}
