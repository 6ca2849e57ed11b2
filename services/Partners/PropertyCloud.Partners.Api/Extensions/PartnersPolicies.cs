using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Partners.Api.Extensions;

/// <summary>Who may do what with partners and their feed.</summary>
public static class PartnersPolicies
{
    /// <summary>Register partners and grant them events: the group administrator.</summary>
    public const string ManagePartners = "partners.manage";

    /// <summary>Read a partner's deliveries and ask for replays: the administrator, or the partner itself.</summary>
    public const string ReadFeed = "partners.read_feed";

    public static readonly string[] FeedReaders = [Roles.GroupAdmin, Roles.Partner];
}
