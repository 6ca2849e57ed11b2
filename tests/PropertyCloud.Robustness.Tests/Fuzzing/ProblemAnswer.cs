using System.Text.Json;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>Checks that a refusal is an RFC 9457 problem document with a title, naming the field where it must.</summary>
public static class ProblemAnswer
{
    /// <summary>Null when the answer is a proper problem for <paramref name="request"/>, else what is wrong with it.</summary>
    public static string? Fault(BadRequest request, int status, string? mediaType, string body)
    {
        if (mediaType != "application/problem+json")
        {
            return $"a {status} answer that is not application/problem+json but {mediaType ?? "empty"}";
        }
        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "a problem answer that is not JSON";
        }
        if (!problem.TryGetProperty("title", out var title) || string.IsNullOrWhiteSpace(title.GetString()))
        {
            return "a problem answer without a title";
        }
        if (status != 400 || request.Field is null)
        {
            return null;
        }
        var fields = problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        if (fields.Count == 0 && detail.Length == 0)
        {
            return "a 400 for a bad body that names no field (no errors, no detail)";
        }
        if (request.MustNameField && request.Field.Length > 0
            && !fields.Any(f => string.Equals(f, request.Field, StringComparison.OrdinalIgnoreCase))
            && !detail.Contains(request.Field, StringComparison.OrdinalIgnoreCase))
        {
            return $"a 400 that does not name the unreadable field '{request.Field}' (names: {string.Join(", ", fields)}; detail: {detail})";
        }
        return null;
    }
}
