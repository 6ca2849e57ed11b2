using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Testing;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>Hosts a service on the private infrastructure: a <see cref="ServiceFactory{TProgram}"/> with quiet logs.</summary>
public static class FaultServiceFactory
{
    /// <summary>
    /// <paramref name="settings"/> plus quiet logging (the faults make the services log plenty of expected errors);
    /// <paramref name="configure"/> may replace services (a fake clock, shorter database retries).
    /// </summary>
    public static ServiceFactory<TProgram> Create<TProgram>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
        where TProgram : class =>
        new(new Dictionary<string, string?>(settings)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Critical",
            ["Logging:LogLevel:MassTransit"] = "Critical",
        }, configure);
}
