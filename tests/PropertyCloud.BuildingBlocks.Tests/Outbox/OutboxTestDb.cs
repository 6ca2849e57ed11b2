using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.BuildingBlocks.Tests.Outbox;

/// <summary>A database holding nothing but the outbox and inbox tables.</summary>
public sealed class OutboxTestDb(DbContextOptions<OutboxTestDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddEventBusTables();
}
