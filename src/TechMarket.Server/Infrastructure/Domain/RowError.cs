namespace TechMarket.Server.Infrastructure.Domain;

/// <summary>What is wrong with one cell of an uploaded sheet: the row as the spreadsheet numbers it (the header is
/// row 1), the column by its header, and why.</summary>
public sealed record RowError(int Row, string Column, string Message);
