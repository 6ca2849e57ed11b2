using System.Text.Json;

namespace PropertyCloud.BuildingBlocks.EventBus;

internal static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
