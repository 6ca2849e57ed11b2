using System.Text.Json;

namespace PropertyCloud.Quality.Api.EventStore;

internal static class StoredEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
