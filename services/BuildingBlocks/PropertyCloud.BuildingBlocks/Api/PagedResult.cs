namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>One page of a list, with the total so a client can page on.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
