namespace PropertyCloud.Web.Components.Layout;

/// <summary>An entry of the navigation menu, shown to the roles that may use its page.</summary>
public sealed record NavItem(string Href, string TextKey, string Icon, IReadOnlyList<string> Roles);
