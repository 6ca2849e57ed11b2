using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Opens the customer file of every newly registered unit, once, and files what arrived for it before.</summary>
public sealed class UnitRegisteredConsumer(ArchivesDb db, TimeProvider clock, UnitFiling filing) : IdempotentConsumer<UnitRegistered, ArchivesDb>(db)
{
    protected override async Task HandleAsync(UnitRegistered message, CancellationToken cancellationToken)
    {
        await UnitFiling.LockUnitAsync(Db, message.UnitId, cancellationToken);
        if (await Db.CustomerFiles.AnyAsync(f => f.UnitId == message.UnitId, cancellationToken))
        {
            return;
        }
        var file = CustomerFile.OpenForUnit(message.EstateId, message.UnitId, message.BuildingCode, message.Entrance,
            message.Floor, message.Number, clock.GetUtcNow());
        Db.CustomerFiles.Add(file);
        await filing.FileHeldRecordsAsync(Db, file, cancellationToken);
        Db.AddIntegrationEvent(new CustomerFileOpened
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = file.OpenedAt,
            EstateId = file.EstateId,
            FileId = file.Id,
            UnitId = file.UnitId,
            FileNumber = file.FileNumber,
        });
    }
}
