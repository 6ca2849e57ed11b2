using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PropertyCloud.BuildingBlocks.Resilience;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>
/// Turns what went wrong into an RFC 9457 answer: malformed input 400 naming the field, broken rules 422,
/// conflicts 409, database outages 503. Only a genuine bug is a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What a 503 asks clients to wait: a PostgreSQL restart or fail-over takes a few seconds.</summary>
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => MalformedRequest(bad),
            ConflictException conflict => RuleProblem(StatusCodes.Status409Conflict, ProblemTexts.ConflictTitle, conflict),
            DomainException rule => RuleProblem(StatusCodes.Status422UnprocessableEntity, ProblemTexts.RuleTitle, rule),
            DbUpdateConcurrencyException =>
                new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = ProblemTexts.ChangedMeanwhile.ToString() },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = ProblemTexts.Duplicate.ToString() },
            // The database down or restarting (wherever EF Core wrapped it): retry later. A wrong statement stays a bug.
            _ when exception is TimeoutException || TransientDatabaseFailure.IsTransientDatabaseFailure(exception) =>
                new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = ProblemTexts.Unavailable.ToString() },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = ProblemTexts.Unexpected.ToString() };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails MalformedRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = FieldName(json.Path);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [field.Length == 0 ? ProblemTexts.MalformedBody.ToString() : ProblemTexts.MalformedField.ToString()],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ProblemTexts.ValidationTitle.ToString(),
            };
        }
        return new ProblemDetails { Status = exception.StatusCode, Title = ProblemTexts.ValidationTitle.ToString(), Detail = exception.Message };
    }

    /// <summary>"$.units[0].floor" → "units[0].floor"; "$" or none → "" (the body as a whole).</summary>
    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "" : jsonPath.TrimStart('$', '.');

    private static ProblemDetails RuleProblem(int status, Domain.LocalizedText title, DomainException rule)
    {
        ProblemDetails problem = rule.Field is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Text.ToString()] });
        problem.Status = status;
        problem.Title = title.ToString();
        problem.Detail = rule.Text.ToString();
        problem.Extensions["code"] = rule.Code;
        return problem;
    }
}
