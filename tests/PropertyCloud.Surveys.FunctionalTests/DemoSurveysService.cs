using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.FunctionalTests;

/// <summary>The Surveys service in demo mode with three demo estates, polling quickly for their households.</summary>
public sealed class DemoSurveysService : SurveysService
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["DemoData:Enabled"] = "true",
        ["DemoData:Estates"] = "3",
        ["Surveys:Demo:PollInterval"] = "00:00:00.300",
    };

    private readonly Lazy<Task> _registered;

    public DemoSurveysService() => _registered = new(RegisterAsync);

    /// <summary>Publishes the three demo estates (two companies) and their 80 households each, once per fixture.</summary>
    public Task RegisterDemoEstatesAsync() => _registered.Value;

    private async Task RegisterAsync()
    {
        await RegisterEstateAsync("一公司", id: DemoEstates.EmeraldLake);
        await RegisterEstateAsync("一公司", id: DemoEstates.GoldenOsmanthus);
        await RegisterEstateAsync("二公司", id: DemoEstates.Riverside);
    }
}
