using System.Text.Json.Nodes;

namespace PropertyCloud.Robustness.Tests.OpenApi;

/// <summary>One operation of a service's OpenAPI document: its route template, parameters and JSON body schema.</summary>
public sealed record ApiOperation(
    string Method,
    string Path,
    IReadOnlyList<ApiParameter> Parameters,
    JsonNode? BodySchema,
    string? BodyContentType,
    bool BodyRequired)
{
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>e.g. "POST /api/repairs/estates/{estateId}/orders", as listed in KnownFailures.txt.</summary>
    public override string ToString() => $"{Method} {Path}";
}
