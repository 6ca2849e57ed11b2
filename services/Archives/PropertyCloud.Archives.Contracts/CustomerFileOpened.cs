using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>A unit's customer file (客户档案) was opened in the archive.</summary>
public sealed record CustomerFileOpened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid FileId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>The file's number as written on the folder, e.g. "3栋-1-1502".</summary>
    public required string FileNumber { get; init; }
}
