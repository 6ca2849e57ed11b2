using System.Text.Json.Nodes;
using PropertyCloud.Robustness.Tests.OpenApi;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>Reads schemas of an <see cref="ApiDocument"/> and makes a plausible value for each.</summary>
public sealed class Schemas(ApiDocument document)
{
    public JsonNode? Resolve(JsonNode? schema)
    {
        schema = document.Resolve(schema);
        // nullable references come as oneOf/anyOf [null, X]: take the X
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema?[combinator] is JsonArray options)
            {
                var concrete = options.Select(document.Resolve).FirstOrDefault(o => TypeNames(o).All(t => t != "null") && o is not null);
                if (concrete is not null)
                {
                    return Resolve(concrete);
                }
            }
        }
        return schema;
    }

    public SchemaKind KindOf(JsonNode? schema)
    {
        schema = Resolve(schema);
        if (schema is null)
        {
            return SchemaKind.Unknown;
        }
        if (schema["enum"] is JsonArray)
        {
            return SchemaKind.Enum;
        }
        var types = TypeNames(schema).Where(t => t != "null").ToList();
        var format = schema["format"]?.GetValue<string>();
        if (schema["properties"] is JsonObject || types.Contains("object"))
        {
            return SchemaKind.Object;
        }
        if (types.Contains("array"))
        {
            return SchemaKind.Array;
        }
        if (types.Contains("integer"))
        {
            return SchemaKind.Integer;
        }
        if (types.Contains("number"))
        {
            return SchemaKind.Number;
        }
        if (types.Contains("boolean"))
        {
            return SchemaKind.Boolean;
        }
        return format switch
        {
            "uuid" => SchemaKind.Guid,
            "date-time" => SchemaKind.DateTime,
            "date" => SchemaKind.Date,
            "time" => SchemaKind.Time,
            "duration" => SchemaKind.Duration,
            _ when schema["pattern"]?.GetValue<string>() is { } pattern && pattern.Contains(@"\d{2}:\d{2}", StringComparison.Ordinal) =>
                SchemaKind.Duration,
            _ when types.Contains("string") => SchemaKind.String,
            _ => SchemaKind.Unknown,
        };
    }

    public IEnumerable<(string Name, JsonNode? Schema)> Properties(JsonNode? schema) =>
        (Resolve(schema)?["properties"] as JsonObject)?.Select(p => (p.Key, p.Value)) ?? [];

    public IReadOnlySet<string> Required(JsonNode? schema) =>
        ((Resolve(schema)?["required"] as JsonArray) ?? []).Select(r => r!.GetValue<string>()).ToHashSet();

    /// <summary>A value of the right type and shape (not necessarily one the service accepts: ids are unknown).</summary>
    public JsonNode? Sample(JsonNode? schema, Random random, int depth = 0)
    {
        var resolved = Resolve(schema);
        return KindOf(schema) switch
        {
            SchemaKind.Object when depth < 4 => new JsonObject(Properties(schema)
                .Select(p => KeyValuePair.Create(p.Name, Sample(p.Schema, random, depth + 1)))),
            SchemaKind.Object => new JsonObject(),
            SchemaKind.Array when depth < 4 => new JsonArray(Sample(resolved?["items"], random, depth + 1)),
            SchemaKind.Array => new JsonArray(),
            SchemaKind.Enum => resolved!["enum"]!.AsArray().FirstOrDefault(v => v is not null)?.DeepClone(),
            SchemaKind.Guid => JsonValue.Create(RandomGuid(random).ToString()),
            SchemaKind.DateTime => JsonValue.Create("2026-11-20T08:00:00+00:00"),
            SchemaKind.Date => JsonValue.Create("2026-11-20"),
            SchemaKind.Time => JsonValue.Create("08:30:00"),
            SchemaKind.Duration => JsonValue.Create("01:00:00"),
            SchemaKind.Integer => JsonValue.Create(1),
            SchemaKind.Number => JsonValue.Create(12.5m),
            SchemaKind.Boolean => JsonValue.Create(true),
            _ => JsonValue.Create("测试 test"),
        };
    }

    public static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static IEnumerable<string> TypeNames(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}
