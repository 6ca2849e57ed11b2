namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>Paging query parameters (?page=1&amp;pageSize=50), clamped to sane bounds.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int MaxPageSize = 500;

    public int Number => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? 50, 1, MaxPageSize);

    // Computed in 64 bits: page 2147483647 of 500 would otherwise wrap to a negative OFFSET.
    public int Skip => (int)Math.Min((Number - 1L) * Size, int.MaxValue);
}
