using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>
/// A document was filed (its first version stored and verified) into a unit's customer file or, since
/// <see cref="FileKind"/> was added, into an engineering, equipment or staff file. Events published before then
/// read as customer-file events.
/// </summary>
public sealed record DocumentFiled : IIntegrationEvent
{
    /// <summary>The kind of file of a unit (客户档案).</summary>
    public const string CustomerFile = "Customer";

    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid DocumentId { get; init; }
    public required Guid FileId { get; init; }

    /// <summary>The unit whose customer file holds the document; null for engineering, equipment and staff files.</summary>
    public required Guid? UnitId { get; init; }

    /// <summary>
    /// The kind of file: "Customer" (a unit's file, the default for events that predate this field), "Engineering",
    /// "Equipment" or "Staff". Staff files name no one here.
    /// </summary>
    public string FileKind { get; init; } = CustomerFile;

    /// <summary>The document's category, e.g. "MoveInForm", "Contract", "RepairRecord", "Drawing".</summary>
    public required string Category { get; init; }

    /// <summary>The document's confidentiality level: "A", "B" or "C".</summary>
    public required string Level { get; init; }
}
