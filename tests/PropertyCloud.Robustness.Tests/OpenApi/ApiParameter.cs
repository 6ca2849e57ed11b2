using System.Text.Json.Nodes;

namespace PropertyCloud.Robustness.Tests.OpenApi;

/// <summary>A path or query parameter of an operation.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonNode? Schema);
