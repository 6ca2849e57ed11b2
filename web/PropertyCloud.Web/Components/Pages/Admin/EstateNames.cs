using System.Globalization;
using System.Text.RegularExpressions;
using PropertyCloud.Web.Api.Identity;
using PropertyCloud.Web.Api.Residents;

namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>An account's or a partner's estates by name (the id when the estate is not listed), or "all estates".</summary>
public static partial class EstateNames
{
    /// <summary>How a list of names is joined in the user's language.</summary>
    public static string Separator => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : ", ";

    public static string Of(StaffUser user, IReadOnlyList<Estate> estates, string allEstates) =>
        user.Roles.Any(StaffRoles.IsGroupWide) ? allEstates : Of(user.Estates, estates);

    public static string Of(IReadOnlyList<Guid> ids, IReadOnlyList<Estate> estates) =>
        string.Join(Separator, ids.Select(id => estates.FirstOrDefault(e => e.Id == id)?.Name ?? id.ToString("D")));

    /// <summary><paramref name="text"/> (an audit entry's details) with each listed estate's id replaced by its name.</summary>
    public static string InText(string text, IReadOnlyList<Estate> estates) =>
        EstateId().Replace(text, id => estates.FirstOrDefault(e => e.Id == Guid.Parse(id.Value))?.Name ?? id.Value);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex EstateId();
}
