using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>The one place that turns a refusal into an RFC 7807 problem response.</summary>
public static class Problems
{
    public static string TypeFor(string code) => $"urn:techmarket:problem:{code}";

    /// <summary>A refusal as a typed endpoint answers it: 400 with the field errors, or 403, 404 or 409.</summary>
    public static Results<TAnswer, ValidationProblem, ProblemHttpResult> Refuse<TAnswer>(DomainError error)
        where TAnswer : IResult => error.Kind switch
        {
            ErrorKind.Invalid when error.RowErrors is { } rows => Rows(error.Code, error.Detail, rows),
            ErrorKind.Invalid => Validation(new Dictionary<string, string[]>(error.FieldErrors ?? new Dictionary<string, string[]>()), error.Detail),
            ErrorKind.Forbidden => Problem(StatusCodes.Status403Forbidden, error.Code, "Forbidden", error.Detail),
            ErrorKind.NotFound => Problem(StatusCodes.Status404NotFound, error.Code, "Not found", error.Detail),
            ErrorKind.Conflict => Problem(StatusCodes.Status409Conflict, error.Code, "Not allowed in the current state", error.Detail),
            _ => throw new ArgumentOutOfRangeException(nameof(error)),
        };

    /// <summary>A refusal that is not the domain's (a malformed or stale If-Match) as a typed endpoint answers it.</summary>
    public static Results<TAnswer, ValidationProblem, ProblemHttpResult> As<TAnswer>(this Results<ValidationProblem, ProblemHttpResult> refusal)
        where TAnswer : IResult => refusal.Result switch
        {
            ValidationProblem invalid => invalid,
            _ => (ProblemHttpResult)refusal.Result,
        };

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(
            errors,
            detail: detail ?? "One or more fields are invalid.",
            title: "Invalid request",
            type: TypeFor("validation"));

    /// <summary>A sheet refused as a whole: 400 with every bad cell in <c>errors</c>, a list of { row, column, message }.</summary>
    public static ProblemHttpResult Rows(string code, string detail, IReadOnlyList<RowError> rows) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid rows", type: TypeFor(code),
            extensions: new Dictionary<string, object?> { ["errors"] = rows });

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, "not-found", "Not found", $"{what} was not found.");

    public static ProblemHttpResult StaleVersion(long expected) =>
        Problem(StatusCodes.Status412PreconditionFailed, "stale-version", "Precondition failed",
            $"The resource changed since version {expected}; fetch it again and retry with its current ETag.");

    public static ProblemHttpResult UnsupportedMediaType() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
            "Send the body as JSON in UTF-8: Content-Type: application/json (charset, if given, utf-8).");

    /// <summary>If-Match on a create: nothing exists yet whose version could match (RFC 9110 §13.1.1).</summary>
    public static ProblemHttpResult NothingToMatch() =>
        Problem(StatusCodes.Status412PreconditionFailed, "nothing-to-match", "Precondition failed",
            "If-Match names a version of something that does not exist yet; send a create without If-Match.");

    public static ProblemHttpResult ConcurrentWrite() =>
        Problem(StatusCodes.Status409Conflict, "concurrent-write", "Concurrent change",
            "Another change to this resource was saved at the same time; fetch it again and retry.");

    public static ProblemHttpResult Problem(int status, string code, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeFor(code));
}
