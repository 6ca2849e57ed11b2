namespace PropertyCloud.Web.Components.Shared;

/// <summary>
/// Attributes of a link that downloads a file: Blazor leaves links with "download" to the browser instead of
/// navigating the circuit. A component's own attributes and UserAttributes cannot both be given, so data-test rides here.
/// </summary>
public static class DownloadLink
{
    public static Dictionary<string, object?> Export() => new() { ["download"] = "", ["data-test"] = "export" };
}
