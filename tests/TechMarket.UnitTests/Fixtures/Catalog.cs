using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.UnitTests.Fixtures;

public static class Catalog
{
    /// <summary>The reference data the server ships, copied next to the tests by the project reference.</summary>
    public static readonly ReferenceCatalog Real =
        ReferenceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "reference-data.json"));

    /// <summary>The province → city → district hierarchy the server ships; "city" means Ningbo.</summary>
    public static readonly RegionCatalog Regions =
        RegionCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "regions.json"), Real.CityCode);
}
