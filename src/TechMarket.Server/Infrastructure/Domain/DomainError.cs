namespace TechMarket.Server.Infrastructure.Domain;

public enum ErrorKind
{
    /// <summary>The request itself is wrong (400).</summary>
    Invalid,

    /// <summary>The caller may not do this to this resource (403).</summary>
    Forbidden,

    /// <summary>The resource does not exist, or the caller may not know it does (404).</summary>
    NotFound,

    /// <summary>The current state forbids the transition (409).</summary>
    Conflict,
}

/// <summary>Why a command was refused. Decide functions return it; the HTTP layer turns it into a problem. RowErrors are
/// the cells of an uploaded sheet that are wrong (an import is refused as a whole, with every bad cell named).</summary>
public sealed record DomainError(
    ErrorKind Kind, string Code, string Detail, IReadOnlyDictionary<string, string[]>? FieldErrors = null, IReadOnlyList<RowError>? RowErrors = null)
{
    public static DomainError Conflict(string code, string detail) => new(ErrorKind.Conflict, code, detail);

    public static DomainError Forbidden(string code, string detail) => new(ErrorKind.Forbidden, code, detail);

    public static DomainError NotFound(string code, string detail) => new(ErrorKind.NotFound, code, detail);

    public static DomainError Invalid(string field, string detail) =>
        new(ErrorKind.Invalid, "validation", detail, new Dictionary<string, string[]> { [field] = [detail] });

    public static DomainError InvalidRows(IReadOnlyList<RowError> rows) =>
        new(ErrorKind.Invalid, "invalid-rows",
            $"{rows.Select(r => r.Row).Distinct().Count()} row(s) of the sheet have errors; nothing was written.", RowErrors: rows);
}
