using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>
/// Reads a time with any offset ("2026-05-01T09:00+08:00", as a browser in China sends it) as the same instant in UTC:
/// Npgsql writes only UTC values to timestamptz, so an offset kept to the database would fail the request.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
