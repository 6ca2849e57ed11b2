namespace PropertyCloud.Quality.Api.Apis;

/// <summary>How many events the store holds and when the last one arrived.</summary>
public sealed record EventStoreStatus(long StoredEvents, DateTimeOffset? LastStoredAt);
