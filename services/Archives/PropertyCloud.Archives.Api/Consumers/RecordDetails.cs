using System.Text.Json;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Writes the facts an event carries as a filed record's JSON details.</summary>
internal static class RecordDetails
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T details) => JsonSerializer.Serialize(details, Options);
}
