using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A unit (房间) was added to an estate's register.</summary>
public sealed record UnitRegistered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid BuildingId { get; init; }

    /// <summary>Building code as shown on site, e.g. "3栋" or "B".</summary>
    public required string BuildingCode { get; init; }

    /// <summary>Entrance / stairwell (单元), e.g. "1".</summary>
    public required string Entrance { get; init; }

    public required int Floor { get; init; }

    /// <summary>Unit number, e.g. "1502".</summary>
    public required string Number { get; init; }

    /// <summary>Building area (建筑面积) in m², what the management fee is charged on.</summary>
    public required decimal BuildingArea { get; init; }

    /// <summary>Usable area (套内面积) in m².</summary>
    public required decimal UsableArea { get; init; }
}
