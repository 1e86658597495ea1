using Microsoft.AspNetCore.Http.HttpResults;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>One page of a list, with the total so a client can show page numbers.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, long Total, int Page, int PageSize);

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Deep enough for any list a person pages through, and small enough that the row offset
    /// (page − 1) × pageSize stays far inside the range of the database's integers.</summary>
    public const int MaxPage = 10_000;

    public static ValidationProblem? Problem(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"A page number from 1 to {MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} items."];
        }

        return errors.Count == 0 ? null : Problems.Validation(errors);
    }
}
