using PropertyCloud.Archives.Contracts;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>Internal events as their services publish them.</summary>
internal static class Events
{
    public const string RepairCompleted = "cn.propertycloud.repairs.order.completed.v1";
    public const string RepairOpened = "cn.propertycloud.repairs.order.opened.v1";
    public const string LoanApprovedType = "cn.propertycloud.archives.loan.approved.v1";

    public static RepairOrderCompleted RepairOrderCompleted(Guid estateId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        RepairOrderId = Guid.NewGuid(),
        UnitId = Guid.NewGuid(),
        Category = "plumbing",
        Urgency = "urgent",
        OpenedAt = DateTimeOffset.UtcNow.AddHours(-3),
        CompletedAt = DateTimeOffset.UtcNow,
        LabourMinutes = 45,
        ChargeableAmount = 80.50m,
    };

    public static RepairOrderOpened RepairOrderOpened(Guid estateId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        RepairOrderId = Guid.NewGuid(),
        UnitId = Guid.NewGuid(),
        Channel = "phone",
        Category = "electrical",
        Urgency = "normal",
        ResolutionDueAt = DateTimeOffset.UtcNow.AddDays(1),
    };

    public static LoanApproved LoanApproved(Guid estateId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        LoanId = Guid.NewGuid(),
        DocumentId = Guid.NewGuid(),
        Level = "B",
        BorrowerId = "staff-archivist-1",
        DueAt = DateTimeOffset.UtcNow.AddDays(7),
    };
}
