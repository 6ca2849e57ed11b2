using Microsoft.Extensions.Hosting;

namespace PropertyCloud.BuildingBlocks.Deployment;

/// <summary>
/// Marks a hosted service that prepares the database at start-up (migrations, keys, seeding) and must also run
/// in a <c>--migrate-only</c> process. BuildingBlocks' own migrator is recognised without it; a service with
/// its own initialiser (Identity) implements this.
/// </summary>
public interface IDatabaseStartupWork : IHostedService;
