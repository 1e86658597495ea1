namespace TechMarket.Server.Modules.Search;

/// <summary>Price bands for the facet and the filter (in 元): under 10万, 10–50万, 50–100万, 100–500万, from 500万,
/// and negotiable (面议) for an achievement without an asking price.</summary>
public enum PriceBand
{
    Under100K,
    From100KTo500K,
    From500KTo1M,
    From1MTo5M,
    From5M,
    Negotiable,
}

public static class PriceBands
{
    public static PriceBand? Of(SearchKind kind, decimal? price) => price switch
    {
        null => kind == SearchKind.Achievement ? PriceBand.Negotiable : null,
        < 100_000m => PriceBand.Under100K,
        < 500_000m => PriceBand.From100KTo500K,
        < 1_000_000m => PriceBand.From500KTo1M,
        < 5_000_000m => PriceBand.From1MTo5M,
        _ => PriceBand.From5M,
    };
}
