using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>
/// Files an owner change (业主变更) into the unit's file. The previous owners' part of the file is kept 3 years after the
/// transfer, so the record carries the day it becomes due for destruction review, and the previous owner's documents
/// then in the file come up in the destruction-due list on that day.
/// </summary>
public sealed class OwnershipTransferredConsumer(ArchivesDb db, UnitFiling filing) : IdempotentConsumer<OwnershipTransferred, ArchivesDb>(db)
{
    public const int PreviousOwnerRetentionYears = 3;

    /// <summary>The previous owner's own records; the unit's repair and decoration history stays with the unit.</summary>
    public static readonly IReadOnlyList<DocumentCategory> PreviousOwnerCategories =
    [
        DocumentCategory.MoveInForm, DocumentCategory.Contract, DocumentCategory.IdCopy, DocumentCategory.Photo, DocumentCategory.Correspondence,
        DocumentCategory.ViolationRecord, DocumentCategory.ArrearsRecord, DocumentCategory.ComplaintRecord, DocumentCategory.SurveyRecord,
    ];

    protected override async Task HandleAsync(OwnershipTransferred message, CancellationToken cancellationToken)
    {
        var reviewOn = message.TransferredOn.AddYears(PreviousOwnerRetentionYears);
        var outcome = await filing.FileAsync(Db, new FilingRequest(
            message.EventId, FiledRecordTypes.OwnerChange, message.EstateId, message.UnitId, DocumentCategory.Other, "业主变更",
            message.OccurredAt,
            RecordDetails.Of(new { message.TransferredOn, message.PreviousOwnerIds, message.NewOwnerIds }),
            reviewOn), cancellationToken);
        if (outcome != FilingOutcome.Filed)
        {
            return;
        }
        // What the file held when the transfer was registered is the previous owner's: it comes up for destruction
        // review on the review day (estate-local midnight) instead of after its own, longer retention.
        var reviewAt = new DateTimeOffset(reviewOn.ToDateTime(TimeOnly.MinValue), EstateCalendar.TimeZone.GetUtcOffset(reviewOn.ToDateTime(TimeOnly.MinValue)))
            .ToUniversalTime();
        var previousOwners = await Db.Documents
            .Where(d => Db.CustomerFiles.Any(f => f.Id == d.FileId && f.UnitId == message.UnitId) && d.DestroyedAt == null
                && d.FiledAt <= message.OccurredAt && PreviousOwnerCategories.Contains(d.Category))
            .ToListAsync(cancellationToken);
        foreach (var document in previousOwners)
        {
            document.KeepForPreviousOwnerUntil(reviewAt);
        }
    }
}
