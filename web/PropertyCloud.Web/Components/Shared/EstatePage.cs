using Microsoft.AspNetCore.Components;
using MudBlazor;
using PropertyCloud.Web.Api;
using PropertyCloud.Web.Api.Residents;

namespace PropertyCloud.Web.Components.Shared;

/// <summary>A page that works in the estate chosen in the app bar and reloads when another is chosen.</summary>
public abstract class EstatePage : ComponentBase, IDisposable
{
    [Inject] protected EstateContext Estates { get; set; } = null!;

    [Inject] protected GatewayApi Api { get; set; } = null!;

    [Inject] protected ISnackbar Snackbar { get; set; } = null!;

    protected Estate? Estate { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Estates.Changed += OnEstateChanged;
        try
        {
            Estate = await Estates.CurrentAsync();
        }
        catch (ApiProblemException problem)
        {
            Snackbar.Add(problem.Message, Severity.Error);
        }
        if (Estate is not null)
        {
            await LoadAsync();
        }
    }

    /// <summary>Loads what the page shows for <see cref="Estate"/>.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    /// <summary>Runs an API call, showing its problem (in the user's language) instead of failing the page.</summary>
    protected async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiProblemException problem)
        {
            Snackbar.Add(problem.Message, Severity.Error);
            return false;
        }
    }

    public void Dispose()
    {
        Estates.Changed -= OnEstateChanged;
        GC.SuppressFinalize(this);
    }

    private void OnEstateChanged() => _ = InvokeAsync(async () =>
    {
        Estate = Estates.Current;
        await LoadAsync();
        StateHasChanged();
    });
}
