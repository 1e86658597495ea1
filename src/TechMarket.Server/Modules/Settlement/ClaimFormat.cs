namespace TechMarket.Server.Modules.Settlement;

public enum ClaimFormat
{
    Xlsx,
    Csv,
}
