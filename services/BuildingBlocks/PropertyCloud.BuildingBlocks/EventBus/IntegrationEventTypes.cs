using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>The integration event types a service may publish, found by full name when relaying the outbox.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName;

    public IntegrationEventTypes(IEnumerable<Type> types) =>
        _byName = types.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>Every concrete <see cref="IIntegrationEvent"/> in the given contracts assemblies.</summary>
    public static IntegrationEventTypes FromAssemblies(IEnumerable<System.Reflection.Assembly> assemblies) =>
        new(assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t)));

    public Type? Find(string fullName) => _byName.GetValueOrDefault(fullName);
}
