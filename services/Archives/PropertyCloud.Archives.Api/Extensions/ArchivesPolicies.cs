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
    public const string OwnDocuments = "archives.documents.own";
    public const string SeeAggregates = "archives.aggregates";
    public const string RecordEquipment = "archives.equipment.record";
    public const string ResolveMissingItems = "archives.missing_items.resolve";

    /// <summary>
    /// The custodians: they file, read and lend documents of their estates. Everyone else reads a document only
    /// through an approved loan. Owners see public drawings and their own units' move-in documents (<c>me/</c> routes).
    /// </summary>
    public static readonly string[] Custodians = [Roles.GroupAdmin, Roles.EstateManager, Roles.Archivist];

    /// <summary>The custodians of one estate, who read its documents without a loan (the group administrator does not, in residents' files).</summary>
    public static readonly string[] EstateCustodians = [Roles.EstateManager, Roles.Archivist];

    /// <summary>Staff who may ask to borrow.</summary>
    public static readonly string[] Staff = [.. Roles.GroupWide, .. Roles.EstateStaff];
}
