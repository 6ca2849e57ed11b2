using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>
/// Files an owner change (业主变更) into the unit's file. The previous owners' part of the file is kept 3 years after the
/// transfer, so the record carries the day it becomes due for destruction review.
/// </summary>
public sealed class OwnershipTransferredConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<OwnershipTransferred, ArchivesDb>(db)
{
    public const int PreviousOwnerRetentionYears = 3;

    protected override Task HandleAsync(OwnershipTransferred message, CancellationToken cancellationToken) =>
        filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.OwnerChange, message.EstateId, message.UnitId, DocumentCategory.Other, "业主变更",
            message.OccurredAt,
            RecordDetails.Of(new { message.TransferredOn, message.PreviousOwnerIds, message.NewOwnerIds }),
            message.TransferredOn.AddYears(PreviousOwnerRetentionYears)), cancellationToken);
}
