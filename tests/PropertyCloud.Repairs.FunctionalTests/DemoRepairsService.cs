namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>The Repairs service started in demo mode, so its demo data is loaded at start-up.</summary>
public sealed class DemoRepairsService : RepairsService
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["DemoData:Enabled"] = "true" };
}
