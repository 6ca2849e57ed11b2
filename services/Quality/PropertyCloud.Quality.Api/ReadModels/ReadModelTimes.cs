namespace PropertyCloud.Quality.Api.ReadModels;

internal static class ReadModelTimes
{
    public static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate)
    {
        var utc = candidate.ToUniversalTime();
        return current is { } known && known <= utc ? known : utc;
    }
}
