namespace PropertyCloud.Web.Api;

/// <summary>One page of a list as the APIs return it.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
