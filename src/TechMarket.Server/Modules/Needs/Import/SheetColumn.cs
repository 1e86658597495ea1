namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>One column of the sheet of needs: its Chinese header, the part of a need it fills (the property of
/// <see cref="NeedContent"/>, or the poster's credit code), whether a sheet must have it, and how to fill it in.</summary>
public sealed record SheetColumn(string Header, string Property, bool Required, string Hint)
{
    /// <summary>Whether a header cell names this column: exactly, or with a unit after it (预算下限（元）, 预算下限(万元) is
    /// not read as yuan: the unit must be 元 when one is given).</summary>
    public bool IsNamedBy(string? header)
    {
        var text = header?.Trim() ?? string.Empty;
        return text == Header || text == $"{Header}（元）" || text == $"{Header}(元)";
    }
}
