using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.BuildingBlocks.Deployment;

/// <summary>
/// One image both serves and migrates. With <c>--migrate-only</c> (the Kubernetes migration Job, deploy/k8s) the
/// process runs only its start-up database work — migrations and seeders, under the same advisory lock as a
/// starting replica — and exits, without taking requests or joining the event bus.
/// </summary>
public static class MigrateOnlyExtensions
{
    public const string Switch = "--migrate-only";

    /// <summary>Runs the application, or with <see cref="Switch"/> among <paramref name="args"/> only its database start-up work.</summary>
    public static async Task RunOrMigrateAsync(this IHost app, string[] args, CancellationToken cancellationToken = default)
    {
        if (!args.Contains(Switch, StringComparer.Ordinal))
        {
            await app.RunAsync(cancellationToken);
            return;
        }

        foreach (var work in app.Services.GetServices<IHostedService>().Where(IsDatabaseStartupWork))
        {
            await work.StartAsync(cancellationToken);
        }
    }

    private static bool IsDatabaseStartupWork(IHostedService service) =>
        service is IDatabaseStartupWork
        || (service.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(DatabaseMigrator<>));
}
