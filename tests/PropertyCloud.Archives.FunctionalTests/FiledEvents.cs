using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Other services' events that Archives files into unit files, as their publishers would send them.</summary>
public static class FiledEvents
{
    public static readonly DateOnly TransferredOn = new(2026, 3, 15);

    public static IIntegrationEvent For(string kind, Guid estateId, Guid? unitId) => kind switch
    {
        "owner_change" => new OwnershipTransferred
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = unitId!.Value,
            PreviousOwnerIds = [Guid.NewGuid()], NewOwnerIds = [Guid.NewGuid(), Guid.NewGuid()], TransferredOn = TransferredOn,
        },
        "repair" => new RepairOrderCompleted
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, RepairOrderId = Guid.NewGuid(),
            UnitId = unitId, Category = "plumbing", Urgency = "normal", OpenedAt = DateTimeOffset.UtcNow.AddHours(-5),
            CompletedAt = DateTimeOffset.UtcNow, LabourMinutes = 45, ChargeableAmount = 80m,
        },
        "complaint" => new ComplaintClosed
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, ComplaintId = Guid.NewGuid(),
            UnitId = unitId, Category = "noise", IsMajor = false, ReceivedAt = DateTimeOffset.UtcNow.AddDays(-1),
            HandlingMinutes = 300, ComplainantOpinion = "satisfied",
        },
        "payment" => new PaymentReceived
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, PaymentId = Guid.NewGuid(),
            UnitId = unitId!.Value, Amount = 356.40m, Method = "Online", ReceiptNumber = 17, BillsCovered = [],
        },
        "arrears" => new BillOverdue
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, BillId = Guid.NewGuid(),
            UnitId = unitId!.Value, Period = "2026-09", DueDate = new DateOnly(2026, 10, 15), AmountOwed = 356.40m,
        },
        "survey" => SurveyResponse(estateId, unitId!.Value, Guid.NewGuid(), complete: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SurveyResponseRecorded SurveyResponse(Guid estateId, Guid unitId, Guid responseId, bool complete) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, CampaignId = Guid.NewGuid(),
        ResponseId = responseId, UnitId = unitId, Complete = complete, Channel = "visit", AnsweredItems = complete ? 25 : 10, TotalItems = 25,
    };

    public static Task PublishFiledAsync(this ArchivesService service, IIntegrationEvent integrationEvent) => integrationEvent switch
    {
        OwnershipTransferred e => service.PublishAsync(e),
        RepairOrderCompleted e => service.PublishAsync(e),
        ComplaintClosed e => service.PublishAsync(e),
        PaymentReceived e => service.PublishAsync(e),
        BillOverdue e => service.PublishAsync(e),
        SurveyResponseRecorded e => service.PublishAsync(e),
        _ => throw new ArgumentOutOfRangeException(nameof(integrationEvent)),
    };
}
