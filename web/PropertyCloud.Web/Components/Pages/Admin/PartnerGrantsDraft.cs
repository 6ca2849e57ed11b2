using PropertyCloud.Web.Api.Partners;

namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>A partner's grants while the administrator edits them: event types, estates (or all), personal data.</summary>
public sealed class PartnerGrantsDraft
{
    public HashSet<string> Types { get; init; } = [];

    public HashSet<Guid> Estates { get; init; } = [];

    public bool AllEstates { get; set; }

    public bool PersonalData { get; set; }

    /// <summary>What the Partners service accepts: at least one type, and estates or (exclusively) all estates.</summary>
    public bool IsComplete => Types.Count > 0 && (AllEstates ? Estates.Count == 0 : Estates.Count > 0);

    public static PartnerGrantsDraft Of(Partner partner) => new()
    {
        Types = [.. partner.GrantedTypes],
        Estates = [.. partner.GrantedEstates],
        AllEstates = partner.AllEstates,
        PersonalData = partner.PersonalDataGranted,
    };

    public ChangePartnerGrants ToRequest() => new([.. Types], AllEstates ? [] : [.. Estates], AllEstates, PersonalData);
}
