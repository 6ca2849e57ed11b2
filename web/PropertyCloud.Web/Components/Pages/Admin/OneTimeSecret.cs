using MudBlazor;

namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>Shows secrets the server returns only once and waits until the administrator has closed the dialog.</summary>
public static class OneTimeSecret
{
    public static async Task ShowAsync(IDialogService dialogs, string title, params (string Label, string Value)[] secrets)
    {
        var parameters = new DialogParameters<OneTimeSecretDialog> { { d => d.Secrets, secrets } };
        var options = new DialogOptions { BackdropClick = false, CloseOnEscapeKey = false, MaxWidth = MaxWidth.Small, FullWidth = true };
        var dialog = await dialogs.ShowAsync<OneTimeSecretDialog>(title, parameters, options);
        await dialog.Result;
    }
}
