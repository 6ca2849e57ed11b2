using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>JSON Schemas of the public events' data (from the contracts, by System.Text.Json) and examples made from them.</summary>
public static class EventSchemas
{
    private static readonly JsonSerializerOptions SchemaOptions = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    private static readonly string[] Preference = ["object", "array", "integer", "number", "boolean", "string"];
    private static readonly DateTimeOffset ExampleTime = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The data's schema: the contract without the envelope fields; personal fields are described as such.</summary>
    public static JsonObject DataSchema(PublicEventType type)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(SchemaOptions, type.EventType, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true })
            .AsObject();
        schema["title"] = type.Name;
        schema["description"] = type.Summary.ToString();
        var properties = schema["properties"]!.AsObject();
        var required = schema["required"]?.AsArray();
        foreach (var envelope in new[] { "eventId", "occurredAt" })
        {
            properties.Remove(envelope);
            if (required?.FirstOrDefault(n => n?.GetValue<string>() == envelope) is { } node)
            {
                required.Remove(node);
            }
        }
        foreach (var (name, property) in properties.ToList())
        {
            if (PublicPayload.IsPersonal(name, type) && property is JsonObject personal)
            {
                personal["description"] = "Personal data: present only for partners granted personal data.";
                if (required?.FirstOrDefault(n => n?.GetValue<string>() == name) is { } node)
                {
                    required.Remove(node);
                }
            }
        }
        return schema;
    }

    /// <summary>A CloudEvents example of the type, with data made from the schema.</summary>
    public static JsonObject Example(PublicEventType type)
    {
        var estateId = Guid.Parse("0192f0c4-0000-7000-8000-000000000001");
        return new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = "0192f0c4-1234-7000-8000-00000000abcd",
            ["type"] = type.Name,
            ["source"] = type.Source.ToString(),
            ["subject"] = "<resource>/<id>",
            ["time"] = ExampleTime.ToString("O"),
            ["datacontenttype"] = "application/json",
            ["estateid"] = estateId.ToString("D"),
            ["data"] = ExampleOf(DataSchema(type)),
        };
    }

    private static JsonNode? ExampleOf(JsonNode? schema)
    {
        if (schema is not JsonObject s)
        {
            return null;
        }
        var types = s["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        var format = s["format"]?.GetValue<string>();
        // Web defaults also read numbers from strings, so a number's schema says ["string", "integer"]: prefer the number.
        return Preference.FirstOrDefault(types.Contains) switch
        {
            "object" => new JsonObject((s["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, ExampleOf(p.Value)))),
            "array" => new JsonArray(ExampleOf(s["items"])),
            "integer" => 1,
            "number" => 128.5m,
            "boolean" => true,
            "string" when format == "uuid" => Guid.Empty.ToString("D"),
            "string" when format == "date-time" => ExampleTime.ToString("O"),
            "string" when format == "date" => "2026-11-26",
            "string" => "string",
            _ => null,
        };
    }
}
