namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>All fault tests share the private infrastructure and run one after another, since they stop it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection : ICollectionFixture<FaultInfrastructure>
{
    public const string Name = "Faults";
}
