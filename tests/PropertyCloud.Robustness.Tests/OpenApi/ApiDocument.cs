using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PropertyCloud.Robustness.Tests.OpenApi;

/// <summary>A service's OpenAPI document, read into the operations the fuzzer and the access matrix walk.</summary>
public sealed partial class ApiDocument
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private readonly JsonNode _root;

    private ApiDocument(JsonNode root, IReadOnlyList<ApiOperation> operations)
    {
        _root = root;
        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    /// <summary>The component schemas' names that are enums, for checking the document describes them.</summary>
    public IEnumerable<string> EnumSchemas =>
        (_root["components"]?["schemas"] as JsonObject)?.Where(s => s.Value?["enum"] is JsonArray).Select(s => s.Key) ?? [];

    public static ApiDocument Parse(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new InvalidOperationException("empty OpenAPI document");
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in root["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods)
            {
                if (item?[method] is not JsonObject operation)
                {
                    continue;
                }
                var parameters = (operation["parameters"] as JsonArray ?? [])
                    .Concat(item["parameters"] as JsonArray ?? [])
                    .Select(p => new ApiParameter(
                        p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                        p["required"]?.GetValue<bool>() ?? false, p["schema"]))
                    .ToList();
                var content = operation["requestBody"]?["content"] as JsonObject;
                var (contentType, media) = content?.FirstOrDefault() ?? default;
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, media?["schema"], contentType,
                    operation["requestBody"]?["required"]?.GetValue<bool>() ?? false));
            }
        }
        return new ApiDocument(root, operations);
    }

    /// <summary>Follows a schema's $ref (JSON pointer into this document) until a concrete schema.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; hops < 10 && schema?["$ref"] is JsonValue reference; hops++)
        {
            schema = _root;
            foreach (var part in reference.GetValue<string>().TrimStart('#', '/').Split('/'))
            {
                schema = schema?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }
        return schema;
    }

    /// <summary>"api/x/{id:guid}/y" and "/api/x/{id}/y" both → "api/x/{id}/y".</summary>
    public static string NormalisePath(string template) =>
        Constraint().Replace(template.TrimStart('/'), "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*?\*?([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Constraint();
}
