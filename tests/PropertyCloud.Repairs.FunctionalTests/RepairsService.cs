using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>The Repairs service on its own database and virtual host.</summary>
public sealed class RepairsService() : ServiceUnderTest<Program>("repairs", "repairsdb");
