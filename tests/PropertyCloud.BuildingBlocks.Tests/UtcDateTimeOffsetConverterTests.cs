using System.Text.Json;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.BuildingBlocks.Tests;

public sealed class UtcDateTimeOffsetConverterTests
{
    private sealed record Request(DateTimeOffset At, DateTimeOffset? Until);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new UtcDateTimeOffsetConverter() } };

    [Fact]
    public void Read_ATimeInChinaTime_GivesTheSameInstantInUtc()
    {
        var request = JsonSerializer.Deserialize<Request>("""{"at":"2026-05-01T09:00:00+08:00","until":"2026-05-02T09:00:00+08:00"}""", Options)!;

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero), request.At);
        Assert.Equal(TimeSpan.Zero, request.At.Offset);
        Assert.Equal(TimeSpan.Zero, request.Until!.Value.Offset);
    }

    [Fact]
    public void Read_NoTimeForANullableField_StaysNull() =>
        Assert.Null(JsonSerializer.Deserialize<Request>("""{"at":"2026-05-01T01:00:00Z","until":null}""", Options)!.Until);

    [Fact]
    public void Read_NotATime_FailsAsJsonSoTheAnswerIs400NamingTheField()
    {
        var failure = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Request>("""{"at":"yesterday"}""", Options));

        Assert.Equal("$.at", failure.Path);
    }
}
