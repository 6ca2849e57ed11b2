using PropertyCloud.Web.Api.Residents;

namespace PropertyCloud.Web.Api;

/// <summary>The estates the user may act on (from the Residents API) and the one the console is working in.</summary>
public sealed class EstateContext(GatewayApi api)
{
    private Task<IReadOnlyList<Estate>>? _loading;

    public Estate? Current { get; private set; }

    public event Action? Changed;

    public Task<IReadOnlyList<Estate>> EstatesAsync() => _loading ??= LoadAsync();

    /// <summary>The estate in use; the first one the user may see until they choose another.</summary>
    public async Task<Estate?> CurrentAsync()
    {
        if (Current is null)
        {
            var estates = await EstatesAsync();
            Current = estates.Count > 0 ? estates[0] : null;
        }
        return Current;
    }

    public void Choose(Estate estate)
    {
        Current = estate;
        Changed?.Invoke();
    }

    private async Task<IReadOnlyList<Estate>> LoadAsync() =>
        (await api.GetAsync<PagedList<Estate>>("api/residents/estates?pageSize=500")).Items;
}
