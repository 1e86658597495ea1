using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// The period and region a statistics request asks about, from the query string: <c>year</c> alone (the year),
/// with <c>quarter</c>, with <c>month</c>, or with <c>toMonth</c> (1至N月); or <c>from</c> and <c>to</c> (China-time days).
/// <c>region</c> is a district, city or province code (the caller's jurisdiction when absent); <c>direction</c>
/// is Output (输出, where registered; the default) or Absorbed (吸纳).
/// </summary>
public sealed record PeriodQuery(
    string? Region = null, int? Year = null, int? Quarter = null, int? Month = null, int? ToMonth = null,
    DateOnly? From = null, DateOnly? To = null, Flow? Direction = null)
{
    public Flow Flow => Direction ?? Flow.Output;

    /// <summary>The period asked for, or the field that is wrong.</summary>
    public (StatPeriod? Period, DomainError? Error) Resolve()
    {
        if (From is { } from || To is not null)
        {
            if (Year is not null || Quarter is not null || Month is not null || ToMonth is not null)
            {
                return (null, DomainError.Invalid("from", "Give either year (with quarter, month or toMonth) or from and to, not both."));
            }

            if (From is not { } start || To is not { } end)
            {
                return (null, DomainError.Invalid(From is null ? "from" : "to", "A range needs both from and to."));
            }

            return end < start
                ? (null, DomainError.Invalid("to", "The period ends before it starts."))
                : (StatPeriod.Range(start, end), null);
        }

        if (Year is not { } year || year is < 2000 or > 2100)
        {
            return (null, DomainError.Invalid("year", "A year from 2000 to 2100 (or from and to)."));
        }

        if (new[] { Quarter, Month, ToMonth }.Count(x => x is not null) > 1)
        {
            return (null, DomainError.Invalid("quarter", "Give at most one of quarter, month and toMonth."));
        }

        return (Quarter, Month, ToMonth) switch
        {
            ({ } q, _, _) when q is < 1 or > 4 => (null, DomainError.Invalid("quarter", "A quarter from 1 to 4.")),
            (_, { } m, _) when m is < 1 or > 12 => (null, DomainError.Invalid("month", "A month from 1 to 12.")),
            (_, _, { } n) when n is < 1 or > 12 => (null, DomainError.Invalid("toMonth", "A month from 1 to 12.")),
            ({ } q, _, _) => (StatPeriod.Quarter(year, q), null),
            (_, { } m, _) => (StatPeriod.Month(year, m), null),
            (_, _, { } n) => (StatPeriod.YearToMonth(year, n), null),
            _ => (StatPeriod.Year(year), null),
        };
    }
}
