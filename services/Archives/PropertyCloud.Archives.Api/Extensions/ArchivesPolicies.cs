using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Extensions;

/// <summary>Authorisation policies of the archive; estate scope is checked per request on top of these.</summary>
internal static class ArchivesPolicies
{
    public const string ReadFiles = "archives.files.read";
    public const string ManageDocuments = "archives.documents.manage";
    public const string ReadDocuments = "archives.documents.read";
    public const string RequestLoans = "archives.loans.request";
    public const string ApproveLoans = "archives.loans.approve";
    public const string CheckReturns = "archives.loans.return";
    public const string VerifyAudit = "archives.audit.verify";
    public const string ReadAudit = "archives.audit.read";
    public const string ApproveDestruction = "archives.destruction.approve";
    public const string SeePublicDrawings = "archives.drawings.public";
    public const string RecordEquipment = "archives.equipment.record";
    public const string ResolveMissingItems = "archives.missing_items.resolve";

    /// <summary>
    /// The custodians: they file, read and lend documents of their estates. Everyone else reads a document only
    /// through an approved loan. Owners and tenants get no archive access yet: tokens do not link them to units.
    /// </summary>
    public static readonly string[] Custodians = [Roles.GroupAdmin, Roles.EstateManager, Roles.Archivist];

    /// <summary>Staff who may ask to borrow.</summary>
    public static readonly string[] Staff = [.. Roles.GroupWide, .. Roles.EstateStaff];
}
