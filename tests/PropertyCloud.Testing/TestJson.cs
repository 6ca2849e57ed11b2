using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyCloud.Testing;

/// <summary>The services' JSON conventions: web defaults, enums as strings.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
