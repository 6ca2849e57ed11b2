using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Files a completed repair into its unit's file; public-area repairs belong to no unit's file and are skipped.</summary>
public sealed class RepairOrderCompletedConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<RepairOrderCompleted, ArchivesDb>(db)
{
    protected override async Task HandleAsync(RepairOrderCompleted message, CancellationToken cancellationToken)
    {
        if (message.UnitId is not { } unitId)
        {
            return;
        }
        await filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.Repair, message.EstateId, unitId, DocumentCategory.RepairRecord, "维修完工记录",
            message.CompletedAt,
            RecordDetails.Of(new
            {
                message.RepairOrderId, message.Category, message.Urgency, message.OpenedAt, message.CompletedAt,
                message.LabourMinutes, message.ChargeableAmount,
            })), cancellationToken);
    }
}
