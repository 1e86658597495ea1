namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>One column of the sheet of needs: its Chinese header, the part of a need it fills (the property of
/// <see cref="NeedContent"/>, or the poster's credit code), whether a sheet must have it, how to fill it in, and the
/// unit its numbers are in (the template's header shows it: 预算下限（元）).</summary>
public sealed record SheetColumn(string Header, string Property, bool Required, string Hint, string? Unit = null)
{
    public string TemplateHeader => Unit is null ? Header : $"{Header}（{Unit}）";

    /// <summary>Whether a header cell names this column: as the template spells it, or without the unit, or with the unit
    /// in ASCII brackets (a CSV's byte-order mark may still sit on its first header). Another unit (预算下限（万元）) is not this column: its amounts would be read ten thousand times too small.</summary>
    public bool IsNamedBy(string? header)
    {
        var text = header?.Trim().TrimStart('\uFEFF').Trim() ?? string.Empty;
        return text == Header || text == TemplateHeader || (Unit is not null && text == $"{Header}({Unit})");
    }
}
